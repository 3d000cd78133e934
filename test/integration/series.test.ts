import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createBackend, type Backend } from '../../electron/backend/backend';
import { MIGRATIONS } from '../../electron/backend/db/migrations';
import { openDatabase } from '../../electron/backend/db/open-database';
import type { MethodInput, MethodName } from '../../shared/contract';
import type { AnswerValue } from '../../shared/domain/audit';
import { tempDir } from '../support/temp-dir';
import { testTemplate } from '../support/test-template';
import { dispatchFailure, dispatchOk } from '../support/dispatch';

/** Screens that mislead: trends per comparable series, one site registry, honest "not comparable", counts without drafts and tests. */
let backend: Backend;
const now = new Date('2027-07-01T09:00:00Z');
const call = <M extends MethodName>(method: M, input: MethodInput<M>) => dispatchOk(backend, method, input);

beforeEach(() => {
  backend = createBackend({ dataDir: tempDir('ja-series-'), host: 'web', version: 'test', now: () => now });
});
afterEach(() => backend.close());

const yes = (v: boolean): AnswerValue => ({ kind: 'yesno', value: v });
/** Signage is one yes/no criterion worth 1: answering only it gives 100% or 0%. */
async function scored(id: string, sign: boolean) {
  await call('audits.setAnswer', { auditId: id, touchpointId: 'signage', criterionId: 'visible', value: yes(sign) });
}

async function setup() {
  const client = await call('clients.create', { name: 'Cedar Bank' });
  const t1 = await call('templates.import', { fileName: 'a.json', text: JSON.stringify(testTemplate()) });
  const t2 = await call('templates.import', {
    fileName: 'b.json',
    text: JSON.stringify(testTemplate({ name: 'Branch check' })),
  });
  return { client, t1, t2 };
}

describe('client dashboard series', () => {
  it('draws one trend per template for walkthroughs and per template and site for visits', async () => {
    const { client, t1, t2 } = await setup();
    const walk = (templateId: string, title: string, date: string) =>
      call('audits.create', { clientId: client.id, templateId, title, site: 'Main St', auditDate: date });
    const w1 = await walk(t1.id, 'Walk Jan', '2027-01-10');
    await scored(w1.id, true);
    const w2 = await walk(t2.id, 'Check Feb', '2027-02-10');
    await scored(w2.id, false);
    const w3 = await walk(t1.id, 'Walk Jun', '2027-06-10');
    await scored(w3.id, false);
    const north = await call('sites.create', { clientId: client.id, name: 'North' });
    const south = await call('sites.create', { clientId: client.id, name: 'South' });
    for (const [title, site, date, sign] of [
      ['V north 1', north.id, '2027-03-01', true],
      ['V south 1', south.id, '2027-03-02', false],
      ['V north 2', north.id, '2027-04-01', false],
    ] as const) {
      const v = await call('audits.create', {
        clientId: client.id,
        templateId: t1.id,
        title,
        auditType: 'mystery-shop',
        auditDate: date,
      });
      await call('visits.update', { auditId: v.id, changes: { siteId: site } });
      await scored(v.id, sign);
    }
    const board = await call('insights.client', { clientId: client.id });
    expect(
      board.trends.map((t) => [t.templateName, t.auditType, t.site, t.points.map((p) => [p.label, p.overall])]),
    ).toEqual([
      [
        'Test journey',
        'walkthrough',
        null,
        [
          ['Walk Jan', 100],
          ['Walk Jun', 0],
        ],
      ],
      ['Branch check', 'walkthrough', null, [['Check Feb', 0]]],
      [
        'Test journey',
        'mystery-shop',
        'North',
        [
          ['V north 1', 100],
          ['V north 2', 0],
        ],
      ],
      ['Test journey', 'mystery-shop', 'South', [['V south 1', 0]]],
    ]);
  });

  it('compares a site with its previous audit on the same template, and says why when it cannot', async () => {
    const { client, t1, t2 } = await setup();
    const base = await call('audits.create', {
      clientId: client.id,
      templateId: t1.id,
      title: 'Baseline',
      site: 'Main St',
      auditDate: '2027-01-10',
    });
    await scored(base.id, false);
    // Another template at the same site in between: not what the follow-up is compared with.
    const other = await call('audits.create', {
      clientId: client.id,
      templateId: t2.id,
      title: 'Other check',
      site: 'MAIN ST ',
      auditDate: '2027-03-10',
    });
    await scored(other.id, true);
    // Typed differently, still the same registry site.
    const follow = await call('audits.create', {
      clientId: client.id,
      templateId: t1.id,
      title: 'Follow-up',
      site: 'main st',
      auditDate: '2027-06-10',
    });
    expect(follow.site).toBe('Main St');
    await scored(follow.id, true);
    // Airport: only another template before its latest audit.
    const a1 = await call('audits.create', {
      clientId: client.id,
      templateId: t2.id,
      title: 'Airport check',
      site: 'Airport',
      auditDate: '2027-02-01',
    });
    await scored(a1.id, true);
    const a2 = await call('audits.create', {
      clientId: client.id,
      templateId: t1.id,
      title: 'Airport walk',
      site: 'Airport',
      auditDate: '2027-05-01',
    });
    await scored(a2.id, true);

    const board = await call('insights.client', { clientId: client.id });
    expect(board.sites.map((s) => [s.site, s.audits, s.change, s.notComparable, s.previous?.title ?? null])).toEqual([
      ['Main St', 3, 100, null, 'Baseline'],
      ['Airport', 2, null, { reason: 'other-template', otherTemplates: ['Branch check'] }, null],
    ]);

    // The latest audit started but with only N/A so far: no score yet, said so.
    const f2 = await call('audits.create', {
      clientId: client.id,
      templateId: t1.id,
      title: 'Follow-up 2',
      site: 'Main St',
      auditDate: '2027-06-20',
    });
    await call('audits.setAnswer', {
      auditId: f2.id,
      touchpointId: 'branch',
      criterionId: 'hours',
      value: { kind: 'na' },
    });
    const again = await call('insights.client', { clientId: client.id });
    expect(again.sites[0]).toMatchObject({ site: 'Main St', change: null, notComparable: { reason: 'no-score' } });
  });

  it('leaves drafts nobody answered and test audits out of every count', async () => {
    const { client, t1 } = await setup();
    const make = (title: string, date: string, isTest = false) =>
      call('audits.create', {
        clientId: client.id,
        templateId: t1.id,
        title,
        site: 'Main St',
        auditDate: date,
        isTest,
      });
    const real = await make('Real', '2027-01-10');
    await scored(real.id, true);
    await make('Draft', '2027-02-10');
    const practice = await make('Practice', '2027-03-10', true);
    await scored(practice.id, false);
    const board = await call('insights.client', { clientId: client.id });
    expect(board.auditCount).toBe(1);
    expect(board.leftOut).toEqual({ drafts: 1, tests: 1 });
    expect(board.latest!.auditId).toBe(real.id);
    expect(board.trends.flatMap((t) => t.points.map((p) => p.label))).toEqual(['Real']);
    expect(board.sites).toMatchObject([{ site: 'Main St', audits: 1, overall: 100 }]);
    // Marked as a real audit later, it counts.
    await call('audits.update', { id: practice.id, changes: { isTest: false } });
    expect((await call('insights.client', { clientId: client.id })).auditCount).toBe(2);
  });
});

describe('one site registry', () => {
  it('a walkthrough site and a mystery-shop site of the same name are one site', async () => {
    const { client, t1 } = await setup();
    const walk = await call('audits.create', {
      clientId: client.id,
      templateId: t1.id,
      title: 'Walk',
      site: 'Cluj Center',
      auditDate: '2027-01-10',
    });
    await scored(walk.id, true);
    const sites = await call('sites.list', { clientId: client.id });
    expect(sites.map((s) => [s.name, s.visits])).toEqual([['Cluj Center', 1]]);
    const visit = await call('audits.create', {
      clientId: client.id,
      templateId: t1.id,
      title: 'Visit',
      auditType: 'mystery-shop',
      auditDate: '2027-02-10',
    });
    await call('visits.update', { auditId: visit.id, changes: { siteId: sites[0]!.id } });
    await scored(visit.id, false);
    const board = await call('insights.client', { clientId: client.id });
    expect(board.sites.map((s) => [s.siteId, s.site, s.audits])).toEqual([[sites[0]!.id, 'Cluj Center', 2]]);
    // Renaming the registry site renames it on every audit.
    await call('sites.update', { id: sites[0]!.id, changes: { name: 'Cluj Centre' } });
    expect((await call('audits.get', { id: walk.id })).site).toBe('Cluj Centre');
    expect((await call('audits.list', { clientId: client.id })).map((a) => [a.site, a.siteId])).toEqual([
      ['Cluj Centre', sites[0]!.id],
      ['Cluj Centre', sites[0]!.id],
    ]);
  });

  it('the site-registry migration links existing free-text sites to registry sites by name, per client', () => {
    const file = path.join(tempDir('ja-mig6-'), 'journey-audit.sqlite');
    const index = MIGRATIONS.findIndex((m) => m.name.startsWith('one site registry'));
    const old = openDatabase(file, { migrations: MIGRATIONS.slice(0, index) });
    const db = old.db;
    const at = '2027-01-01T00:00:00.000Z';
    for (const c of ['c1', 'c2'])
      db.prepare('INSERT INTO clients (id, name, created_at, updated_at) VALUES (?, ?, ?, ?)').run(c, c, at, at);
    db.prepare(
      "INSERT INTO templates (id, language, name, definition_json, created_at, updated_at) VALUES ('t', 'en', 'T', '{}', ?, ?)",
    ).run(at, at);
    db.prepare(
      "INSERT INTO template_versions (id, template_id, version, definition_json, created_at) VALUES ('tv', 't', 1, '{}', ?)",
    ).run(at);
    db.prepare(
      "INSERT INTO sites (id, client_id, name, created_at, updated_at) VALUES ('00000000-0000-4000-8000-00000000a1a1', 'c1', 'Airport', ?, ?)",
    ).run(at, at);
    const audit = db.prepare(
      `INSERT INTO audits (id, client_id, template_version_id, title, site, site_id, audit_type, audit_date, scope_json, status, created_at, updated_at)
       VALUES (?, ?, 'tv', ?, ?, ?, ?, '2027-01-01', '{}', 'draft', ?, ?)`,
    );
    audit.run('a1', 'c1', 'one', 'Main St', null, 'walkthrough', at, at);
    audit.run('a2', 'c1', 'two', ' main st', null, 'walkthrough', at, at);
    audit.run('a3', 'c1', 'three', 'airport', null, 'walkthrough', at, at);
    audit.run('a4', 'c1', 'four', '', null, 'walkthrough', at, at);
    audit.run('a5', 'c2', 'five', 'Main St', null, 'walkthrough', at, at);
    audit.run('a6', 'c1', 'six', '', '00000000-0000-4000-8000-00000000a1a1', 'mystery-shop', at, at);
    db.close();

    const opened = openDatabase(file);
    const after = opened.db;
    const rows = after
      .prepare(
        'SELECT a.id, a.site, a.site_id, a.is_test, s.client_id AS site_client FROM audits a LEFT JOIN sites s ON s.id = a.site_id ORDER BY a.id',
      )
      .all() as { id: string; site: string; site_id: string | null; is_test: number; site_client: string | null }[];
    const byId = Object.fromEntries(rows.map((r) => [r.id, r]));
    expect(byId.a1!.site_id).toBe(byId.a2!.site_id);
    expect([byId.a1!.site, byId.a2!.site]).toEqual(['Main St', 'Main St']);
    expect(byId.a3).toMatchObject({ site: 'Airport', site_id: '00000000-0000-4000-8000-00000000a1a1' });
    expect(byId.a4).toMatchObject({ site: '', site_id: null });
    expect(byId.a5!.site_client).toBe('c2');
    expect(byId.a5!.site_id).not.toBe(byId.a1!.site_id);
    expect(byId.a6).toMatchObject({ site: 'Airport', site_id: '00000000-0000-4000-8000-00000000a1a1' });
    expect(rows.every((r) => r.is_test === 0)).toBe(true);
    const sites = after.prepare('SELECT id, client_id, name FROM sites ORDER BY client_id, name').all() as {
      id: string;
      client_id: string;
      name: string;
    }[];
    expect(sites.map((s) => [s.client_id, s.name])).toEqual([
      ['c1', 'Airport'],
      ['c1', 'Main St'],
      ['c2', 'Main St'],
    ]);
    // New ids are UUIDs, as every API input checks.
    for (const s of sites)
      expect(s.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    after.close();
  });
});

describe('deleting an audit', () => {
  it('is refused once the visit was reviewed', async () => {
    const { client, t1 } = await setup();
    const v = await call('audits.create', {
      clientId: client.id,
      templateId: t1.id,
      title: 'Visit',
      auditType: 'mystery-shop',
      auditDate: '2027-02-10',
    });
    const all: [string, string, AnswerValue][] = [
      ['website', 'price-shown', yes(true)],
      ['website', 'ease', { kind: 'scale', value: 4 }],
      ['branch', 'greeting', yes(true)],
      ['branch', 'nps-like', { kind: 'scale', value: 9 }],
      ['branch', 'wait', { kind: 'option', optionId: 'short' }],
      ['branch', 'hours', { kind: 'na' }],
      ['signage', 'visible', yes(true)],
    ];
    for (const [touchpointId, criterionId, value] of all)
      await call('audits.setAnswer', { auditId: v.id, touchpointId, criterionId, value });
    await call('audits.complete', { id: v.id });
    await call('visits.review', { auditId: v.id, decision: 'reviewed', comment: '' });
    const refused = await dispatchFailure(backend, 'audits.delete', { id: v.id });
    expect(refused.code).toBe('AUDIT_COMPLETE');
    expect((await call('audits.list', { clientId: client.id })).map((a) => a.id)).toEqual([v.id]);
  });
});
