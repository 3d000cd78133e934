import { beforeEach, describe, expect, it } from 'vitest';
import { createBackend, type Backend } from '../../electron/backend/backend';
import type { MethodInput, MethodName } from '../../shared/contract';
import type { AnswerValue } from '../../shared/domain/audit';
import { tempDir } from '../support/temp-dir';
import { testTemplate } from '../support/test-template';
import { dispatchOk, dispatchFailure } from '../support/dispatch';

let backend: Backend;
let now = new Date('2027-07-01T09:00:00Z');

const call = <M extends MethodName>(method: M, input: MethodInput<M>) => dispatchOk(backend, method, input);
const failure = (method: MethodName, input: unknown) => dispatchFailure(backend, method, input);

type Answers = [string, string, AnswerValue][];
const yes = (v: boolean): AnswerValue => ({ kind: 'yesno', value: v });

/** Every criterion of the test template answered; signage decides pass or fail of the sign. */
function answers(opts: { greeting: boolean; ease: number; sign: boolean }): Answers {
  return [
    ['website', 'price-shown', yes(true)],
    ['website', 'ease', { kind: 'scale', value: opts.ease }],
    ['branch', 'greeting', yes(opts.greeting)],
    ['branch', 'nps-like', { kind: 'scale', value: 10 }],
    ['branch', 'wait', { kind: 'option', optionId: 'short' }],
    ['branch', 'hours', { kind: 'na' }],
    ['signage', 'visible', yes(opts.sign)],
  ];
}

async function audit(clientId: string, templateId: string, title: string, site: string, date: string, given: Answers) {
  const a = await call('audits.create', { clientId, templateId, title, site, auditDate: date });
  for (const [touchpointId, criterionId, value] of given)
    await call('audits.setAnswer', { auditId: a.id, touchpointId, criterionId, value });
  return a;
}

beforeEach(() => {
  now = new Date('2027-07-01T09:00:00Z');
  backend = createBackend({ dataDir: tempDir('ja-insights-'), host: 'web', version: 'test', now: () => now });
});

describe('client dashboard', () => {
  it('says "no audits" for a new client instead of showing zeros', async () => {
    const client = await call('clients.create', { name: 'Empty' });
    const board = await call('insights.client', { clientId: client.id });
    expect(board).toMatchObject({
      auditCount: 0,
      latest: null,
      trends: [],
      sites: [],
      failingMoments: [],
      painPoints: [],
    });
  });

  it("refuses a client that is not there in words, and counts no one else's actions for it", async () => {
    const other = await call('clients.create', { name: 'Other' });
    await call('actions.create', { clientId: other.id, title: 'Fix the sign' });
    const error = await failure('insights.client', { clientId: '00000000-0000-4000-8000-000000000000' });
    expect(error.code).toBe('NOT_FOUND');
    expect(error.message).toMatch(
      /No client with id 00000000-0000-4000-8000-000000000000\. It may have been deleted\./,
    );
    expect(await call('insights.client', { clientId: other.id })).toMatchObject({ actions: { open: 1 } });
  });

  it('rolls up per site, lists failing moments of truth and pain points of the latest audits, and counts open and overdue actions', async () => {
    const client = await call('clients.create', { name: 'Cedar Bank' });
    const template = await call('templates.import', { fileName: 't.json', text: JSON.stringify(testTemplate()) });
    // Main St: the greeting fails (knock-out) in January and passes in June.
    await audit(
      client.id,
      template.id,
      'Main Jan',
      'Main St',
      '2027-01-10',
      answers({ greeting: false, ease: 3, sign: true }),
    );
    const mainJune = await audit(
      client.id,
      template.id,
      'Main Jun',
      'Main St',
      '2027-06-10',
      answers({ greeting: true, ease: 5, sign: true }),
    );
    // Airport: one audit, greeting fails.
    const airport = await audit(
      client.id,
      template.id,
      'Airport Mar',
      'Airport',
      '2027-03-05',
      answers({ greeting: false, ease: 1, sign: false }),
    );
    await call('audits.setRecord', {
      auditId: airport.id,
      touchpointId: 'branch',
      field: 'painPoints',
      value: 'Nobody at the desk for 6 minutes',
    });
    await call('audits.setRecord', { auditId: airport.id, touchpointId: 'branch', field: 'emotion', value: 1 });
    // Written in an audit that is no longer the site's latest: not shown.
    const mainJan = (await call('audits.list', { clientId: client.id })).find((a) => a.title === 'Main Jan')!;
    await call('audits.setRecord', {
      auditId: mainJan.id,
      touchpointId: 'website',
      field: 'painPoints',
      value: 'old complaint',
    });

    const board = await call('insights.client', { clientId: client.id });
    expect(board.auditCount).toBe(3);
    // Latest by date is Main Jun: website 3/3, branch (1 + 1 + 1)/3, signage 1/1 => 7/7 = 100%.
    expect(board.latest!.auditId).toBe(mainJune.id);
    expect(board.latest!.overall).toBeCloseTo(100, 6);
    // Its baseline is the previous audit of the same site, Main Jan: website (2 + 0.5)/3, branch knocked out 0/3, signage 1/1 => 3.5/7 = 50%.
    expect(board.latest!.previous).toMatchObject({ title: 'Main Jan' });
    expect(board.latest!.previous!.overall).toBeCloseTo(50, 6);
    expect(board.trends.map((tr) => tr.points.map((p) => p.label))).toEqual([['Main Jan', 'Airport Mar', 'Main Jun']]);
    // Airport: website (2 + 0)/3, branch knocked out 0/3, signage 0/1 => 2/7.
    expect(board.sites).toEqual([
      {
        siteId: expect.any(String),
        site: 'Main St',
        auditId: mainJune.id,
        auditDate: '2027-06-10',
        templateName: 'Test journey',
        overall: expect.closeTo(100, 6),
        change: expect.closeTo(50, 6),
        notComparable: null,
        previous: { auditId: mainJan.id, title: 'Main Jan', auditDate: '2027-01-10' },
        audits: 2,
        // Audits outside any wave: each is its own round of one, so no interval and "too few visits".
        stats: expect.objectContaining({
          interval: expect.objectContaining({ n: 1, status: 'one-visit', tooFew: true }),
          change: expect.objectContaining({ change: expect.closeTo(50, 6), verdict: 'no-interval' }),
          rankDependsOnMethod: false,
        }),
      },
      {
        siteId: expect.any(String),
        site: 'Airport',
        auditId: airport.id,
        auditDate: '2027-03-05',
        templateName: 'Test journey',
        overall: expect.closeTo((2 / 7) * 100, 6),
        change: null,
        notComparable: { reason: 'first-audit', otherTemplates: [] },
        previous: null,
        audits: 1,
        stats: expect.objectContaining({ change: expect.objectContaining({ change: null }) }),
      },
    ]);
    expect(board.failingMoments).toEqual([
      {
        auditId: airport.id,
        site: 'Airport',
        touchpointId: 'branch',
        name: 'Branch counter',
        stage: 'During',
        percent: 0,
        knockout: true,
      },
    ]);
    expect(board.painPoints).toEqual([
      {
        auditId: airport.id,
        site: 'Airport',
        touchpointId: 'branch',
        name: 'Branch counter',
        text: 'Nobody at the desk for 6 minutes',
        emotion: 1,
      },
    ]);
    // Latest audit's heat table: stages x kinds present.
    expect(board.latest!.heat).toEqual({
      stages: [
        { key: 'before', label: 'Before' },
        { key: 'during', label: 'During' },
      ],
      kinds: ['digital', 'human', 'physical'],
      cells: [
        [expect.closeTo(100, 6), null, null],
        [null, expect.closeTo(100, 6), expect.closeTo(100, 6)],
      ],
    });

    // Actions: one open and overdue, one in progress due later, one done and overdue (not counted).
    const base = { clientId: client.id, priority: 'high' as const };
    await call('actions.create', {
      ...base,
      title: 'Greet within 30 s',
      status: 'open',
      dueDate: '2027-06-01',
      touchpointId: 'branch',
    });
    await call('actions.create', {
      ...base,
      title: 'New sign',
      status: 'in_progress',
      dueDate: '2027-09-01',
      touchpointId: 'signage',
    });
    await call('actions.create', { ...base, title: 'Old', status: 'done', dueDate: '2027-01-01' });
    expect((await call('insights.client', { clientId: client.id })).actions).toEqual({
      open: 1,
      inProgress: 1,
      overdue: 1,
    });
  });

  it('shows a long history per month so no chart gets hundreds of points', async () => {
    const client = await call('clients.create', { name: 'Big' });
    const template = await call('templates.import', { fileName: 't.json', text: JSON.stringify(testTemplate()) });
    for (let i = 0; i < 62; i++) {
      const a = await call('audits.create', {
        clientId: client.id,
        templateId: template.id,
        title: `Visit ${i}`,
        site: `Site ${i % 5}`,
        auditDate: `2027-${String(1 + (i % 3)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`,
      });
      // Started (a draft nobody answered is left out of the figures), but only N/A so far.
      await call('audits.setAnswer', {
        auditId: a.id,
        touchpointId: 'branch',
        criterionId: 'hours',
        value: { kind: 'na' },
      });
    }
    const board = await call('insights.client', { clientId: client.id });
    expect(board.trends).toHaveLength(1);
    const trend = board.trends[0]!.points;
    expect(trend.map((p) => [p.label, p.audits])).toEqual([
      ['2027-01', 21],
      ['2027-02', 21],
      ['2027-03', 20],
    ]);
    // Nothing scored: "no score", not 0%.
    expect(trend.every((p) => p.overall === null)).toBe(true);
    expect(board.latest!.overall).toBeNull();
  });
});

describe('comparison, baselines and the closing loop', () => {
  it('compares two audits of one client, refuses audits of two clients, and follows a chosen baseline', async () => {
    const client = await call('clients.create', { name: 'Cedar Bank' });
    const template = await call('templates.import', { fileName: 't.json', text: JSON.stringify(testTemplate()) });
    const jan = await audit(
      client.id,
      template.id,
      'Jan',
      'Main St',
      '2027-01-10',
      answers({ greeting: false, ease: 3, sign: true }),
    );
    const mar = await audit(
      client.id,
      template.id,
      'Mar',
      'Main St',
      '2027-03-10',
      answers({ greeting: true, ease: 1, sign: true }),
    );
    const jun = await audit(
      client.id,
      template.id,
      'Jun',
      'Main St',
      '2027-06-10',
      answers({ greeting: true, ease: 5, sign: true }),
    );

    const view = await call('insights.compare', { baselineId: jan.id, followUpId: jun.id, threshold: 5 });
    expect(view.sameVersion).toBe(true);
    expect(view.overall.before).toBeCloseTo(50, 6);
    expect(view.overall.after).toBeCloseTo(100, 6);
    expect(view.heatBefore.cells[1]).toEqual([null, 0, expect.closeTo(100, 6)]);

    const other = await call('clients.create', { name: 'Other' });
    const foreign = await audit(other.id, template.id, 'Foreign', '', '2027-02-01', []);
    expect((await failure('insights.compare', { baselineId: jan.id, followUpId: foreign.id })).code).toBe('VALIDATION');
    expect((await failure('insights.compare', { baselineId: jan.id, followUpId: jan.id })).code).toBe('VALIDATION');
    expect((await failure('audits.setBaseline', { id: jun.id, baselineId: foreign.id })).code).toBe('VALIDATION');

    // The loop: an action on the branch, done.
    await call('actions.create', {
      clientId: client.id,
      title: 'Greet every customer',
      priority: 'high',
      status: 'done',
      touchpointId: 'branch',
      auditId: jan.id,
    });
    // Default baseline of June = the latest earlier audit (March): website (2 + 0)/3 -> (2 + 1)/3, +33.3 pts.
    let moved = await call('insights.movement', { auditId: jun.id });
    expect(moved.baseline).toMatchObject({ auditId: mar.id });
    expect(moved.touchpoints.find((t) => t.touchpointId === 'website')).toMatchObject({
      before: expect.closeTo(200 / 3, 6),
      after: expect.closeTo(100, 6),
      movement: 'improved',
    });
    expect(moved.touchpoints.find((t) => t.touchpointId === 'branch')).toMatchObject({
      before: expect.closeTo(100, 6),
      after: expect.closeTo(100, 6),
      movement: 'unchanged',
      actions: 1,
      actionsDone: 1,
    });
    // Chosen baseline: January, where the branch was knocked out.
    await call('audits.setBaseline', { id: jun.id, baselineId: jan.id });
    moved = await call('insights.movement', { auditId: jun.id });
    expect(moved.baseline).toMatchObject({ auditId: jan.id });
    expect(moved.touchpoints.find((t) => t.touchpointId === 'branch')).toMatchObject({
      before: 0,
      after: expect.closeTo(100, 6),
      movement: 'improved',
      actions: 1,
    });
    // The first audit has nothing before it.
    expect(await call('insights.movement', { auditId: jan.id })).toEqual({ baseline: null, touchpoints: [] });
  });

  it('sees an answer changed after the last read (no stale cached score)', async () => {
    const client = await call('clients.create', { name: 'Cedar Bank' });
    const template = await call('templates.import', { fileName: 't.json', text: JSON.stringify(testTemplate()) });
    const a = await audit(
      client.id,
      template.id,
      'Only',
      'Main St',
      '2027-01-10',
      answers({ greeting: true, ease: 5, sign: true }),
    );
    expect((await call('insights.client', { clientId: client.id })).latest!.overall).toBeCloseTo(100, 6);
    // Same clock reading as the previous write: the cache must still notice.
    await call('audits.setAnswer', {
      auditId: a.id,
      touchpointId: 'signage',
      criterionId: 'visible',
      value: yes(false),
    });
    expect((await call('insights.client', { clientId: client.id })).latest!.overall).toBeCloseTo((6 / 7) * 100, 6);
    await call('audits.undo', { auditId: a.id });
    expect((await call('insights.client', { clientId: client.id })).latest!.overall).toBeCloseTo(100, 6);
  });
});
