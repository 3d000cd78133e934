import type pg from 'pg';

/** The hub's own schema, numbered and append-only. Each runs in its own transaction. */
export const HUB_MIGRATIONS: { version: number; name: string; sql: string }[] = [
  {
    version: 1,
    name: 'teams, people, invites, devices',
    sql: `
      CREATE TABLE teams (
        id uuid PRIMARY KEY,
        name text NOT NULL,
        -- The per-team change sequence: a push takes this row's lock, so changes commit in the
        -- order of their numbers and a pull never skips one still being written.
        last_seq bigint NOT NULL DEFAULT 0,
        created_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE TABLE people (
        id uuid PRIMARY KEY,
        team_id uuid NOT NULL REFERENCES teams (id) ON DELETE CASCADE,
        name text NOT NULL,
        role text NOT NULL CHECK (role IN ('lead', 'shopper', 'viewer')),
        created_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX people_team ON people (team_id);
      CREATE TABLE invites (
        code_hash text PRIMARY KEY,
        team_id uuid NOT NULL REFERENCES teams (id) ON DELETE CASCADE,
        person_id uuid NOT NULL REFERENCES people (id) ON DELETE CASCADE,
        created_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL,
        used_at timestamptz
      );
      CREATE TABLE devices (
        id uuid PRIMARY KEY,
        team_id uuid NOT NULL REFERENCES teams (id) ON DELETE CASCADE,
        person_id uuid NOT NULL REFERENCES people (id) ON DELETE CASCADE,
        name text NOT NULL,
        token_hash text NOT NULL UNIQUE,
        created_at timestamptz NOT NULL DEFAULT now(),
        last_seen_at timestamptz,
        revoked_at timestamptz
      );
      CREATE INDEX devices_team ON devices (team_id);
    `,
  },
  {
    version: 2,
    name: 'records, conflicts, photos',
    sql: `
      CREATE TABLE records (
        team_id uuid NOT NULL REFERENCES teams (id) ON DELETE CASCADE,
        kind text NOT NULL,
        key text NOT NULL,
        -- The visit a record belongs to, and that visit's shopper: who may read and write it.
        audit_id uuid,
        owner_person_id uuid REFERENCES people (id),
        -- Who reads it: 'all' (templates, waves...), 'owner' (a visit and its parts), 'staff' (lead and viewers).
        audience text NOT NULL CHECK (audience IN ('all', 'owner', 'staff')),
        row jsonb NOT NULL,
        deleted boolean NOT NULL DEFAULT false,
        seq bigint NOT NULL,
        updated_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (team_id, kind, key)
      );
      CREATE INDEX records_team_seq ON records (team_id, seq);
      CREATE INDEX records_team_audit ON records (team_id, audit_id);
      CREATE TABLE conflicts (
        id uuid PRIMARY KEY,
        team_id uuid NOT NULL REFERENCES teams (id) ON DELETE CASCADE,
        kind text NOT NULL,
        key text NOT NULL,
        owner_person_id uuid REFERENCES people (id),
        audience text NOT NULL,
        hub_row jsonb NOT NULL,
        pushed_row jsonb NOT NULL,
        pushed_by_device uuid NOT NULL REFERENCES devices (id),
        fields text[] NOT NULL,
        seq bigint NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX conflicts_team_seq ON conflicts (team_id, seq);
      CREATE TABLE photos (
        team_id uuid NOT NULL REFERENCES teams (id) ON DELETE CASCADE,
        sha256 text NOT NULL,
        bytes bytea NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (team_id, sha256)
      );
    `,
  },
];

/** Any fixed number: every hub process asks for the same lock before it migrates. */
const MIGRATION_LOCK = 7_316_004_211;

/**
 * Brings the database to the latest schema. Several hub processes may start at once: each waits for
 * the same advisory lock, and whoever comes second finds the work done. A database migrated by a
 * newer hub is refused, never altered.
 */
export async function migrate(pool: pg.Pool): Promise<{ from: number; to: number }> {
  const client = await pool.connect();
  try {
    await client.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
    await client.query(
      'CREATE TABLE IF NOT EXISTS hub_migrations (version integer PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())',
    );
    const current = Number(
      (await client.query<{ v: number | null }>('SELECT max(version) AS v FROM hub_migrations')).rows[0]?.v ?? 0,
    );
    const latest = HUB_MIGRATIONS[HUB_MIGRATIONS.length - 1]!.version;
    if (current > latest)
      throw new Error(
        `The database was set up by a newer hub (schema ${current}; this hub knows up to ${latest}). Update the hub; the database was not changed.`,
      );
    for (const m of HUB_MIGRATIONS) {
      if (m.version <= current) continue;
      await client.query('BEGIN');
      try {
        await client.query(m.sql);
        await client.query('INSERT INTO hub_migrations (version, name) VALUES ($1, $2)', [m.version, m.name]);
        await client.query('COMMIT');
      } catch (error) {
        await client.query('ROLLBACK');
        throw error;
      }
    }
    return { from: current, to: latest };
  } finally {
    await client.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK]).catch(() => undefined);
    client.release();
  }
}
