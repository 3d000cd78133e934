import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { MIGRATIONS } from '../../electron/backend/db/migrations';
import { openDatabase, type Db } from '../../electron/backend/db/open-database';
import { tempDir } from '../support/temp-dir';
import { testTemplate } from '../support/test-template';
import { templateDefinitionSchema } from '../../shared/domain/template';
import type { ChainedRow } from '../../electron/backend/trail/entry-hash';
import { verifyChain } from '../../electron/backend/trail/verify-trail';
import type { AuditScope } from '../../shared/domain/audit';
import { scoreAudit } from '../../shared/scoring/score-audit';
import { packRollup, parseRollupTail, rollupTailText } from '../../shared/scoring/stored-rollup';
import { FOLD_DROP, FOLD_MAP, foldText } from '../../shared/search/fold-text';
import { execFileSync } from 'node:child_process';

/**
 * Each real migration, run on a database at its previous version that holds representative rows
 * (Signal Desktop's pattern: migrate to N-1, insert fixtures, migrate to N, assert). A migration
 * added without a step here fails the last test, so none lands untested.
 */
interface Step {
  /** Rows a database at version N-1 would hold. */
  seed(db: Db): void;
  /** What must be true after migration N ran on them. */
  check(db: Db): void;
}

const AT = '2026-01-01T00:00:00.000Z';
const row = (db: Db, sql: string, ...params: unknown[]) => db.prepare(sql).get(...params) as Record<string, unknown>;
const columns = (db: Db, table: string) =>
  (db.prepare(`PRAGMA table_info(${table})`).all() as { name: string }[]).map((c) => c.name);

function seedAudit(db: Db): void {
  db.prepare(
    `INSERT INTO templates (id, builtin_key, language, name, definition_json, created_at, updated_at)
     VALUES ('t1', NULL, 'en', 'Branch', '{}', ?, ?)`,
  ).run(AT, AT);
  db.prepare(
    `INSERT INTO template_versions (id, template_id, version, definition_json, created_at) VALUES ('tv1', 't1', 1, '{}', ?)`,
  ).run(AT);
  db.prepare(
    `INSERT INTO audits (id, client_id, template_version_id, title, site, audit_type, audit_date, scope_json, status, created_at, updated_at)
     VALUES ('a1', 'c1', 'tv1', 'Q1 walk', 'Cluj Centre', 'walkthrough', '2026-01-10', '{"stages":"all"}', 'in_progress', ?, ?)`,
  ).run(AT, AT);
  db.prepare(
    `INSERT INTO answers (id, audit_id, touchpoint_id, criterion_id, value_json, note, updated_at)
     VALUES ('an1', 'a1', 'tp1', 'cr1', '{"kind":"yesno","value":true}', 'greeted «at once» — مرحبا', ?)`,
  ).run(AT);
}

/** Client c1, and template t1 with version tv1 written with its outline, as it must be from version 16 on. */
function seedOutlinedVersion(db: Db): void {
  db.prepare("INSERT INTO clients (id, name, created_at, updated_at) VALUES ('c1', 'Client', ?, ?)").run(AT, AT);
  db.prepare(
    `INSERT INTO templates (id, builtin_key, language, name, definition_json, created_at, updated_at)
     VALUES ('t1', NULL, 'en', 'Branch', '{}', ?, ?)`,
  ).run(AT, AT);
  db.prepare(
    `INSERT INTO template_versions (id, template_id, version, definition_json, outline_json, created_at)
     VALUES ('tv1', 't1', 1, '{}', '{}', ?)`,
  ).run(AT);
}

const STEPS: Record<number, Step> = {
  1: {
    seed: () => {},
    check: (db) => {
      db.prepare("INSERT INTO clients (id, name, created_at, updated_at) VALUES ('c1', 'Banca Ţării', ?, ?)").run(
        AT,
        AT,
      );
      expect(() =>
        db.prepare("INSERT INTO clients (id, name, created_at, updated_at) VALUES ('c2', '   ', ?, ?)").run(AT, AT),
      ).toThrow(/CHECK/);
      expect(row(db, "SELECT sector, archived_at FROM clients WHERE id = 'c1'")).toEqual({
        sector: '',
        archived_at: null,
      });
    },
  },
  2: {
    seed: (db) => {
      db.prepare(
        "INSERT INTO clients (id, name, notes, created_at, updated_at) VALUES ('c1', 'Banca Ţării', 'kept', ?, ?)",
      ).run(AT, AT);
      db.prepare("INSERT INTO settings (key, value) VALUES ('language', '\"ro\"')").run();
    },
    check: (db) => {
      expect(row(db, "SELECT name, notes FROM clients WHERE id = 'c1'")).toEqual({
        name: 'Banca Ţării',
        notes: 'kept',
      });
      expect(row(db, "SELECT value FROM settings WHERE key = 'language'")).toEqual({ value: '"ro"' });
      seedAudit(db);
      // The answer row cascades with its audit; one answer per criterion.
      expect(() =>
        db
          .prepare(
            "INSERT INTO answers (id, audit_id, touchpoint_id, criterion_id, updated_at) VALUES ('an2', 'a1', 'tp1', 'cr1', ?)",
          )
          .run(AT),
      ).toThrow(/UNIQUE/);
      db.prepare("DELETE FROM audits WHERE id = 'a1'").run();
      expect(row(db, 'SELECT count(*) AS n FROM answers')).toEqual({ n: 0 });
    },
  },
  3: {
    seed: (db) => {
      db.prepare("INSERT INTO clients (id, name, created_at, updated_at) VALUES ('c1', 'Client', ?, ?)").run(AT, AT);
      seedAudit(db);
    },
    check: (db) => {
      expect(row(db, "SELECT title, site, baseline_audit_id FROM audits WHERE id = 'a1'")).toEqual({
        title: 'Q1 walk',
        site: 'Cluj Centre',
        baseline_audit_id: null,
      });
      expect(row(db, "SELECT note FROM answers WHERE id = 'an1'")).toEqual({ note: 'greeted «at once» — مرحبا' });
      db.prepare(
        `INSERT INTO actions (id, client_id, audit_id, title, priority, status, created_at, updated_at)
         VALUES ('ac1', 'c1', 'a1', 'Train the desk', 'high', 'open', ?, ?)`,
      ).run(AT, AT);
      expect(() =>
        db
          .prepare(
            `INSERT INTO actions (id, client_id, title, priority, status, created_at, updated_at)
             VALUES ('ac2', 'c1', 'x', 'urgent', 'open', ?, ?)`,
          )
          .run(AT, AT),
      ).toThrow(/CHECK/);
      // Deleting the audit keeps the client's action, detached.
      db.prepare("DELETE FROM audits WHERE id = 'a1'").run();
      expect(row(db, "SELECT audit_id FROM actions WHERE id = 'ac1'")).toEqual({ audit_id: null });
    },
  },
  4: {
    seed: (db) => {
      db.prepare("INSERT INTO clients (id, name, created_at, updated_at) VALUES ('c1', 'Client', ?, ?)").run(AT, AT);
      seedAudit(db);
      db.prepare(
        "UPDATE audits SET baseline_audit_id = NULL, status = 'complete', completed_at = ? WHERE id = 'a1'",
      ).run(AT);
      db.prepare(
        `INSERT INTO actions (id, client_id, audit_id, title, priority, status, created_at, updated_at)
         VALUES ('ac1', 'c1', 'a1', 'Train the desk', 'high', 'open', ?, ?)`,
      ).run(AT, AT);
    },
    check: (db) => {
      expect(
        row(db, "SELECT status, completed_at, site_id, wave_id, shopper, review_status FROM audits WHERE id = 'a1'"),
      ).toEqual({
        status: 'complete',
        completed_at: AT,
        site_id: null,
        wave_id: null,
        shopper: '',
        review_status: 'none',
      });
      expect(row(db, "SELECT title FROM actions WHERE id = 'ac1'")).toEqual({ title: 'Train the desk' });
      expect(() => db.prepare("UPDATE audits SET review_status = 'approved' WHERE id = 'a1'").run()).toThrow(/CHECK/);
      db.prepare(
        "INSERT INTO sites (id, client_id, name, created_at, updated_at) VALUES ('s1', 'c1', 'Cluj', ?, ?)",
      ).run(AT, AT);
      db.prepare("UPDATE audits SET site_id = 's1' WHERE id = 'a1'").run();
      db.prepare("INSERT INTO visit_timestamps (audit_id, moment, at) VALUES ('a1', 'entered', ?)").run(AT);
      db.prepare("DELETE FROM sites WHERE id = 's1'").run();
      expect(row(db, "SELECT site_id FROM audits WHERE id = 'a1'")).toEqual({ site_id: null });
    },
  },
  5: {
    seed: (db) => {
      db.prepare("INSERT INTO clients (id, name, created_at, updated_at) VALUES ('c1', 'Client', ?, ?)").run(AT, AT);
      seedAudit(db);
      db.prepare(
        "UPDATE audits SET audit_type = 'mystery-shop', shopper = 'Ana', scenario = 'Loan' WHERE id = 'a1'",
      ).run();
      db.prepare("INSERT INTO visit_timestamps (audit_id, moment, at) VALUES ('a1', 'entered', ?)").run(AT);
    },
    check: (db) => {
      expect(row(db, "SELECT shopper, scenario FROM audits WHERE id = 'a1'")).toEqual({
        shopper: 'Ana',
        scenario: 'Loan',
      });
      expect(row(db, "SELECT count(*) AS n FROM visit_timestamps WHERE audit_id = 'a1'")).toEqual({ n: 1 });
      expect(columns(db, 'exchange_conflicts')).toEqual(
        expect.arrayContaining(['record_kind', 'record_id', 'local_json', 'incoming_json', 'resolution']),
      );
      expect(() =>
        db
          .prepare(
            `INSERT INTO exchange_conflicts (id, record_kind, record_id, local_json, incoming_json, detected_at, resolution)
             VALUES ('x1', 'audit', 'a1', '{}', '{}', ?, 'both')`,
          )
          .run(AT),
      ).toThrow(/CHECK/);
    },
  },
  6: {
    seed: (db) => {
      db.prepare("INSERT INTO clients (id, name, created_at, updated_at) VALUES ('c1', 'Client', ?, ?)").run(AT, AT);
      seedAudit(db);
      db.prepare(
        `INSERT INTO audit_changes (audit_id, touchpoint_id, criterion_id, field, old_json, new_json, at)
         VALUES ('a1', 'tp1', 'cr1', 'answer', 'null', '{"kind":"yesno","value":true}', ?),
                ('a1', NULL, NULL, 'reopened', 'null', '"Wrong branch"', ?)`,
      ).run(AT, AT);
    },
    check: (db) => {
      const rows = db
        .prepare('SELECT field, reason, prev_hash, hash, new_json FROM audit_changes ORDER BY seq')
        .all() as Record<string, string | null>[];
      // The logged answer and reopening are chained in order; the note, saved without a log row, is recorded now.
      expect(rows.map((r) => [r.field, r.reason])).toEqual([
        ['answer', null],
        ['reopened', 'Wrong branch'],
        ['note', 'trail-introduced'],
      ]);
      expect(rows[2]!.new_json).toBe(JSON.stringify('greeted «at once» — مرحبا'));
      rows.forEach((r, i) => {
        expect(r.hash).toMatch(/^[0-9a-f]{64}$/);
        expect(r.prev_hash).toBe(i === 0 ? null : rows[i - 1]!.hash);
      });
      // Checked with the chain alone: today's verifyTrail reads columns later migrations add.
      const chain = db
        .prepare(
          'SELECT audit_id, at, field, touchpoint_id, criterion_id, old_json, new_json, actor, device, reason, photo_sha256, prev_hash, hash FROM audit_changes ORDER BY seq',
        )
        .all() as ChainedRow[];
      expect(verifyChain(chain)).toEqual([]);
    },
  },
  8: {
    seed: (db) => {
      db.prepare("INSERT INTO clients (id, name, created_at, updated_at) VALUES ('c1', 'Client', ?, ?)").run(AT, AT);
      seedAudit(db);
      db.prepare(
        `INSERT INTO audit_changes (audit_id, field, old_json, new_json, at, hash) VALUES ('a1', 'note', 'null', '"x"', ?, 'h1')`,
      ).run(AT);
    },
    check: (db) => {
      expect(row(db, "SELECT purged_at FROM audits WHERE id = 'a1'")).toEqual({ purged_at: null });
      expect(row(db, "SELECT redacted_at, hash FROM audit_changes WHERE audit_id = 'a1'")).toEqual({
        redacted_at: null,
        hash: 'h1',
      });
      db.prepare("INSERT INTO client_privacy (client_id, retention_months, updated_at) VALUES ('c1', 12, ?)").run(AT);
      expect(() => db.prepare("UPDATE client_privacy SET retention_months = 0 WHERE client_id = 'c1'").run()).toThrow(
        /CHECK/,
      );
      db.prepare(
        "INSERT INTO privacy_log (id, kind, client_id, summary_json, at) VALUES ('l1', 'retention-purge', 'c1', '{}', ?)",
      ).run(AT);
      // The log outlives the client; the settings go with it.
      db.prepare("DELETE FROM clients WHERE id = 'c1'").run();
      expect(row(db, 'SELECT count(*) AS n FROM privacy_log')).toEqual({ n: 1 });
      expect(row(db, 'SELECT count(*) AS n FROM client_privacy')).toEqual({ n: 0 });
    },
  },
  7: {
    // The full matching rules (case, spaces, per client, existing sites) are in test/integration/series.test.ts.
    seed: (db) => {
      db.prepare("INSERT INTO clients (id, name, created_at, updated_at) VALUES ('c1', 'Client', ?, ?)").run(AT, AT);
      seedAudit(db);
      db.prepare(
        `INSERT INTO audits (id, client_id, template_version_id, title, site, audit_type, audit_date, scope_json, status, created_at, updated_at)
         VALUES ('a2', 'c1', 'tv1', 'Q2 walk', ' cluj centre ', 'walkthrough', '2026-04-10', '{}', 'draft', ?, ?)`,
      ).run(AT, AT);
    },
    check: (db) => {
      const sites = db.prepare('SELECT id, name FROM sites').all() as { id: string; name: string }[];
      expect(sites.map((s) => s.name)).toEqual(['Cluj Centre']);
      expect(db.prepare('SELECT id, site, site_id, is_test FROM audits ORDER BY id').all()).toEqual([
        { id: 'a1', site: 'Cluj Centre', site_id: sites[0]!.id, is_test: 0 },
        { id: 'a2', site: 'Cluj Centre', site_id: sites[0]!.id, is_test: 0 },
      ]);
      expect(row(db, "SELECT note FROM answers WHERE id = 'an1'")).toEqual({ note: 'greeted «at once» — مرحبا' });
      expect(() => db.prepare("UPDATE audits SET is_test = 2 WHERE id = 'a1'").run()).toThrow(/CHECK/);
    },
  },
  9: {
    seed: (db) => {
      db.prepare("INSERT INTO clients (id, name, created_at, updated_at) VALUES ('c1', 'Client', ?, ?)").run(AT, AT);
      seedAudit(db);
    },
    check: (db) => {
      // An audit from before: no roll-up stored yet (the backend stores it when it opens the file).
      expect(row(db, "SELECT score_inputs_rev, rollup_rev, rollup_json FROM audits WHERE id = 'a1'")).toEqual({
        score_inputs_rev: 0,
        rollup_rev: -1,
        rollup_json: null,
      });
      const rev = () => (row(db, "SELECT score_inputs_rev AS r FROM audits WHERE id = 'a1'") as { r: number }).r;
      db.prepare("UPDATE answers SET note = 'changed' WHERE id = 'an1'").run();
      expect(rev()).toBe(1);
      db.prepare(
        `INSERT INTO answers (id, audit_id, touchpoint_id, criterion_id, value_json, note, updated_at)
         VALUES ('an2', 'a1', 'tp1', 'cr2', 'null', '', ?)`,
      ).run(AT);
      expect(rev()).toBe(2);
      db.prepare("DELETE FROM answers WHERE id = 'an2'").run();
      expect(rev()).toBe(3);
      db.prepare(`UPDATE audits SET scope_json = '{"stageIds":[],"kinds":["human"]}' WHERE id = 'a1'`).run();
      expect(rev()).toBe(4);
      db.prepare("UPDATE audits SET title = 'Renamed' WHERE id = 'a1'").run();
      expect(rev()).toBe(4);
    },
  },
  10: {
    seed: (db) => {
      db.prepare("INSERT INTO clients (id, name, created_at, updated_at) VALUES ('c1', 'Client', ?, ?)").run(AT, AT);
      seedAudit(db);
    },
    check: (db) => {
      // Existing visits are untouched and not yet linked to any hub.
      expect(row(db, "SELECT title FROM audits WHERE id = 'a1'")).toEqual({ title: 'Q1 walk' });
      expect(row(db, 'SELECT count(*) AS n FROM hub_link')).toEqual({ n: 0 });
      expect(row(db, 'SELECT count(*) AS n FROM hub_base')).toEqual({ n: 0 });
      const link = `INSERT INTO hub_link (id, origin, token, device_id, device_name, team_id, team_name, person_id, person_name, role, joined_at)
        VALUES (?, 'https://hub.example.org', 't', 'd', 'Laptop', 'tm', 'Team', 'p', 'Ana', ?, ?)`;
      // One link at most, and only the three roles.
      expect(() => db.prepare(link).run(2, 'shopper', AT)).toThrow(/CHECK/);
      expect(() => db.prepare(link).run(1, 'owner', AT)).toThrow(/CHECK/);
      db.prepare(link).run(1, 'shopper', AT);
      expect(row(db, 'SELECT cursor, last_sync_at FROM hub_link')).toEqual({ cursor: 0, last_sync_at: null });
    },
  },
  11: {
    seed: (db) => {
      db.prepare("INSERT INTO clients (id, name, created_at, updated_at) VALUES ('c1', 'Client', ?, ?)").run(AT, AT);
      seedAudit(db);
      db.prepare(
        "INSERT INTO touchpoint_records (audit_id, touchpoint_id, pain_points, worked, recommendation, updated_at) VALUES ('a1', 'tp1', 'Așteptare lungă', '', 'Salut la intrare', ?)",
      ).run(AT);
      db.prepare(
        "INSERT INTO actions (id, client_id, audit_id, title, priority, status, created_at, updated_at) VALUES ('x1', 'c1', 'a1', 'Train tellers', 'high', 'open', ?, ?)",
      ).run(AT, AT);
    },
    check: (db) => {
      // What was written before the index existed is in it: records, the action's title, the seeded note.
      const find = (q: string) =>
        db
          .prepare(
            'SELECT d.kind FROM findings_fts f JOIN finding_docs d ON d.id = f.rowid WHERE findings_fts MATCH ? ORDER BY d.kind',
          )
          .pluck()
          .all(q);
      expect(find('"asteptare"')).toEqual(['painPoints']);
      expect(find('"salut"')).toEqual(['recommendation']);
      expect(find('"tellers"')).toEqual(['action']);
      expect(find('"مرحبا"')).toEqual(['note']);
      expect(columns(db, 'evidence')).toContain('caption');
    },
  },
  12: {
    seed: (db) => {
      db.prepare("INSERT INTO clients (id, name, created_at, updated_at) VALUES ('c1', 'Client', ?, ?)").run(AT, AT);
      seedAudit(db);
    },
    check: (db) => {
      db.prepare(
        "INSERT INTO report_texts (audit_id, summary, updated_at) VALUES ('a1', 'The branch **improved**.', ?)",
      ).run(AT);
      expect(row(db, "SELECT summary, recommendations FROM report_texts WHERE audit_id = 'a1'")).toEqual({
        summary: 'The branch **improved**.',
        recommendations: '',
      });
      expect(columns(db, 'report_captions')).toEqual(['evidence_id', 'audit_id', 'caption', 'updated_at']);
      expect(row(db, "SELECT note FROM answers WHERE id = 'an1'")).toEqual({ note: 'greeted «at once» — مرحبا' });
      // Deleting the audit takes its report text with it.
      db.pragma('foreign_keys = ON');
      db.prepare("DELETE FROM audits WHERE id = 'a1'").run();
      expect(row(db, 'SELECT count(*) AS n FROM report_texts')).toEqual({ n: 0 });
    },
  },
  13: {
    seed: (db) => {
      db.prepare("INSERT INTO clients (id, name, created_at, updated_at) VALUES ('c1', 'Client', ?, ?)").run(AT, AT);
      seedAudit(db);
    },
    check: (db) => {
      db.pragma('foreign_keys = ON');
      db.prepare(
        `INSERT INTO calibration_sessions (id, title, scenario, template_id, template_name, definition_json, created_at)
         VALUES ('s1', 'March', 'Recorded visit', 't1', 'Branch', '{}', ?)`,
      ).run(AT);
      db.prepare(
        "INSERT INTO calibration_raters (session_id, position, name) VALUES ('s1', 0, 'Rania'), ('s1', 1, 'عمر')",
      ).run();
      db.prepare(
        `INSERT INTO calibration_answers (session_id, rater, touchpoint_id, criterion_id, value_json, updated_at)
         VALUES ('s1', 'عمر', 'tp1', 'cr1', '{"kind":"yesno","value":true}', ?)`,
      ).run(AT);
      // An answer from someone the session does not name has nowhere to go.
      expect(() =>
        db
          .prepare(
            `INSERT INTO calibration_answers (session_id, rater, touchpoint_id, criterion_id, value_json, updated_at)
             VALUES ('s1', 'Mallory', 'tp1', 'cr1', NULL, ?)`,
          )
          .run(AT),
      ).toThrow(/FOREIGN KEY/);
      expect(() =>
        db.prepare("INSERT INTO calibration_raters (session_id, position, name) VALUES ('s1', 2, 'Rania')").run(),
      ).toThrow(/UNIQUE/);
      db.prepare(
        `INSERT INTO calibration_consensus (session_id, touchpoint_id, criterion_id, value_json, note, updated_at)
         VALUES ('s1', 'tp1', 'cr1', '{"kind":"yesno","value":true}', 'video at 0:20', ?)`,
      ).run(AT);
      expect(row(db, "SELECT note FROM answers WHERE id = 'an1'")).toEqual({ note: 'greeted «at once» — مرحبا' });
      db.prepare("DELETE FROM calibration_sessions WHERE id = 's1'").run();
      for (const table of ['calibration_raters', 'calibration_answers', 'calibration_consensus'])
        expect(row(db, `SELECT count(*) AS n FROM ${table}`)).toEqual({ n: 0 });
    },
  },
  14: {
    seed: (db) => {
      db.prepare("INSERT INTO clients (id, name, created_at, updated_at) VALUES ('c1', 'Client', ?, ?)").run(AT, AT);
      seedAudit(db);
      const photo = db.prepare(
        `INSERT INTO evidence (id, audit_id, touchpoint_id, sha256, original_name, mime, bytes, width, height, thumb_data_url, created_at, caption)
         VALUES (?, 'a1', 'tp1', ?, 'p.jpg', 'image/jpeg', 10, 4, 3, 'data:,', ?, ?)`,
      );
      photo.run('e1', 'a'.repeat(64), AT, ''); // a report caption only
      photo.run('e2', 'b'.repeat(64), AT, 'Queue'); // both, different
      photo.run('e3', 'c'.repeat(64), AT, 'Same'); // both, the same
      photo.run('e4', 'd'.repeat(64), AT, 'Walk only');
      const rc = db.prepare(
        "INSERT INTO report_captions (evidence_id, audit_id, caption, updated_at) VALUES (?, 'a1', ?, ?)",
      );
      rc.run('e1', 'Coadă la ghișeu', AT);
      rc.run('e2', 'Long wait', AT);
      rc.run('e3', 'Same', AT);
    },
    check: (db) => {
      expect(db.prepare('SELECT id, caption FROM evidence ORDER BY id').all()).toEqual([
        { id: 'e1', caption: 'Coadă la ghișeu' },
        { id: 'e2', caption: 'Queue · Long wait' },
        { id: 'e3', caption: 'Same' },
        { id: 'e4', caption: 'Walk only' },
      ]);
      expect(db.prepare("SELECT name FROM sqlite_master WHERE name = 'report_captions'").get()).toBeUndefined();
      // The moved caption is searchable (the FTS trigger saw the update).
      const hits = db
        .prepare(
          'SELECT d.kind FROM findings_fts f JOIN finding_docs d ON d.id = f.rowid WHERE findings_fts MATCH \'"ghiseu"\'',
        )
        .pluck()
        .all();
      expect(hits).toEqual(['caption']);
      expect(columns(db, 'evidence')).toEqual(
        expect.arrayContaining(['capture_json', 'markup_json', 'redacted_sha256']),
      );
      expect(row(db, "SELECT capture_json, markup_json, redacted_sha256 FROM evidence WHERE id = 'e1'")).toEqual({
        capture_json: null,
        markup_json: null,
        redacted_sha256: null,
      });
      expect(columns(db, 'audit_signoffs')).toEqual(['audit_id', 'name', 'role', 'signature_png', 'signed_at']);
    },
  },
  15: {
    seed: (db) => {
      db.prepare("INSERT INTO clients (id, name, created_at, updated_at) VALUES ('c1', 'Client', ?, ?)").run(AT, AT);
      seedAudit(db);
      db.prepare(
        `INSERT INTO evidence (id, audit_id, touchpoint_id, sha256, original_name, mime, bytes, width, height, thumb_data_url, created_at)
         VALUES ('e1', 'a1', 'tp1', ?, 'p.jpg', 'image/jpeg', 10, 4, 3, 'data:image/webp;base64,AAAA', ?)`,
      ).run('a'.repeat(64), AT);
    },
    check: (db) => {
      // Photos attached before were derived when they were attached: nothing is queued for them.
      expect(row(db, 'SELECT count(*) AS n FROM photo_derivations')).toEqual({ n: 0 });
      expect(row(db, "SELECT thumb_data_url FROM evidence WHERE id = 'e1'")).toEqual({
        thumb_data_url: 'data:image/webp;base64,AAAA',
      });
      const queue = db.prepare(
        'INSERT INTO photo_derivations (sha256, ext, queued_at, failed_at, failure) VALUES (?, ?, ?, ?, ?)',
      );
      queue.run('b'.repeat(64), 'jpg', AT, null, null);
      queue.run('c'.repeat(64), 'png', AT, AT, 'unreadable');
      expect(() => queue.run('d'.repeat(63), 'jpg', AT, null, null)).toThrow(/CHECK/);
      expect(() => queue.run('e'.repeat(64), 'jpg', AT, AT, null)).toThrow(/CHECK/);
      expect(() => queue.run('b'.repeat(64), 'jpg', AT, null, null)).toThrow(/UNIQUE|PRIMARY/);
    },
  },
  16: {
    seed: (db) => {
      db.prepare("INSERT INTO clients (id, name, created_at, updated_at) VALUES ('c1', 'Client', ?, ?)").run(AT, AT);
      seedAudit(db); // version tv1 holds '{}': a definition that was never validated
      const definition = templateDefinitionSchema.parse(
        testTemplate({ rollup: 'average', momentOfTruthMultiplier: 2, minVisitsPerSite: 5 }),
      );
      db.prepare(
        `INSERT INTO template_versions (id, template_id, version, definition_json, created_at) VALUES ('tv2', 't1', 2, ?, ?)`,
      ).run(JSON.stringify(definition), AT);
    },
    check: (db) => {
      const outline = (id: string) =>
        db.prepare('SELECT outline_json FROM template_versions WHERE id = ?').pluck().get(id) as string | null;
      // Written out by hand from test/support/test-template.ts: names, order, moments of truth, the roll-up rule.
      expect(JSON.parse(outline('tv2')!)).toEqual({
        name: 'Test journey',
        rollup: 'average',
        momentOfTruthMultiplier: 2,
        minVisitsPerSite: 5,
        stages: [
          { id: 'before', name: 'Before' },
          { id: 'during', name: 'During' },
        ],
        touchpoints: [
          { id: 'website', stageId: 'before', name: 'Website', kind: 'digital', channel: 'Web', momentOfTruth: false },
          {
            id: 'branch',
            stageId: 'during',
            name: 'Branch counter',
            kind: 'human',
            channel: 'Store',
            momentOfTruth: true,
          },
          {
            id: 'signage',
            stageId: 'during',
            name: 'Signage',
            kind: 'physical',
            channel: 'Store',
            momentOfTruth: false,
          },
        ],
      });
      // Nothing to outline: left empty, and read whole as before.
      expect(outline('tv1')).toBeNull();
      // From now on no version is written without its outline.
      expect(() =>
        db
          .prepare(
            `INSERT INTO template_versions (id, template_id, version, definition_json, created_at) VALUES ('tv3', 't1', 3, '{}', ?)`,
          )
          .run(AT),
      ).toThrow(/written with its outline/);
    },
  },
  17: {
    seed: (db) => {
      seedOutlinedVersion(db);
      db.prepare(
        `INSERT INTO audits (id, client_id, template_version_id, title, site, audit_type, audit_date, scope_json, status, created_at, updated_at)
         VALUES ('a1', 'c1', 'tv1', 'Q1 walk', 'Cluj Centre', 'walkthrough', '2026-01-10', '{"stages":"all"}', 'in_progress', ?, ?)`,
      ).run(AT, AT);
      const record = db.prepare(
        'INSERT INTO touchpoint_records (audit_id, touchpoint_id, emotion, pain_points, updated_at) VALUES (?, ?, ?, ?, ?)',
      );
      record.run('a1', 'tp1', 2, 'Queue out of the door', AT);
      record.run('a1', 'tp2', 4, '', AT);
    },
    check: (db) => {
      const painPoints = `SELECT audit_id, touchpoint_id, emotion, pain_points FROM touchpoint_records
        WHERE audit_id IN (SELECT value FROM json_each(?)) AND pain_points != ''`;
      expect(db.prepare(painPoints).all('["a1"]')).toEqual([
        { audit_id: 'a1', touchpoint_id: 'tp1', emotion: 2, pain_points: 'Queue out of the door' },
      ]);
      // Read from the index of the records with pain points alone, not from the table.
      const plan = (db.prepare(`EXPLAIN QUERY PLAN ${painPoints}`).all('[]') as { detail: string }[]).map(
        (r) => r.detail,
      );
      expect(plan.join(' | ')).toMatch(/USING COVERING INDEX touchpoint_records_with_pain_points/);
      // Kept as records change: a pain point written later is found, one cleared is not.
      db.prepare("UPDATE touchpoint_records SET pain_points = 'Dirty floor' WHERE touchpoint_id = 'tp2'").run();
      db.prepare("UPDATE touchpoint_records SET pain_points = '' WHERE touchpoint_id = 'tp1'").run();
      expect(db.prepare(painPoints).all('["a1"]')).toEqual([
        { audit_id: 'a1', touchpoint_id: 'tp2', emotion: 4, pain_points: 'Dirty floor' },
      ]);
    },
  },
  18: {
    seed: (db) => {
      const definition = templateDefinitionSchema.parse(testTemplate());
      const scope: AuditScope = { stageIds: [], kinds: ['digital', 'human', 'physical'] };
      const score = scoreAudit(definition, scope, [
        {
          touchpointId: 'branch',
          criterionId: 'greeting',
          value: { kind: 'yesno', value: false },
          note: '',
          updatedAt: AT,
        },
      ]);
      const current = packRollup(score, definition, scope);
      seedOutlinedVersion(db);
      // As stored before the moments of truth were kept: no tail to take.
      const { otherPercent: _other, moments: _moments, ...older } = JSON.parse(current) as Record<string, unknown>;
      const insert = db.prepare(
        `INSERT INTO audits (id, client_id, template_version_id, title, site, audit_type, audit_date, scope_json, status,
           created_at, updated_at, score_inputs_rev, rollup_rev, rollup_percent, rollup_json)
         VALUES (?, 'c1', 'tv1', ?, 'Cluj Centre', 'walkthrough', '2026-01-10', '{"stageIds":[],"kinds":["digital","human","physical"]}',
           'in_progress', ?, ?, 1, 1, 50, ?)`,
      );
      insert.run('a-current', 'Walk «one» — مرحبا', AT, AT, current);
      insert.run('a-older', 'Walk two', AT, AT, JSON.stringify(older));
      insert.run('a-none', 'Walk three', AT, AT, null);
      insert.run('a-garbled', 'Walk four', AT, AT, '{"overall":');
    },
    check: (db) => {
      // The roll-up is the row's last column again, its tail just before it.
      expect(columns(db, 'audits').slice(-2)).toEqual(['rollup_tail', 'rollup_json']);
      const rows = db
        .prepare('SELECT id, title, rollup_percent, rollup_tail, rollup_json FROM audits ORDER BY id')
        .all() as {
        id: string;
        title: string;
        rollup_percent: number | null;
        rollup_tail: string | null;
        rollup_json: string | null;
      }[];
      const byId = new Map(rows.map((r) => [r.id, r]));
      const current = byId.get('a-current')!;
      expect(current.title).toBe('Walk «one» — مرحبا');
      expect(current.rollup_percent).toBe(50);
      expect(current.rollup_tail).toBe(rollupTailText(current.rollup_json!));
      expect(JSON.parse(current.rollup_tail!)).toEqual(parseRollupTail(current.rollup_json!));
      expect(JSON.parse(current.rollup_tail!).moments).toHaveLength(1);
      // Stored before tails, no roll-up, a roll-up that cannot be read: no tail, the roll-up text as it was.
      expect(byId.get('a-older')!.rollup_tail).toBeNull();
      expect(byId.get('a-none')).toMatchObject({ rollup_tail: null, rollup_json: null });
      expect(byId.get('a-garbled')).toMatchObject({ rollup_tail: null, rollup_json: '{"overall":' });
      // A tail that is not the one of the roll-up beside it is cleared (read from the roll-up then), whoever writes
      // it; the write itself goes through.
      const tailOf = db.prepare("SELECT rollup_tail FROM audits WHERE id = 'a-current'").pluck();
      const setTail = db.prepare("UPDATE audits SET rollup_tail = ? WHERE id = 'a-current'");
      const otherTail = current.rollup_tail!.replace('"moments":[[', '"moments":[[7,');
      for (const wrong of [otherTail, '{"moments":[]}', '', '   ', '{"otherPercent":', current.rollup_tail!.slice(1)]) {
        setTail.run(current.rollup_tail);
        setTail.run(wrong);
        expect(tailOf.get(), JSON.stringify(wrong)).toBeNull();
      }
      setTail.run(current.rollup_tail);
      db.prepare("UPDATE audits SET rollup_json = ?, title = 'Renamed' WHERE id = 'a-current'").run(
        byId.get('a-older')!.rollup_json,
      );
      expect(row(db, "SELECT title, rollup_tail FROM audits WHERE id = 'a-current'")).toEqual({
        title: 'Renamed',
        rollup_tail: null,
      });
      db.prepare("UPDATE audits SET rollup_json = ? WHERE id = 'a-current'").run(current.rollup_json);
      // Padded with spaces (as the save path writes it), or beside a roll-up cleared: kept.
      setTail.run(`${current.rollup_tail}   `);
      expect(tailOf.get()).toBe(`${current.rollup_tail}   `);
      db.prepare("UPDATE audits SET rollup_json = NULL WHERE id = 'a-current'").run();
    },
  },
  19: {
    seed: (db) => {
      seedOutlinedVersion(db);
      const definition = JSON.stringify(
        templateDefinitionSchema.parse(testTemplate({ name: 'Parcours «client» — رحلة' })),
      );
      db.prepare(
        `INSERT INTO template_versions (id, template_id, version, definition_json, outline_json, created_at)
         VALUES ('tv2', 't1', 2, ?, '{"stages":[]}', ?)`,
      ).run(definition, AT);
      const insert = db.prepare(
        `INSERT INTO audits (id, client_id, template_version_id, title, site, audit_type, audit_date, scope_json, status,
           created_at, updated_at)
         VALUES (?, 'c1', 'tv2', ?, 'Cluj Centre', 'walkthrough', ?, '{"stages":"all"}', 'in_progress', ?, ?)`,
      );
      insert.run('a1', 'Walk one', '2026-02-01', AT, AT);
      insert.run('a2', 'Walk two', '2026-01-01', AT, AT);
      // A stored roll-up's revision and figures without its text (a hand edit), and one with its text.
      db.prepare(
        `UPDATE audits SET score_inputs_rev = 1, rollup_rev = 1, rollup_percent = 50,
           rollup_tail = '{"otherPercent":50,"moments":[]}', rollup_json = ? WHERE id = ?`,
      ).run(null, 'a1');
      db.prepare(
        `UPDATE audits SET score_inputs_rev = 2, rollup_rev = 2, rollup_percent = 75, rollup_json = '{"overall":{}}' WHERE id = ?`,
      ).run('a2');
    },
    check: (db) => {
      // The definition is the version's last column now, after its outline, and each is as it was.
      expect(columns(db, 'template_versions').slice(-2)).toEqual(['outline_json', 'definition_json']);
      const v2 = row(db, "SELECT definition_json, outline_json, version FROM template_versions WHERE id = 'tv2'");
      expect(JSON.parse(String(v2.definition_json)).name).toBe('Parcours «client» — رحلة');
      expect(v2).toMatchObject({ outline_json: '{"stages":[]}', version: 2 });
      expect(row(db, "SELECT definition_json FROM template_versions WHERE id = 'tv1'")).toEqual({
        definition_json: '{}',
      });
      // Still never written without a definition.
      expect(() =>
        db
          .prepare(
            "INSERT INTO template_versions (id, template_id, version, outline_json, created_at) VALUES ('tv3', 't1', 3, '{}', ?)",
          )
          .run(AT),
      ).toThrow(/written with its definition/);
      expect(() => db.prepare("UPDATE template_versions SET definition_json = NULL WHERE id = 'tv1'").run()).toThrow(
        /keeps its definition/,
      );
      // The client's audits in date order from the index alone, every loaded column in it.
      const plan = (
        db
          .prepare(
            "EXPLAIN QUERY PLAN SELECT id, updated_at, rollup_tail FROM audits WHERE client_id = 'c1' ORDER BY audit_date, created_at",
          )
          .all() as {
          detail: string;
        }[]
      ).map((r) => r.detail);
      expect(plan).toEqual(['SEARCH audits USING COVERING INDEX audits_loaded (client_id=?)']);
      expect(
        db
          .prepare("SELECT id FROM audits INDEXED BY audits_loaded WHERE client_id = 'c1' ORDER BY audit_date")
          .pluck()
          .all(),
      ).toEqual(['a2', 'a1']);
      // A revision is kept only beside a stored roll-up: the row without its text holds none now, the other is kept.
      const rollupOf = db.prepare('SELECT rollup_rev, rollup_percent, rollup_tail FROM audits WHERE id = ?');
      expect(rollupOf.get('a1')).toEqual({ rollup_rev: -1, rollup_percent: null, rollup_tail: null });
      expect(rollupOf.get('a2')).toEqual({ rollup_rev: 2, rollup_percent: 75, rollup_tail: null });
      // And so whoever writes: a text cleared, a revision set without a text, a row inserted so.
      db.prepare("UPDATE audits SET rollup_json = NULL WHERE id = 'a2'").run();
      expect(rollupOf.get('a2')).toEqual({ rollup_rev: -1, rollup_percent: null, rollup_tail: null });
      db.prepare("UPDATE audits SET rollup_rev = 5, rollup_percent = 10 WHERE id = 'a2'").run();
      expect(rollupOf.get('a2')).toMatchObject({ rollup_rev: -1, rollup_percent: null });
      db.prepare("UPDATE audits SET rollup_json = '{}', rollup_rev = 5, rollup_percent = 10 WHERE id = 'a2'").run();
      expect(rollupOf.get('a2')).toMatchObject({ rollup_rev: 5, rollup_percent: 10 });
      db.prepare(
        `INSERT INTO audits (id, client_id, template_version_id, title, site, audit_type, audit_date, scope_json, status,
           created_at, updated_at, score_inputs_rev, rollup_rev, rollup_percent)
         VALUES ('a3', 'c1', 'tv2', 'Walk three', '', 'walkthrough', '2026-03-01', '{"stages":"all"}', 'draft', ?, ?, 4, 4, 90)`,
      ).run(AT, AT);
      expect(rollupOf.get('a3')).toMatchObject({ rollup_rev: -1, rollup_percent: null });
      // The version table keeps its other rules: one row per template and number, never without an outline.
      expect(() =>
        db
          .prepare(
            "INSERT INTO template_versions (id, template_id, version, definition_json, outline_json, created_at) VALUES ('tv4', 't1', 2, '{}', '{}', ?)",
          )
          .run(AT),
      ).toThrow(/UNIQUE/);
      expect(() =>
        db
          .prepare(
            "INSERT INTO template_versions (id, template_id, version, definition_json, created_at) VALUES ('tv5', 't1', 5, '{}', ?)",
          )
          .run(AT),
      ).toThrow(/written with its outline/);
      // Every removal is counted, one by one.
      const removed = db.prepare('SELECT removed FROM audit_removals').pluck();
      expect(removed.get()).toBe(0);
      db.prepare("DELETE FROM audits WHERE id = 'a1'").run();
      expect(removed.get()).toBe(1);
      db.prepare('DELETE FROM audits').run();
      expect(removed.get()).toBe(3);
    },
  },
  20: {
    seed: (db) => {
      seedOutlinedVersion(db);
      // The note trigger as migration 11 wrote it before: every folding step nested in one expression.
      let deep = 'new.note';
      for (const c of FOLD_DROP) deep = `replace(${deep}, char(${c.charCodeAt(0)}), '')`;
      for (const [from, to] of FOLD_MAP)
        deep = `replace(${deep}, char(${from.charCodeAt(0)}), char(${to.charCodeAt(0)}))`;
      db.exec(`DROP TRIGGER findings_answers_note_ins;
        CREATE TRIGGER findings_answers_note_ins AFTER INSERT ON answers BEGIN
          INSERT INTO finding_docs (ref, kind, client_id, audit_id, touchpoint_id, criterion_id)
            SELECT 'note:' || new.id, 'note', NULL, new.audit_id, new.touchpoint_id, new.criterion_id WHERE trim(new.note) <> '';
          INSERT INTO findings_fts (rowid, body, shown)
            SELECT id, ${deep}, new.note FROM finding_docs WHERE ref = 'note:' || new.id AND trim(new.note) <> '';
        END;`);
      db.prepare(
        `INSERT INTO audits (id, client_id, template_version_id, title, site, audit_type, audit_date, scope_json, status,
           created_at, updated_at)
         VALUES ('a1', 'c1', 'tv1', 'Walk', 'Cluj Centre', 'walkthrough', '2026-01-10', '{"stages":"all"}', 'draft', ?, ?)`,
      ).run(AT, AT);
      db.prepare(
        `INSERT INTO answers (id, audit_id, touchpoint_id, criterion_id, value_json, note, updated_at)
         VALUES ('an1', 'a1', 'tp1', 'cr1', 'null', 'greeted «at once» — مَرْحَبًا', ?)`,
      ).run(AT);
    },
    check: (db) => {
      const triggers = db
        .prepare("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'findings\\_%' ESCAPE '\\'")
        .all() as { name: string; sql: string }[];
      expect(triggers).toHaveLength(18); // six kinds of finding, each kept on insert, update and delete
      for (const t of triggers) expect(t.sql).not.toMatch(/(replace\(\s*){9}/);
      // The folding is the same: the seeded note, and a new one, are found by their bare letters.
      expect(
        db
          .prepare("SELECT body FROM findings_fts WHERE rowid = (SELECT id FROM finding_docs WHERE ref = 'note:an1')")
          .get(),
      ).toEqual({
        body: foldText('greeted «at once» — مَرْحَبًا'),
      });
      const note = 'إِلى اللِّقَاءِ، شُكْرًا جَزِيلًا';
      db.prepare(
        `INSERT INTO answers (id, audit_id, touchpoint_id, criterion_id, value_json, note, updated_at)
         VALUES ('an2', 'a1', 'tp1', 'cr2', 'null', ?, ?)`,
      ).run(note, AT);
      expect(
        db.prepare('SELECT shown FROM findings_fts WHERE findings_fts MATCH ?').pluck().all('"الي" "شكرا"'),
      ).toEqual([note]);
      // And the file opens in the system's sqlite3 (Debian 12: 3.40), whose parser the old trigger overflowed.
      expect(execFileSync('sqlite3', ['-batch', db.name, 'PRAGMA integrity_check'], { encoding: 'utf8' }).trim()).toBe(
        'ok',
      );
    },
  },
};

describe('each real migration, from the version before it', () => {
  for (const migration of MIGRATIONS) {
    const step = STEPS[migration.version];
    if (!step) continue;
    it(`${migration.version}: ${migration.name}`, () => {
      const file = path.join(tempDir(), 'journey-audit.sqlite');
      const before = MIGRATIONS.filter((m) => m.version < migration.version);
      if (before.length) {
        const old = openDatabase(file, { migrations: before });
        old.db.pragma('foreign_keys = OFF'); // fixtures may stand alone (an audit without its client row)
        step.seed(old.db);
        old.db.close();
      }
      const opened = openDatabase(file, { migrations: [...before, migration] });
      expect(opened.appliedMigrations).toEqual([migration.version]);
      expect(opened.db.pragma('integrity_check', { simple: true })).toBe('ok');
      expect(opened.db.pragma('foreign_key_check')).toEqual([]);
      step.check(opened.db);
      opened.db.close();
    });
  }

  it('every migration has its step here', () => {
    expect(MIGRATIONS.map((m) => m.version).filter((v) => !STEPS[v])).toEqual([]);
  });
});
