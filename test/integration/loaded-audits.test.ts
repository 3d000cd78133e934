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
  it('are read with every column of the audits table but the stored roll-up itself', async () => {
    const { backend } = await setup();
    const columns = backend
      .database!.db.prepare("SELECT name FROM pragma_table_info('audits')")
      .pluck()
      .all() as string[];
    // A column added by a migration must be added to the list too, or loaded audits silently lack it.
    expect([...LOADED_AUDIT_COLUMNS].sort()).toEqual(columns.filter((c) => c !== 'rollup_json').sort());
    backend.close();
  });

  it("ask only whether a roll-up is stored: SQLite reads its type, not the text's overflow pages", async () => {
    const { backend } = await setup();
    const db = backend.database!.db;
    const cid = db
      .prepare("SELECT cid FROM pragma_table_info('audits') WHERE name = 'rollup_json'")
      .pluck()
      .get() as number;
    const plan = db.prepare(`EXPLAIN SELECT ${LOADED_COLUMNS} FROM ${LOADED_FROM}`).all() as {
      opcode: string;
      p1: number;
      p2: number;
      p3: number;
      p5: number;
    }[];
    // The audits table's cursor (OpenRead of its root page); its rollup_json column must be read with
    // OPFLAG_TYPEOFARG (0x80: the value's type only), as typeof() asks for, never whole.
    const root = db
      .prepare("SELECT rootpage FROM sqlite_schema WHERE type = 'table' AND name = 'audits'")
      .pluck()
      .get();
    const audits = plan.find((op) => op.opcode === 'OpenRead' && op.p2 === root)!.p1;
    const reads = plan.filter((op) => op.opcode === 'Column' && op.p1 === audits && op.p2 === cid);
    expect(reads.length).toBeGreaterThan(0);
    for (const op of reads) expect(op.p5 & 0x80).toBe(0x80);
    backend.close();
  });

  it("find each audit's last change in the trail's index alone, never reading the changes themselves", async () => {
    const { backend } = await setup();
    const plan = (
      backend.database!.db.prepare(`EXPLAIN QUERY PLAN SELECT ${LOADED_COLUMNS} FROM ${LOADED_FROM}`).all() as {
        detail: string;
      }[]
    ).map((row) => row.detail);
    // A column of the changes beside seq (once, the sum of their undo marks) makes this a read of every change of
    // every audit loaded: 22 ms a dashboard of 200 audits with 960 changes each.
    expect(plan.filter((d) => / c /.test(` ${d} `) || d.includes('audit_changes'))).toEqual([
      'SEARCH c USING COVERING INDEX audit_changes_by_audit (audit_id=?)',
    ]);
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
