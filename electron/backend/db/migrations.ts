import type { Db } from './db-handle';
import { chainExistingChanges } from '../trail/chain-existing';
import { SEARCH_MIGRATION_SQL, SEARCH_TRIGGERS_REMADE_SQL } from '../search/search-schema';
import { outlineJsonOf } from '../templates/stored-definition';

/**
 * Numbered schema migrations. Append only: a released migration is never edited, because
 * databases in the field already recorded it as applied.
 */
export interface Migration {
  version: number;
  name: string;
  sql: string;
  /** A step SQL alone cannot do (hashing), run after the SQL inside the same transaction. */
  after?: (db: Db, at: Date) => void;
}

/**
 * Migration 18's triggers (after an insert and after an update of the roll-up or its tail): a tail that is not the
 * tail of the roll-up beside it (its text, trailing spaces aside, just before the roll-up's touchpoints) is cleared.
 */
const CLEAR_A_TAIL_NOT_OF_ITS_ROLLUP = `
        WHEN NEW.rollup_tail IS NOT NULL AND NEW.rollup_json IS NOT NULL AND NOT (
          substr(NEW.rollup_tail, 1, 16) = '{"otherPercent":' AND json_valid(NEW.rollup_tail)
          AND instr(NEW.rollup_json, substr(rtrim(NEW.rollup_tail), 2, length(rtrim(NEW.rollup_tail)) - 2) || ',"touchpoints":[') > 0)
      BEGIN
        UPDATE audits SET rollup_tail = NULL WHERE id = NEW.id;
      END;`;

/**
 * Migration 19's covering index: after its key (client, audit date, creation), the columns an audit is loaded from
 * for dashboards and trends, as they were then. No long prose (scenario, review comment, persona...): every save
 * rewrites the audit's entry, and an entry past ~1 KB would take overflow pages with it each time. Frozen here, as
 * migrations are.
 */
const LOADED_INDEX_COLUMNS = `id, template_version_id, title, site, audit_type, scope_json, status, updated_at,
        baseline_audit_id, site_id, wave_id, is_test, score_inputs_rev, rollup_rev, rollup_percent, rollup_tail`;

/** Marks our files so a foreign SQLite file is refused instead of being "migrated". ('JAud') */
export const APPLICATION_ID = 0x4a417564;

/**
 * What a SQLite file says about itself: whose it is (application_id), its data version (user_version)
 * and whether it holds any schema. Read by the open path before it migrates anything and by a restore
 * before it swaps a backup in, so both judge a file alike.
 */
export interface FileIdentity {
  ours: boolean;
  version: number;
  /** No table, index or anything else: a file that may still become ours. */
  empty: boolean;
}

export function identifyFile(db: Db): FileIdentity {
  return {
    ours: (db.pragma('application_id', { simple: true }) as number) === APPLICATION_ID,
    version: db.pragma('user_version', { simple: true }) as number,
    empty: (db.prepare('SELECT count(*) FROM sqlite_master').pluck().get() as number) === 0,
  };
}

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
  {
    version: 2,
    name: 'templates, audits, answers, evidence',
    sql: `
      CREATE TABLE templates (
        id TEXT PRIMARY KEY,
        builtin_key TEXT,
        language TEXT NOT NULL,
        name TEXT NOT NULL,
        -- The editable working copy. Audits never read it: they pin an immutable version.
        definition_json TEXT NOT NULL,
        archived_at TEXT,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        UNIQUE (builtin_key, language)
      );
      CREATE TABLE template_versions (
        id TEXT PRIMARY KEY,
        template_id TEXT NOT NULL REFERENCES templates (id) ON DELETE RESTRICT,
        version INTEGER NOT NULL,
        definition_json TEXT NOT NULL,
        created_at TEXT NOT NULL,
        UNIQUE (template_id, version)
      );
      CREATE TABLE audits (
        id TEXT PRIMARY KEY,
        client_id TEXT NOT NULL REFERENCES clients (id) ON DELETE CASCADE,
        template_version_id TEXT NOT NULL REFERENCES template_versions (id) ON DELETE RESTRICT,
        title TEXT NOT NULL,
        site TEXT NOT NULL DEFAULT '',
        persona TEXT NOT NULL DEFAULT '',
        audit_type TEXT NOT NULL CHECK (audit_type IN ('walkthrough', 'mystery-shop')),
        auditor TEXT NOT NULL DEFAULT '',
        audit_date TEXT NOT NULL,
        scope_json TEXT NOT NULL,
        status TEXT NOT NULL CHECK (status IN ('draft', 'in_progress', 'complete')),
        position_touchpoint TEXT,
        position_criterion TEXT,
        completed_at TEXT,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      );
      CREATE INDEX audits_by_client ON audits (client_id, audit_date);
      CREATE TABLE answers (
        id TEXT PRIMARY KEY,
        audit_id TEXT NOT NULL REFERENCES audits (id) ON DELETE CASCADE,
        touchpoint_id TEXT NOT NULL,
        criterion_id TEXT NOT NULL,
        value_json TEXT,
        note TEXT NOT NULL DEFAULT '',
        updated_at TEXT NOT NULL,
        UNIQUE (audit_id, touchpoint_id, criterion_id)
      );
      CREATE TABLE touchpoint_records (
        audit_id TEXT NOT NULL REFERENCES audits (id) ON DELETE CASCADE,
        touchpoint_id TEXT NOT NULL,
        emotion INTEGER CHECK (emotion BETWEEN 1 AND 5),
        pain_points TEXT NOT NULL DEFAULT '',
        worked TEXT NOT NULL DEFAULT '',
        recommendation TEXT NOT NULL DEFAULT '',
        updated_at TEXT NOT NULL,
        PRIMARY KEY (audit_id, touchpoint_id)
      );
      -- Every change with its time: the audit trail, and what undo walks back.
      CREATE TABLE audit_changes (
        seq INTEGER PRIMARY KEY AUTOINCREMENT,
        audit_id TEXT NOT NULL REFERENCES audits (id) ON DELETE CASCADE,
        touchpoint_id TEXT,
        criterion_id TEXT,
        field TEXT NOT NULL,
        old_json TEXT,
        new_json TEXT,
        undone INTEGER NOT NULL DEFAULT 0,
        at TEXT NOT NULL
      );
      CREATE INDEX audit_changes_by_audit ON audit_changes (audit_id, seq);
      CREATE TABLE evidence (
        id TEXT PRIMARY KEY,
        audit_id TEXT NOT NULL REFERENCES audits (id) ON DELETE CASCADE,
        touchpoint_id TEXT NOT NULL,
        sha256 TEXT NOT NULL,
        original_name TEXT NOT NULL,
        mime TEXT NOT NULL,
        bytes INTEGER NOT NULL,
        width INTEGER NOT NULL,
        height INTEGER NOT NULL,
        thumb_data_url TEXT NOT NULL,
        created_at TEXT NOT NULL
      );
      CREATE INDEX evidence_by_audit ON evidence (audit_id, touchpoint_id);
    `,
  },
  {
    version: 3,
    name: 'actions, customer metrics and baselines',
    sql: `
      -- The follow-up audit compares against this one; null means "the previous audit of the client on the same template".
      ALTER TABLE audits ADD COLUMN baseline_audit_id TEXT REFERENCES audits (id) ON DELETE SET NULL;
      CREATE TABLE actions (
        id TEXT PRIMARY KEY,
        client_id TEXT NOT NULL REFERENCES clients (id) ON DELETE CASCADE,
        audit_id TEXT REFERENCES audits (id) ON DELETE SET NULL,
        touchpoint_id TEXT,
        criterion_id TEXT,
        title TEXT NOT NULL CHECK (length(trim(title)) > 0),
        detail TEXT NOT NULL DEFAULT '',
        owner TEXT NOT NULL DEFAULT '',
        due_date TEXT,
        priority TEXT NOT NULL CHECK (priority IN ('low', 'medium', 'high')),
        status TEXT NOT NULL CHECK (status IN ('open', 'in_progress', 'done', 'dropped')),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      );
      CREATE INDEX actions_by_client ON actions (client_id, status, due_date);
      CREATE INDEX actions_by_touchpoint ON actions (client_id, touchpoint_id);
      -- One row per audit: the metric inputs as validated JSON (shared/metrics), computed on read.
      CREATE TABLE audit_metrics (
        audit_id TEXT PRIMARY KEY REFERENCES audits (id) ON DELETE CASCADE,
        data_json TEXT NOT NULL,
        updated_at TEXT NOT NULL
      );
    `,
  },
  {
    version: 4,
    name: 'mystery-shop visits, sites, waves and review',
    sql: `
      CREATE TABLE sites (
        id TEXT PRIMARY KEY,
        client_id TEXT NOT NULL REFERENCES clients (id) ON DELETE CASCADE,
        name TEXT NOT NULL CHECK (length(trim(name)) > 0),
        address TEXT NOT NULL DEFAULT '',
        region TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      );
      CREATE INDEX sites_by_client ON sites (client_id, region, name);
      CREATE TABLE waves (
        id TEXT PRIMARY KEY,
        client_id TEXT NOT NULL REFERENCES clients (id) ON DELETE CASCADE,
        name TEXT NOT NULL CHECK (length(trim(name)) > 0),
        starts_on TEXT,
        ends_on TEXT,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      );
      CREATE INDEX waves_by_client ON waves (client_id, starts_on);
      ALTER TABLE audits ADD COLUMN site_id TEXT REFERENCES sites (id) ON DELETE SET NULL;
      ALTER TABLE audits ADD COLUMN wave_id TEXT REFERENCES waves (id) ON DELETE SET NULL;
      ALTER TABLE audits ADD COLUMN scenario TEXT NOT NULL DEFAULT '';
      ALTER TABLE audits ADD COLUMN shopper TEXT NOT NULL DEFAULT '';
      ALTER TABLE audits ADD COLUMN planned_date TEXT;
      ALTER TABLE audits ADD COLUMN started_at TEXT;
      ALTER TABLE audits ADD COLUMN ended_at TEXT;
      ALTER TABLE audits ADD COLUMN review_status TEXT NOT NULL DEFAULT 'none' CHECK (review_status IN ('none', 'reviewed', 'returned'));
      ALTER TABLE audits ADD COLUMN review_comment TEXT NOT NULL DEFAULT '';
      ALTER TABLE audits ADD COLUMN reviewed_at TEXT;
      CREATE INDEX audits_by_wave ON audits (wave_id, site_id);
      -- One-tap moments of a visit (entered, greeted, served, paid, left, ...): waiting and service times come from them.
      CREATE TABLE visit_timestamps (
        audit_id TEXT NOT NULL REFERENCES audits (id) ON DELETE CASCADE,
        moment TEXT NOT NULL,
        at TEXT NOT NULL,
        PRIMARY KEY (audit_id, moment)
      );
    `,
  },
  {
    version: 5,
    name: 'package exchange: what was exchanged, and conflicts',
    sql: `
      -- The content hash of each record when it last travelled (exported or imported): a record whose
      -- local and incoming hashes both differ from it was changed on both sides: a conflict.
      CREATE TABLE exchange_state (
        record_kind TEXT NOT NULL,
        record_id TEXT NOT NULL,
        base_hash TEXT NOT NULL,
        exchanged_at TEXT NOT NULL,
        PRIMARY KEY (record_kind, record_id)
      );
      CREATE TABLE exchange_conflicts (
        id TEXT PRIMARY KEY,
        record_kind TEXT NOT NULL,
        record_id TEXT NOT NULL,
        audit_id TEXT,
        local_json TEXT NOT NULL,
        incoming_json TEXT NOT NULL,
        package_name TEXT NOT NULL DEFAULT '',
        detected_at TEXT NOT NULL,
        resolved_at TEXT,
        resolution TEXT CHECK (resolution IN ('local', 'incoming'))
      );
      CREATE INDEX exchange_conflicts_open ON exchange_conflicts (resolved_at, audit_id);
    `,
  },
  {
    version: 6,
    name: 'audit trail: the change log chained by SHA-256',
    sql: `
      -- Who made the change (the auditor and device named in Settings), why, the photo's hash for
      -- photo entries, and the chain: each entry's hash covers its content and the previous hash.
      ALTER TABLE audit_changes ADD COLUMN actor TEXT NOT NULL DEFAULT '';
      ALTER TABLE audit_changes ADD COLUMN device TEXT NOT NULL DEFAULT '';
      ALTER TABLE audit_changes ADD COLUMN reason TEXT;
      ALTER TABLE audit_changes ADD COLUMN photo_sha256 TEXT;
      ALTER TABLE audit_changes ADD COLUMN prev_hash TEXT;
      ALTER TABLE audit_changes ADD COLUMN hash TEXT;
    `,
    after: chainExistingChanges,
  },
  {
    version: 7,
    name: 'one site registry for walkthroughs and visits; test audits',
    sql: `
      -- A walkthrough's free-text "Site or location" becomes a registry site of its client, matched by
      -- name (trimmed, case-insensitive) to an existing site or created once per distinct name, so the
      -- branch a consultant walked and the branch a shopper visited are one site.
      INSERT INTO sites (id, client_id, name, address, region, created_at, updated_at)
      SELECT
        lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' || substr(lower(hex(randomblob(2))), 2)
          || '-' || substr('89ab', 1 + abs(random()) % 4, 1) || substr(lower(hex(randomblob(2))), 2)
          || '-' || lower(hex(randomblob(6))),
        a.client_id, min(trim(a.site)), '', '', min(a.created_at), min(a.created_at)
      FROM audits a
      WHERE a.site_id IS NULL AND trim(a.site) != ''
        AND NOT EXISTS (
          SELECT 1 FROM sites s WHERE s.client_id = a.client_id AND lower(trim(s.name)) = lower(trim(a.site))
        )
      GROUP BY a.client_id, lower(trim(a.site));
      UPDATE audits SET site_id = (
        SELECT s.id FROM sites s
        WHERE s.client_id = audits.client_id AND lower(trim(s.name)) = lower(trim(audits.site))
        ORDER BY s.created_at, s.id LIMIT 1
      )
      WHERE site_id IS NULL AND trim(site) != '';
      -- The audit's site label is the registry name wherever it is linked.
      UPDATE audits SET site = (SELECT name FROM sites WHERE sites.id = audits.site_id) WHERE site_id IS NOT NULL;
      -- A test or practice audit: kept, but out of every count, trend and comparison.
      ALTER TABLE audits ADD COLUMN is_test INTEGER NOT NULL DEFAULT 0 CHECK (is_test IN (0, 1));
      CREATE INDEX audits_by_site ON audits (site_id);
    `,
  },
  {
    version: 8,
    name: 'privacy: staff informed, retention, privacy log, redacted trail entries',
    sql: `
      CREATE TABLE client_privacy (
        client_id TEXT PRIMARY KEY REFERENCES clients (id) ON DELETE CASCADE,
        staff_informed TEXT CHECK (staff_informed IN ('yes', 'no')),
        staff_informed_on TEXT,
        staff_informed_note TEXT NOT NULL DEFAULT '',
        retention_months INTEGER CHECK (retention_months BETWEEN 1 AND 120),
        updated_at TEXT NOT NULL
      );
      -- No foreign key on purpose: the log of a purge outlives the purged visits and even the client.
      -- It holds counts, never the purged content.
      CREATE TABLE privacy_log (
        id TEXT PRIMARY KEY,
        kind TEXT NOT NULL CHECK (kind IN ('retention-purge', 'shopper-erasure', 'shopper-export', 'policy-changed')),
        client_id TEXT,
        summary_json TEXT NOT NULL,
        actor TEXT NOT NULL DEFAULT '',
        at TEXT NOT NULL
      );
      CREATE INDEX privacy_log_by_client ON privacy_log (client_id, at);
      -- A purge removes names and free text from earlier trail entries; Verify then checks their
      -- place in the chain but no longer their content.
      ALTER TABLE audit_changes ADD COLUMN redacted_at TEXT;
      ALTER TABLE audits ADD COLUMN purged_at TEXT;
    `,
  },
  {
    version: 9,
    name: 'stored roll-ups kept on write',
    sql: `
      -- score_inputs_rev counts every change to what an audit's score is computed from (its answer rows,
      -- template version and scope), bumped by the triggers below whoever writes. rollup_json
      -- (shared/scoring/stored-rollup.ts) and rollup_percent are the audit's roll-ups as of rollup_rev:
      -- current exactly when rollup_rev = score_inputs_rev. Writers store them in the same transaction;
      -- the backend stores missing ones when it opens a database.
      ALTER TABLE audits ADD COLUMN score_inputs_rev INTEGER NOT NULL DEFAULT 0;
      ALTER TABLE audits ADD COLUMN rollup_rev INTEGER NOT NULL DEFAULT -1;
      ALTER TABLE audits ADD COLUMN rollup_percent REAL;
      ALTER TABLE audits ADD COLUMN rollup_json TEXT;
      CREATE TRIGGER answers_inserted_rescore AFTER INSERT ON answers BEGIN
        UPDATE audits SET score_inputs_rev = score_inputs_rev + 1 WHERE id = NEW.audit_id;
      END;
      -- Any update of an answer row (a note too): the walk's held state follows the rows, not only the values.
      CREATE TRIGGER answers_updated_rescore AFTER UPDATE ON answers BEGIN
        UPDATE audits SET score_inputs_rev = score_inputs_rev + 1 WHERE id IN (OLD.audit_id, NEW.audit_id);
      END;
      CREATE TRIGGER answers_deleted_rescore AFTER DELETE ON answers BEGIN
        UPDATE audits SET score_inputs_rev = score_inputs_rev + 1 WHERE id = OLD.audit_id;
      END;
      CREATE TRIGGER audits_rescored_inputs AFTER UPDATE OF template_version_id, scope_json ON audits BEGIN
        UPDATE audits SET score_inputs_rev = score_inputs_rev + 1 WHERE id = NEW.id;
      END;
    `,
  },
  {
    version: 10,
    name: 'team hub: the link to the hub and the last synced version of each record',
    sql: `
      -- This laptop's membership of a team hub (at most one). The device token is the hub's only
      -- credential for this laptop; leaving the team deletes it.
      CREATE TABLE hub_link (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        origin TEXT NOT NULL,
        token TEXT NOT NULL,
        device_id TEXT NOT NULL,
        device_name TEXT NOT NULL,
        team_id TEXT NOT NULL,
        team_name TEXT NOT NULL,
        person_id TEXT NOT NULL,
        person_name TEXT NOT NULL,
        role TEXT NOT NULL CHECK (role IN ('lead', 'shopper', 'viewer')),
        cursor INTEGER NOT NULL DEFAULT 0,
        joined_at TEXT NOT NULL,
        last_sync_at TEXT,
        last_error TEXT
      );
      -- Each record's version as the hub last had it: the base of the per-field three-way merge.
      -- A change the hub refused is remembered by its hash, so it is not sent again until it changes.
      CREATE TABLE hub_base (
        record_kind TEXT NOT NULL,
        record_key TEXT NOT NULL,
        base_json TEXT NOT NULL,
        base_hash TEXT NOT NULL,
        refused_hash TEXT,
        refused_reason TEXT,
        PRIMARY KEY (record_kind, record_key)
      );
    `,
  },
  {
    version: 11,
    name: 'findings search: an FTS5 index of notes, pain points, what worked, recommendations, action titles and photo captions',
    sql: SEARCH_MIGRATION_SQL,
  },
  {
    version: 12,
    name: "the consultant's report writing: executive summary, recommendations, photo captions",
    sql: `
      -- Written for the client in the report screen, printed first; a small markdown subset, always shown as text.
      CREATE TABLE report_texts (
        audit_id TEXT PRIMARY KEY REFERENCES audits (id) ON DELETE CASCADE,
        summary TEXT NOT NULL DEFAULT '',
        recommendations TEXT NOT NULL DEFAULT '',
        updated_at TEXT NOT NULL
      );
      -- The caption the consultant writes under a photo in the report's findings.
      CREATE TABLE report_captions (
        evidence_id TEXT PRIMARY KEY REFERENCES evidence (id) ON DELETE CASCADE,
        audit_id TEXT NOT NULL REFERENCES audits (id) ON DELETE CASCADE,
        caption TEXT NOT NULL,
        updated_at TEXT NOT NULL
      );
      CREATE INDEX report_captions_by_audit ON report_captions (audit_id);
    `,
  },
  {
    version: 13,
    name: "rater calibration: sessions, each rater's answers and the consensus answer with its note",
    sql: `
      -- A session keeps its own copy of the template's definition: a rater's laptop may not have the template.
      CREATE TABLE calibration_sessions (
        id TEXT PRIMARY KEY,
        title TEXT NOT NULL CHECK (length(trim(title)) > 0),
        scenario TEXT NOT NULL DEFAULT '',
        template_id TEXT NOT NULL,
        template_name TEXT NOT NULL,
        definition_json TEXT NOT NULL,
        created_at TEXT NOT NULL
      );
      CREATE TABLE calibration_raters (
        session_id TEXT NOT NULL REFERENCES calibration_sessions (id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        name TEXT NOT NULL CHECK (length(trim(name)) > 0),
        PRIMARY KEY (session_id, position),
        UNIQUE (session_id, name)
      );
      -- value_json NULL: the rater cleared the answer (kept, so a newer clear wins over an older answer on import).
      CREATE TABLE calibration_answers (
        session_id TEXT NOT NULL REFERENCES calibration_sessions (id) ON DELETE CASCADE,
        rater TEXT NOT NULL,
        touchpoint_id TEXT NOT NULL,
        criterion_id TEXT NOT NULL,
        value_json TEXT,
        updated_at TEXT NOT NULL,
        PRIMARY KEY (session_id, rater, touchpoint_id, criterion_id),
        FOREIGN KEY (session_id, rater) REFERENCES calibration_raters (session_id, name) ON DELETE CASCADE
      );
      CREATE TABLE calibration_consensus (
        session_id TEXT NOT NULL REFERENCES calibration_sessions (id) ON DELETE CASCADE,
        touchpoint_id TEXT NOT NULL,
        criterion_id TEXT NOT NULL,
        value_json TEXT NOT NULL,
        note TEXT NOT NULL DEFAULT '',
        updated_at TEXT NOT NULL,
        PRIMARY KEY (session_id, touchpoint_id, criterion_id)
      );
    `,
  },
  {
    version: 14,
    name: 'evidence: capture facts, markup and redaction, one caption per photo; the sign-off',
    sql: `
      -- What the photo's EXIF said when it was attached (JSON: at, lat, lon, device); NULL for photos
      -- attached before it was read, '{}' for a photo that carried none (a screenshot, an edited file).
      ALTER TABLE evidence ADD COLUMN capture_json TEXT;
      -- Markup as vector shapes (JSON), drawn on a derived copy; the original file is never touched.
      ALTER TABLE evidence ADD COLUMN markup_json TEXT;
      -- The derived copy (markup and redaction drawn in), stored beside the originals as <sha>.jpg.
      ALTER TABLE evidence ADD COLUMN redacted_sha256 TEXT;
      -- One caption per photo: the report's captions move into evidence.caption (searchable, in the trail).
      -- Where both were written and differ, both texts are kept (the photo's own first): nothing is lost.
      UPDATE evidence SET caption = (
          SELECT CASE WHEN evidence.caption = '' OR evidence.caption = rc.caption THEN rc.caption
                      ELSE evidence.caption || ' · ' || rc.caption END
          FROM report_captions rc WHERE rc.evidence_id = evidence.id)
        WHERE id IN (SELECT evidence_id FROM report_captions);
      DROP TABLE report_captions;
      -- The client's representative signs a completed audit; reopening it deletes the signature.
      CREATE TABLE audit_signoffs (
        audit_id TEXT PRIMARY KEY REFERENCES audits (id) ON DELETE CASCADE,
        name TEXT NOT NULL,
        role TEXT NOT NULL,
        signature_png TEXT NOT NULL,
        signed_at TEXT NOT NULL
      );
    `,
  },
  {
    version: 15,
    name: "photos whose display copy and thumbnail are still to be made (an import's background job)",
    sql: `
      -- One row per photo (by content hash) whose derived copies an import left to the background job;
      -- the row goes when they are made. failed_at/failure: the job could not make them; it does not try
      -- again (the photo is shown from its original). Photos attached before this version were derived at once.
      CREATE TABLE photo_derivations (
        sha256 TEXT PRIMARY KEY CHECK (length(sha256) = 64),
        ext TEXT NOT NULL,
        queued_at TEXT NOT NULL,
        failed_at TEXT,
        failure TEXT,
        CHECK ((failed_at IS NULL) = (failure IS NULL))
      );
    `,
  },
  {
    version: 16,
    name: 'template versions keep their outline (names, order, moments of truth, roll-up rule) beside the definition',
    sql: `
      -- shared/domain/template-outline.ts: what dashboards and other summaries need of a version, so they do not
      -- parse whole definitions. Written with every version (templates/stored-definition.ts outlineJsonOf); NULL only
      -- where a definition stored before could not be outlined (read whole instead).
      ALTER TABLE template_versions ADD COLUMN outline_json TEXT;
      CREATE TRIGGER template_versions_outlined BEFORE INSERT ON template_versions WHEN NEW.outline_json IS NULL BEGIN
        SELECT RAISE(ABORT, 'a template version is written with its outline');
      END;
    `,
    after: (db) => {
      const write = db.prepare('UPDATE template_versions SET outline_json = ? WHERE id = ?');
      for (const v of db.prepare('SELECT id, definition_json FROM template_versions').all() as {
        id: string;
        definition_json: string;
      }[]) {
        let outline: string | null = null;
        try {
          outline = outlineJsonOf(v.definition_json);
        } catch {
          // Not a definition this version can read (it was never validated): summaries read it whole, as before.
        }
        write.run(outline, v.id);
      }
    },
  },
  {
    version: 17,
    name: 'an index of the touchpoint records that have pain points',
    sql: `
      -- A dashboard lists the pain points of each site's latest audit: a few rows among every touchpoint record
      -- of those audits. Only the records with pain points are in it, with what the list shows (no table reads).
      CREATE INDEX touchpoint_records_with_pain_points ON touchpoint_records (audit_id, touchpoint_id, emotion, pain_points)
        WHERE pain_points != '';
    `,
  },
  {
    version: 18,
    name: "audits keep their roll-up's tail (the other method's overall, the moments of truth) before the roll-up",
    sql: `
      -- A dashboard and a wave view need only the tail of most audits' roll-ups (shared/scoring/stored-rollup.ts
      -- rollupTailText): kept in a column of its own, read with the audit's row instead of a read of the whole
      -- roll-up per audit. Before the roll-up in the row, because SQLite reaches a column stored after a long
      -- text only through that text's overflow pages: the roll-up is moved to the end again (a copy, then the
      -- old column dropped and the copy renamed). The tail is taken in SQL as the roll-up is copied (one pass; the
      -- rule frozen here, as stored-rollup.ts rollupTailText had it): the text between its keys "otherPercent"
      -- and "touchpoints", when it holds the moments of truth. A roll-up stored before both were kept gets none
      -- and is read whole, as before, until it is stored again.
      ALTER TABLE audits ADD COLUMN rollup_tail TEXT;
      ALTER TABLE audits ADD COLUMN rollup_moved TEXT;
      UPDATE audits SET rollup_moved = rollup_json, rollup_tail = (
        SELECT CASE WHEN json_valid(tail) AND json_type(tail, '$.moments') = 'array' THEN tail END
        FROM (SELECT CASE WHEN tp > op AND op > 0 THEN '{' || substr(rollup_json, op + 1, tp - op - 1) || '}' END AS tail
              FROM (SELECT instr(rollup_json, ',"otherPercent":') AS op, instr(rollup_json, ',"touchpoints":[') AS tp)));
      ALTER TABLE audits DROP COLUMN rollup_json;
      ALTER TABLE audits RENAME COLUMN rollup_moved TO rollup_json;
      -- A tail is the tail of the roll-up beside it, whoever writes: its text, trailing spaces aside, comes just
      -- before the roll-up's touchpoints. One that is not (a writer that changed the roll-up and not its tail) is
      -- cleared, never refused: a save must not fail over what dashboards read, and a missing tail is read from
      -- the roll-up itself. Beside no roll-up (cleared) a tail is never read.
      CREATE TRIGGER audits_rollup_tail_insert AFTER INSERT ON audits
${CLEAR_A_TAIL_NOT_OF_ITS_ROLLUP}
      CREATE TRIGGER audits_rollup_tail_update AFTER UPDATE OF rollup_json, rollup_tail ON audits
${CLEAR_A_TAIL_NOT_OF_ITS_ROLLUP}
    `,
  },
  {
    version: 19,
    name: 'a dashboard reads its audits from one index and its outlines before their definitions; removed audits are counted',
    sql: `
      -- A dashboard and a trend read a client's audits: a few columns of each row, but each row is most of a page,
      -- its roll-up's first bytes beside it, so 200 audits were 200 pages read through a connection's empty cache
      -- on the first dashboard after a start. This index holds those columns, the client and the order they are
      -- read in first: 200 audits are 35 pages of it, the table is not read. Its columns are the loaded ones
      -- (insights/comparable-audits.ts LOADED_AUDIT_COLUMNS; a test holds them equal). Each save rewrites the
      -- audit's entry (one more page a save), so it holds no long prose.
      CREATE INDEX audits_loaded ON audits (client_id, audit_date, created_at, ${LOADED_INDEX_COLUMNS});
      -- Loaded audits take a roll-up as stored when its revision is the score inputs': a revision is kept only
      -- beside a stored text. A row that lost its text (a hand edit, a foreign tool) is marked as holding none,
      -- and the backend stores it again when it next opens the file.
      UPDATE audits SET rollup_rev = -1, rollup_percent = NULL, rollup_tail = NULL
        WHERE rollup_json IS NULL AND rollup_rev != -1;
      CREATE TRIGGER audits_rollup_gone_insert AFTER INSERT ON audits
        WHEN NEW.rollup_json IS NULL AND NEW.rollup_rev != -1 BEGIN
        UPDATE audits SET rollup_rev = -1, rollup_percent = NULL, rollup_tail = NULL WHERE id = NEW.id;
      END;
      CREATE TRIGGER audits_rollup_gone_update AFTER UPDATE OF rollup_json, rollup_rev ON audits
        WHEN NEW.rollup_json IS NULL AND NEW.rollup_rev != -1 BEGIN
        UPDATE audits SET rollup_rev = -1, rollup_percent = NULL, rollup_tail = NULL WHERE id = NEW.id;
      END;
      -- Loaded audits are cached by their row's stamp and revisions. An audit removed and made again with the same
      -- id (a package imported again) could come back with the same ones: every removal is counted, and a cache
      -- filled before the count moved is dropped.
      CREATE TABLE audit_removals (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        removed INTEGER NOT NULL
      );
      INSERT INTO audit_removals (id, removed) VALUES (1, 0);
      CREATE TRIGGER audits_removed AFTER DELETE ON audits BEGIN
        UPDATE audit_removals SET removed = removed + 1 WHERE id = 1;
      END;
      -- The first dashboard after a start reads each pinned version's outline: stored after the definition, it was
      -- reached only through the definition's overflow pages (58 of them for a 120 x 8 template, ~0.2 ms). The
      -- definition is moved after it (a copy, the old column dropped, the copy renamed, as migration 18 did), and
      -- a version is still never written without one.
      ALTER TABLE template_versions ADD COLUMN definition_moved TEXT;
      UPDATE template_versions SET definition_moved = definition_json;
      ALTER TABLE template_versions DROP COLUMN definition_json;
      ALTER TABLE template_versions RENAME COLUMN definition_moved TO definition_json;
      CREATE TRIGGER template_versions_defined BEFORE INSERT ON template_versions WHEN NEW.definition_json IS NULL BEGIN
        SELECT RAISE(ABORT, 'a template version is written with its definition');
      END;
      CREATE TRIGGER template_versions_definition_kept BEFORE UPDATE OF definition_json ON template_versions
        WHEN NEW.definition_json IS NULL BEGIN
        SELECT RAISE(ABORT, 'a template version keeps its definition');
      END;
    `,
  },
  {
    version: 20,
    name: 'the findings index folds its text in SQL that older SQLite can parse, so the file opens in other tools',
    sql: `
      -- Migration 11's triggers folded Arabic marks in 29 nested replace() calls. SQLite before 3.46 parses with a
      -- fixed stack that they overflow, and a schema it cannot parse keeps the whole file from opening: the sqlite3
      -- of Debian 12 and Ubuntu 24.04 refused a user's database. The same folding, at most FOLD_SQL_NESTING deep.
      ${SEARCH_TRIGGERS_REMADE_SQL}
    `,
  },
];

export const LATEST_SCHEMA_VERSION = MIGRATIONS[MIGRATIONS.length - 1]!.version;
