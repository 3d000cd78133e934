/**
 * Numbered schema migrations. Append only: a released migration is never edited, because
 * databases in the field already recorded it as applied.
 */
export interface Migration {
  version: number;
  name: string;
  sql: string;
}

/** Marks our files so a foreign SQLite file is refused instead of being "migrated". ('JAud') */
export const APPLICATION_ID = 0x4a417564;

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'clients and settings',
    sql: `
      CREATE TABLE schema_migrations (
        version INTEGER PRIMARY KEY,
        name TEXT NOT NULL,
        applied_at TEXT NOT NULL
      );
      CREATE TABLE settings (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL
      );
      CREATE TABLE clients (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL CHECK (length(trim(name)) > 0),
        sector TEXT NOT NULL DEFAULT '',
        country TEXT NOT NULL DEFAULT '',
        notes TEXT NOT NULL DEFAULT '',
        contact_name TEXT NOT NULL DEFAULT '',
        contact_email TEXT NOT NULL DEFAULT '',
        contact_phone TEXT NOT NULL DEFAULT '',
        archived_at TEXT,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      );
      CREATE INDEX clients_by_name ON clients (archived_at, name COLLATE NOCASE);
    `,
  },
];

export const LATEST_SCHEMA_VERSION = MIGRATIONS[MIGRATIONS.length - 1]!.version;
