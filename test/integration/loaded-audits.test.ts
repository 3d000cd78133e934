import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createBackend } from '../../electron/backend/backend';
import type { BackendContext } from '../../electron/backend/context';
import {
  LOADED_AUDIT_COLUMNS,
  LOADED_COLUMNS,
  LOADED_FROM,
  loadAudit,
  loadClientAudits,
} from '../../electron/backend/insights/comparable-audits';
import { scoreAudit } from '../../shared/scoring/score-audit';
import { dispatchOk } from '../support/dispatch';
import { createTestAudit } from '../support/test-audit';
import { tempDir } from '../support/temp-dir';
import { PASSING_ANSWERS, testTemplate } from '../support/test-template';
import { statementsRunBy } from '../support/count-statements';

/** What a roll-up and a full score share (a stored roll-up keeps no criteria). */
const figures = (r: { overall: unknown; touchpoints: { percent: number | null }[] }) => ({
  overall: r.overall,
  touchpoints: r.touchpoints.map((tp) => tp.percent),
});

async function setup() {
  const backend = createBackend({ dataDir: tempDir('ja-loaded-'), host: 'web', version: 'test' });
  const { client, audit } = await createTestAudit(backend, { client: 'Loaded', site: 'Main St' });
  const answer = (criterionId: string, value: boolean) =>
    dispatchOk(backend, 'audits.setAnswer', {
      auditId: audit.id,
      touchpointId: 'branch',
      criterionId,
      value: { kind: 'yesno', value },
    });
  await answer('greeting', true);
  const ctx = { db: backend.database!.db, versionCache: new Map() } as unknown as BackendContext;
  return { backend, ctx, client, audit, answer };
}

describe('audits loaded for dashboards, trends and exports', () => {
  it('are read with the columns they are made from, none of the long prose a visit may hold', async () => {
    const { backend } = await setup();
    const columns = backend
      .database!.db.prepare("SELECT name FROM pragma_table_info('audits')")
      .pluck()
      .all() as string[];
    expect(columns).toEqual(expect.arrayContaining([...LOADED_AUDIT_COLUMNS]));
    // Each save rewrites the audit's entry in their index: a scenario or a review comment (thousands of characters)
    // would take overflow pages with it every time.
    for (const prose of ['scenario', 'review_comment', 'persona', 'auditor', 'shopper', 'rollup_json'])
      expect(LOADED_AUDIT_COLUMNS).not.toContain(prose);
    backend.close();
  });

  it('are read from one index alone: neither the audits table (its rows carry the roll-up) nor the trail', async () => {
    const { backend } = await setup();
    const db = backend.database!.db;
    const rootOf = (name: string) =>
      db.prepare('SELECT rootpage FROM sqlite_schema WHERE name = ?').pluck().get(name) as number;
    // A client's audits (dashboards, trends) and its visits (the wave view's query).
    for (const where of [
      'WHERE a.client_id = ? ORDER BY a.audit_date, a.created_at',
      "WHERE a.client_id = ? AND a.wave_id IS NOT NULL AND a.audit_type = 'mystery-shop' ORDER BY a.audit_date DESC, a.created_at DESC",
    ]) {
      const opened = (
        db.prepare(`EXPLAIN SELECT ${LOADED_COLUMNS} FROM ${LOADED_FROM} ${where}`).all('x') as {
          opcode: string;
          p2: number;
        }[]
      )
        .filter((op) => op.opcode === 'OpenRead')
        .map((op) => op.p2);
      expect(opened).toContain(rootOf('audits_loaded'));
      expect(opened).not.toContain(rootOf('audits'));
      expect(opened).not.toContain(rootOf('audit_changes'));
      expect(opened).not.toContain(rootOf('audit_changes_by_audit'));
    }
    backend.close();
  });

  it('find every loaded column in that index (a column added to audits must be added to it too)', async () => {
    const { backend } = await setup();
    const indexed = backend
      .database!.db.prepare("SELECT name FROM pragma_index_info('audits_loaded') ORDER BY seqno")
      .pluck()
      .all() as string[];
    expect(indexed.slice(0, 3)).toEqual(['client_id', 'audit_date', 'created_at']);
    expect([...indexed].sort()).toEqual([...LOADED_AUDIT_COLUMNS].sort());
    backend.close();
  });

  it('are loaded afresh when an audit was removed and made again with the same id, stamp and revisions', async () => {
    const { backend, ctx, audit } = await setup();
    const db = backend.database!.db;
    const first = loadAudit(ctx, audit.id)!;
    expect(first.overallPercent).toBe(100);
    // As an import of an older copy of it could: same id, same stamp, same revisions, another answer.
    const row = db.prepare('SELECT * FROM audits WHERE id = ?').get(audit.id) as Record<string, unknown>;
    const answers = db.prepare('SELECT * FROM answers WHERE audit_id = ?').all(audit.id) as Record<string, unknown>[];
    db.pragma('foreign_keys = OFF');
    db.prepare('DELETE FROM audits WHERE id = ?').run(audit.id);
    db.prepare('DELETE FROM answers WHERE audit_id = ?').run(audit.id);
    const insert = (table: string, r: Record<string, unknown>) =>
      db
        .prepare(
          `INSERT INTO ${table} (${Object.keys(r).join(', ')}) VALUES (${Object.keys(r)
            .map(() => '?')
            .join(', ')})`,
        )
        .run(...Object.values(r));
    insert('audits', { ...row, score_inputs_rev: Number(row.score_inputs_rev) - answers.length });
    for (const a of answers) insert('answers', { ...a, value_json: JSON.stringify({ kind: 'yesno', value: false }) });
    db.pragma('foreign_keys = ON');
    const fresh = db.prepare('SELECT updated_at, score_inputs_rev, rollup_rev FROM audits WHERE id = ?').get(audit.id);
    expect(fresh).toEqual({
      updated_at: row.updated_at,
      score_inputs_rev: row.score_inputs_rev,
      rollup_rev: row.rollup_rev,
    });
    const again = loadAudit(ctx, audit.id)!;
    expect(again).not.toBe(first);
    expect(again.score.overall.percent).toBe(0);
    backend.close();
  });

  it('give a comparison the records as they are now, though the stamp did not move (fixed clock) or a pull wrote them', async () => {
    const at = new Date('2027-03-02T10:00:00.000Z');
    const backend = createBackend({ dataDir: tempDir('ja-loaded-'), host: 'web', version: 'test', now: () => at });
    const { client, template, audit: baseline } = await createTestAudit(backend, { client: 'Loaded' });
    const followUp = await dispatchOk(backend, 'audits.create', {
      clientId: client.id,
      templateId: template.id,
      title: 'B',
      auditDate: '2027-06-01',
    });
    const duringAfter = async () =>
      (
        await dispatchOk(backend, 'insights.compare', { baselineId: baseline.id, followUpId: followUp.id })
      ).emotionCurve.find((s) => s.stageId === 'during')!.after;
    expect(await duringAfter()).toBeNull();
    // In the same millisecond as the audit's last write: the audit's stamp and revisions stay as they were.
    await dispatchOk(backend, 'audits.setRecord', {
      auditId: followUp.id,
      touchpointId: 'branch',
      field: 'emotion',
      value: 5,
    });
    expect(await duringAfter()).toBe(5);
    // As a team hub's pull writes a record: no stamp, no trail entry.
    backend.database!.db.prepare('UPDATE touchpoint_records SET emotion = 2 WHERE audit_id = ?').run(followUp.id);
    expect(await duringAfter()).toBe(2);
    backend.close();
  });

  it('never take figures stored beside a roll-up whose text is gone: the answers are scored instead', async () => {
    const { backend, ctx, client } = await setup();
    const db = backend.database!.db;
    // As a hand edit or a foreign tool could leave it; the database then marks the roll-up as not stored.
    db.prepare('UPDATE audits SET rollup_json = NULL').run();
    expect(db.prepare('SELECT rollup_rev, rollup_percent, rollup_tail FROM audits').get()).toEqual({
      rollup_rev: -1,
      rollup_percent: null,
      rollup_tail: null,
    });
    const [loaded] = loadClientAudits(ctx, client.id);
    expect(loaded!.overallPercent).toBe(100);
    expect(loaded!.momentsOfTruth).toEqual(
      loaded!.score.touchpoints
        .filter((tp) => tp.momentOfTruth)
        .map((tp) => expect.objectContaining({ touchpointId: tp.touchpointId, percent: tp.percent })),
    );
    // And the next start stores it again.
    backend.close();
    const again = createBackend({ dataDir: path.dirname(db.name), host: 'web', version: 'test' });
    const row = again.database!.db.prepare('SELECT rollup_rev, score_inputs_rev, rollup_percent FROM audits').get() as {
      rollup_rev: number;
      score_inputs_rev: number;
      rollup_percent: number;
    };
    expect(row.rollup_rev).toBe(row.score_inputs_rev);
    expect(row.rollup_percent).toBe(100);
    again.close();
  });

  it('are loaded afresh for a client after one of its audits was removed', async () => {
    const { backend, ctx, client, audit } = await setup();
    const other = await dispatchOk(backend, 'audits.create', {
      clientId: client.id,
      templateId: (await dispatchOk(backend, 'templates.list', {}))[0]!.id,
      title: 'Other',
      auditDate: '2027-04-01',
    });
    const before = loadClientAudits(ctx, client.id);
    expect(before.map((a) => a.id)).toEqual([audit.id, other.id]);
    await dispatchOk(backend, 'audits.delete', { id: other.id });
    const after = loadClientAudits(ctx, client.id);
    expect(after.map((a) => a.id)).toEqual([audit.id]);
    // The cache was dropped with the removal: the audit that stayed is loaded anew too.
    expect(after[0]).not.toBe(before[0]);
    backend.close();
  });

  it('show a site renamed on the next dashboard, though no audit of it was written', async () => {
    const { backend, client } = await setup();
    const before = await dispatchOk(backend, 'insights.client', { clientId: client.id });
    expect(before.sites.map((s) => s.site)).toEqual(['Main St']);
    const [site] = await dispatchOk(backend, 'sites.list', { clientId: client.id });
    await dispatchOk(backend, 'sites.update', { id: site!.id, changes: { name: 'High St' } });
    const after = await dispatchOk(backend, 'insights.client', { clientId: client.id });
    expect(after.sites.map((s) => s.site)).toEqual(['High St']);
    backend.close();
  });

  it('take fields and touchpoint records written behind their stamp (a team hub pull) from the fresh row', async () => {
    const { backend, ctx, audit } = await setup();
    await dispatchOk(backend, 'audits.setRecord', {
      auditId: audit.id,
      touchpointId: 'branch',
      field: 'painPoints',
      value: 'Queue at the door',
    });
    const first = loadAudit(ctx, audit.id)!;
    expect(first.records.map((r) => r.painPoints)).toEqual(['Queue at the door']);
    expect(first.title).toBe('A');
    // As a pull or a resolved conflict writes them: neither the audit's stamp nor its trail moves.
    const db = backend.database!.db;
    db.prepare("UPDATE touchpoint_records SET pain_points = 'No queue' WHERE audit_id = ?").run(audit.id);
    db.prepare("UPDATE audits SET title = 'A (pulled)' WHERE id = ?").run(audit.id);
    const again = loadAudit(ctx, audit.id)!;
    expect(again).toBe(first);
    expect(again.records.map((r) => r.painPoints)).toEqual(['No queue']);
    expect(again.title).toBe('A (pulled)');
    backend.close();
  });

  it('read the stored roll-up only when asked, and only the one of the row they were read with', async () => {
    const { backend, ctx, client, answer } = await setup();
    const [loaded] = loadClientAudits(ctx, client.id);
    expect(figures(loaded!.rollup)).toEqual(figures(scoreAudit(loaded!.definition, loaded!.scope, loaded!.answers)));
    expect(loaded!.overallPercent).toBe(loaded!.rollup.overall.percent);

    // Written after it was loaded, before it read its roll-up: it does not take the newer stored roll-up for the one
    // of its row; it scores the answers instead.
    await answer('greeting', false);
    const [before] = loadClientAudits(ctx, client.id);
    await answer('greeting', true);
    expect(figures(before!.rollup)).toEqual(figures(scoreAudit(before!.definition, before!.scope, before!.answers)));
    const [after] = loadClientAudits(ctx, client.id);
    expect(after).not.toBe(before);
    expect(figures(after!.rollup)).toEqual(figures(before!.rollup));
    expect(after!.overallPercent).toBe(loaded!.overallPercent);
    backend.close();
  });

  it("on a dashboard just after a start, take each site's moments of truth and other-method overall from the rows", async () => {
    const dataDir = tempDir('ja-loaded-tails-');
    let backend = createBackend({ dataDir, host: 'web', version: 'test' });
    const template = await dispatchOk(backend, 'templates.import', {
      fileName: 't.json',
      text: JSON.stringify(testTemplate()),
    });
    const client = await dispatchOk(backend, 'clients.create', { name: 'Tails' });
    const sites = ['Main St', 'Piața Unirii', 'شارع الملك'];
    for (const [i, site] of sites.entries()) {
      const audit = await dispatchOk(backend, 'audits.create', {
        clientId: client.id,
        templateId: template.id,
        title: `Visit ${i}`,
        site,
        auditDate: `2027-03-0${i + 1}`,
      });
      for (const [touchpointId, criterionId, value] of PASSING_ANSWERS)
        await dispatchOk(backend, 'audits.setAnswer', { auditId: audit.id, touchpointId, criterionId, value });
      // A failed moment of truth at one site: the dashboard lists it.
      if (i === 1)
        await dispatchOk(backend, 'audits.setAnswer', {
          auditId: audit.id,
          touchpointId: 'branch',
          criterionId: 'greeting',
          value: { kind: 'yesno', value: false },
        });
      await dispatchOk(backend, 'audits.complete', { id: audit.id });
    }
    const tails = backend.database!.db.prepare('SELECT count(rollup_tail) FROM audits').pluck();
    expect(tails.get()).toBe(sites.length);
    backend.close();

    const wholeRollupReads = (sql: string[]) => sql.filter((s) => /^SELECT rollup_json FROM audits/.test(s)).length;
    const firstDashboard = async () => {
      backend = createBackend({ dataDir, host: 'web', version: 'test' });
      let dashboard: unknown;
      const sql = await statementsRunBy(async () => {
        dashboard = await dispatchOk(backend, 'insights.client', { clientId: client.id });
      });
      backend.close();
      return { dashboard, reads: wholeRollupReads(sql) };
    };
    // Only the latest audit's whole roll-up is read (its stages and heat table); every site's tail comes with its row.
    const withTails = await firstDashboard();
    expect(withTails.reads).toBe(1);
    expect(withTails.dashboard).toMatchObject({ failingMoments: [{ site: 'Piața Unirii', touchpointId: 'branch' }] });
    // Without the tails (roll-ups stored before they were kept) the same dashboard, from each roll-up read whole.
    backend = createBackend({ dataDir, host: 'web', version: 'test' });
    backend.database!.db.prepare('UPDATE audits SET rollup_tail = NULL').run();
    backend.close();
    const withoutTails = await firstDashboard();
    expect(withoutTails.reads).toBe(sites.length + 1);
    expect(withTails.dashboard).toEqual(withoutTails.dashboard);
  });

  it('take the wave from every fresh row, also when the cached audit stands', async () => {
    const { backend, ctx, client } = await setup();
    const [first] = loadClientAudits(ctx, client.id);
    expect(first!.waveId).toBeNull();
    const db = backend.database!.db;
    db.prepare(
      "INSERT INTO waves (id, client_id, name, starts_on, ends_on, created_at, updated_at) VALUES ('w1', ?, 'Spring', '2027-03-01', '2027-03-31', 't', 't')",
    ).run(client.id);
    // Moved to a wave without a new stamp (what the audit scores is unchanged): the same loaded audit, in its wave.
    db.prepare("UPDATE audits SET wave_id = 'w1' WHERE id = ?").run(first!.id);
    const [again] = loadClientAudits(ctx, client.id);
    expect(again).toBe(first);
    expect(again!.waveId).toBe('w1');
    backend.close();
  });
});
