import { foldSql } from '../../../shared/search/fold-text';

/**
 * The findings index (migration 9): one FTS5 table of folded text, and a table of what each row
 * is (kind, client, audit, touchpoint, criterion). Kept by triggers on the tables that hold
 * findings, so every writer (the walk, imports, the hub, samples, purges) keeps it right with no code.
 */
const CLIENT_OF_AUDIT = (audit: string) => `(SELECT client_id FROM audits WHERE id = ${audit})`;

interface Source {
  kind: string;
  table: string;
  column: string;
  ref: (row: 'new' | 'old') => string;
  client: string;
  audit: string;
  touchpoint: string;
  criterion: string;
}

const SOURCES: Source[] = [
  {
    kind: 'note',
    table: 'answers',
    column: 'note',
    ref: (r) => `'note:' || ${r}.id`,
    client: CLIENT_OF_AUDIT('new.audit_id'),
    audit: 'new.audit_id',
    touchpoint: 'new.touchpoint_id',
    criterion: 'new.criterion_id',
  },
  ...(['pain_points', 'worked', 'recommendation'] as const).map((column) => ({
    kind: column === 'pain_points' ? 'painPoints' : column,
    table: 'touchpoint_records',
    column,
    ref: (r: 'new' | 'old') => `'${column}:' || ${r}.audit_id || '/' || ${r}.touchpoint_id`,
    client: CLIENT_OF_AUDIT('new.audit_id'),
    audit: 'new.audit_id',
    touchpoint: 'new.touchpoint_id',
    criterion: 'NULL',
  })),
  {
    kind: 'action',
    table: 'actions',
    column: 'title',
    ref: (r) => `'action:' || ${r}.id`,
    client: 'new.client_id',
    audit: 'new.audit_id',
    touchpoint: 'new.touchpoint_id',
    criterion: 'new.criterion_id',
  },
  {
    kind: 'caption',
    table: 'evidence',
    column: 'caption',
    ref: (r) => `'caption:' || ${r}.id`,
    client: CLIENT_OF_AUDIT('new.audit_id'),
    audit: 'new.audit_id',
    touchpoint: 'new.touchpoint_id',
    criterion: 'NULL',
  },
];

const remove = (ref: string) => `
    DELETE FROM findings_fts WHERE rowid = (SELECT id FROM finding_docs WHERE ref = ${ref});
    DELETE FROM finding_docs WHERE ref = ${ref};`;

const add = (s: Source) => `
    INSERT INTO finding_docs (ref, kind, client_id, audit_id, touchpoint_id, criterion_id)
      SELECT ${s.ref('new')}, '${s.kind}', ${s.client}, ${s.audit}, ${s.touchpoint}, ${s.criterion}
      WHERE trim(new.${s.column}) <> '';
    INSERT INTO findings_fts (rowid, body, shown)
      SELECT id, ${foldSql(`new.${s.column}`)}, new.${s.column} FROM finding_docs WHERE ref = ${s.ref('new')} AND trim(new.${s.column}) <> '';`;

function triggers(s: Source): string {
  const name = `findings_${s.table}_${s.column}`;
  return `
  CREATE TRIGGER ${name}_ins AFTER INSERT ON ${s.table} BEGIN${add(s)}
  END;
  CREATE TRIGGER ${name}_upd AFTER UPDATE OF ${s.column} ON ${s.table} WHEN old.${s.column} IS NOT new.${s.column} BEGIN${remove(s.ref('old'))}${add(s)}
  END;
  CREATE TRIGGER ${name}_del AFTER DELETE ON ${s.table} BEGIN${remove(s.ref('old'))}
  END;`;
}

/**
 * Every trigger of the index, dropped and made again as `triggers` writes them now (migration 20: the folding's
 * SQL was made shallow enough for older SQLite to parse; the same words are indexed).
 */
export const SEARCH_TRIGGERS_REMADE_SQL = SOURCES.map((s) => {
  const name = `findings_${s.table}_${s.column}`;
  return `
  DROP TRIGGER IF EXISTS ${name}_ins;
  DROP TRIGGER IF EXISTS ${name}_upd;
  DROP TRIGGER IF EXISTS ${name}_del;${triggers(s)}`;
}).join('\n');

function backfill(s: Source): string {
  const row = (sql: string) => sql.replaceAll('new.', 'src.');
  return `
  INSERT INTO finding_docs (ref, kind, client_id, audit_id, touchpoint_id, criterion_id)
    SELECT ${row(s.ref('new'))}, '${s.kind}', ${row(s.client)}, ${row(s.audit)}, ${row(s.touchpoint)}, ${row(s.criterion)}
    FROM ${s.table} AS src WHERE trim(src.${s.column}) <> '';
  INSERT INTO findings_fts (rowid, body, shown)
    SELECT d.id, ${foldSql(`src.${s.column}`)}, src.${s.column}
    FROM ${s.table} AS src JOIN finding_docs d ON d.ref = ${row(s.ref('new'))} WHERE trim(src.${s.column}) <> '';`;
}

export const SEARCH_MIGRATION_SQL = `
  -- A photo's caption: what the photo shows, in the auditor's words; searchable with the other findings.
  ALTER TABLE evidence ADD COLUMN caption TEXT NOT NULL DEFAULT '';
  CREATE TABLE finding_docs (
    id INTEGER PRIMARY KEY,
    ref TEXT NOT NULL UNIQUE,
    kind TEXT NOT NULL,
    client_id TEXT,
    audit_id TEXT,
    touchpoint_id TEXT,
    criterion_id TEXT
  );
  CREATE INDEX finding_docs_by_client ON finding_docs (client_id);
  -- body: the folded text that is matched; shown: the text as written.
  CREATE VIRTUAL TABLE findings_fts USING fts5(body, shown UNINDEXED, tokenize = "unicode61 remove_diacritics 2");
  ${SOURCES.map(backfill).join('\n')}
  ${SOURCES.map(triggers).join('\n')}
`;
