import { beforeEach, describe, expect, it } from 'vitest';
import { createBackend, type Backend } from '../../electron/backend/backend';
import type { MethodInput, MethodName } from '../../shared/contract';
import { tempDir } from '../support/temp-dir';
import { testTemplate } from '../support/test-template';
import { dispatchOk, dispatchFailure } from '../support/dispatch';
import { scoreWithOtherMethod } from '../../shared/scoring/explain-score';

let backend: Backend;
let now = Date.parse('2027-02-03T10:00:00.000Z');

const call = <M extends MethodName>(method: M, input: MethodInput<M>) => dispatchOk(backend, method, input);
const failure = (method: MethodName, input: unknown) => dispatchFailure(backend, method, input);

/** Every criterion of the test template answered: all passes, or one fail on "greeting". */
async function answerAll(auditId: string, failGreeting: boolean) {
  const yes = { kind: 'yesno', value: true } as const;
  await call('audits.setAnswer', { auditId, touchpointId: 'website', criterionId: 'price-shown', value: yes });
  await call('audits.setAnswer', {
    auditId,
    touchpointId: 'website',
    criterionId: 'ease',
    value: { kind: 'scale', value: 5 },
  });
  await call('audits.setAnswer', {
    auditId,
    touchpointId: 'branch',
    criterionId: 'greeting',
    value: failGreeting ? { kind: 'yesno', value: false } : yes,
  });
  await call('audits.setAnswer', {
    auditId,
    touchpointId: 'branch',
    criterionId: 'nps-like',
    value: { kind: 'scale', value: 8 },
  });
  await call('audits.setAnswer', {
    auditId,
    touchpointId: 'branch',
    criterionId: 'wait',
    value: { kind: 'option', optionId: 'short' },
  });
  await call('audits.setAnswer', { auditId, touchpointId: 'branch', criterionId: 'hours', value: { kind: 'na' } });
  await call('audits.setAnswer', { auditId, touchpointId: 'signage', criterionId: 'visible', value: yes });
}

async function setup(failRequiresComment = true) {
  const client = await call('clients.create', { name: 'Cedar Bank' });
  const template = await call('templates.import', {
    fileName: 't.json',
    text: JSON.stringify(testTemplate({ failRequiresComment })),
  });
  const north = await call('sites.create', {
    clientId: client.id,
    name: 'North branch',
    address: '1 Hill Rd',
    region: 'North',
  });
  const south = await call('sites.create', { clientId: client.id, name: 'South branch', region: 'South' });
  const q1 = await call('waves.create', {
    clientId: client.id,
    name: 'Q1 2027',
    startsOn: '2027-01-01',
    endsOn: '2027-03-31',
  });
  const q2 = await call('waves.create', {
    clientId: client.id,
    name: 'Q2 2027',
    startsOn: '2027-04-01',
    endsOn: '2027-06-30',
  });
  const visit = async (title: string, siteId: string, waveId: string, shopper = 'Rania') => {
    const audit = await call('audits.create', {
      clientId: client.id,
      templateId: template.id,
      title,
      auditType: 'mystery-shop',
      auditDate: '2027-02-03',
    });
    await call('visits.update', {
      auditId: audit.id,
      changes: { siteId, waveId, shopper, scenario: 'Open a savings account' },
    });
    return audit;
  };
  return { client, template, north, south, q1, q2, visit };
}

beforeEach(() => {
  now = Date.parse('2027-02-03T10:00:00.000Z');
  backend = createBackend({
    dataDir: tempDir('ja-visits-'),
    host: 'web',
    version: 'test',
    now: () => new Date((now += 1000)),
  });
});

describe('sites and waves', () => {
  it('creates, lists and updates sites and waves per client, in time order', async () => {
    const { client, north, q1, q2 } = await setup();
    expect(north).toMatchObject({
      name: 'North branch',
      address: '1 Hill Rd',
      region: 'North',
      visits: 0,
      clientId: client.id,
    });
    const renamed = await call('sites.update', { id: north.id, changes: { name: 'North branch (Hill Rd)' } });
    expect(renamed).toMatchObject({ name: 'North branch (Hill Rd)', region: 'North' });
    expect((await call('sites.list', { clientId: client.id })).map((s) => s.region)).toEqual(['North', 'South']);
    const early = await call('waves.create', { clientId: client.id, name: 'Pilot', startsOn: '2026-11-01' });
    expect((await call('waves.list', { clientId: client.id })).map((w) => w.name)).toEqual([
      'Pilot',
      'Q1 2027',
      'Q2 2027',
    ]);
    expect(await call('waves.update', { id: early.id, changes: { name: 'Pilot 2026' } })).toMatchObject({
      name: 'Pilot 2026',
      startsOn: '2026-11-01',
      endsOn: null,
    });
    expect((await failure('waves.update', { id: q1.id, changes: { endsOn: '2026-12-01' } })).code).toBe('VALIDATION');
    expect((await failure('sites.create', { clientId: client.id, name: '   ' })).code).toBe('VALIDATION');
    expect(q2.startsOn).toBe('2027-04-01');
  });
});

describe('a visit', () => {
  it('keeps its fields and one-tap moments in AuditDetail, with durations', async () => {
    const { north, q1, visit, south, client } = await setup();
    const audit = await visit('Visit 1', north.id, q1.id);
    expect(audit.visit.timestamps).toEqual({});
    const stamped = await call('visits.stamp', {
      auditId: audit.id,
      moment: 'entered',
      at: '2027-02-03T10:00:00.000Z',
    });
    expect(stamped.visit.startedAt).toBe('2027-02-03T10:00:00.000Z');
    await call('visits.stamp', { auditId: audit.id, moment: 'greeted', at: '2027-02-03T10:03:20.000Z' });
    await call('visits.stamp', { auditId: audit.id, moment: 'served', at: '2027-02-03T10:10:00.000Z' });
    const left = await call('visits.stamp', { auditId: audit.id, moment: 'left', at: '2027-02-03T10:15:00.000Z' });
    expect(left.visit.durations).toEqual({ waitingSeconds: 200, serviceSeconds: 400, totalSeconds: 900 });
    expect(left.visit.endedAt).toBe('2027-02-03T10:15:00.000Z');
    const cleared = await call('visits.stamp', { auditId: audit.id, moment: 'greeted', at: null });
    expect(cleared.visit.durations).toEqual({ waitingSeconds: null, serviceSeconds: null, totalSeconds: 900 });
    await call('visits.update', {
      auditId: audit.id,
      changes: { plannedDate: '2027-02-01', startedAt: '2027-02-03T09:59:00.000Z', scenario: 'اسأل عن حساب توفير' },
    });
    const detail = await call('audits.get', { id: audit.id });
    expect(detail.status).toBe('in_progress');
    expect(detail.site).toBe('North branch');
    expect(detail.visit).toMatchObject({
      siteId: north.id,
      siteName: 'North branch',
      siteRegion: 'North',
      waveId: q1.id,
      waveName: 'Q1 2027',
      scenario: 'اسأل عن حساب توفير',
      shopper: 'Rania',
      plannedDate: '2027-02-01',
      startedAt: '2027-02-03T09:59:00.000Z',
      timestamps: {
        entered: '2027-02-03T10:00:00.000Z',
        served: '2027-02-03T10:10:00.000Z',
        left: '2027-02-03T10:15:00.000Z',
      },
      review: { status: 'none', comment: '', at: null },
    });
    expect((await call('sites.list', { clientId: client.id })).find((s) => s.id === north.id)?.visits).toBe(1);
    // A visit that ends before it starts is refused, whichever of the two times is moved (compared as instants).
    const backwards = await failure('visits.update', {
      auditId: audit.id,
      changes: { startedAt: '2027-02-03T12:00:00.000Z', endedAt: '2027-02-03T13:30:00+02:00' },
    });
    expect(backwards).toMatchObject({ code: 'VALIDATION', message: 'A visit cannot end before it starts.' });
    const set = await call('visits.update', {
      auditId: audit.id,
      changes: { startedAt: '2027-02-03T12:00:00.000Z', endedAt: '2027-02-03T14:30:00+02:00' },
    });
    expect(set.visit).toMatchObject({ startedAt: '2027-02-03T12:00:00.000Z' });
    expect(
      (await failure('visits.update', { auditId: audit.id, changes: { startedAt: '2027-02-03T13:00:00.000Z' } }))
        .issues,
    ).toEqual([{ field: 'startedAt', rule: 'invalid' }]);
    await call('visits.update', { auditId: audit.id, changes: { startedAt: null, endedAt: null } });
    // Site and wave of another client, and a walkthrough audit, are refused.
    const other = await call('clients.create', { name: 'Other' });
    const foreign = await call('sites.create', { clientId: other.id, name: 'Elsewhere' });
    expect((await failure('visits.update', { auditId: audit.id, changes: { siteId: foreign.id } })).code).toBe(
      'VALIDATION',
    );
    const walkthrough = await call('audits.create', {
      clientId: client.id,
      templateId: detail.templateId,
      title: 'Walk',
      auditDate: '2027-02-03',
    });
    expect((await failure('visits.stamp', { auditId: walkthrough.id, moment: 'entered', at: null })).code).toBe(
      'NOT_ALLOWED',
    );
    expect((await failure('visits.stamp', { auditId: audit.id, moment: 'nope' as 'entered', at: null })).code).toBe(
      'VALIDATION',
    );
    expect(south.visits).toBe(0);
  });

  it('needs a comment on every fail before completing, when the template asks for it', async () => {
    const { north, q1, visit } = await setup(true);
    const audit = await visit('Visit 1', north.id, q1.id);
    await answerAll(audit.id, true);
    const blocked = await failure('audits.complete', { id: audit.id });
    expect(blocked.code).toBe('AUDIT_INCOMPLETE');
    expect(blocked.message).toContain('Greeted within 30 seconds?');
    expect(blocked.issues).toEqual([{ field: 'branch.greeting.note', rule: 'required' }]);
    await call('audits.setNote', {
      auditId: audit.id,
      touchpointId: 'branch',
      criterionId: 'greeting',
      note: 'Nobody looked up for 4 minutes.',
    });
    expect((await call('audits.complete', { id: audit.id })).status).toBe('complete');
  });

  it('completes with an uncommented fail when the template does not ask for comments', async () => {
    const { north, q1, visit } = await setup(false);
    const audit = await visit('Visit 1', north.id, q1.id);
    await answerAll(audit.id, true);
    expect((await call('audits.complete', { id: audit.id })).status).toBe('complete');
  });

  it('is reviewed only when complete; returned reopens it with the comment; reviewed locks every write', async () => {
    const { north, q1, visit } = await setup(false);
    const audit = await visit('Visit 1', north.id, q1.id);
    expect((await failure('visits.review', { auditId: audit.id, decision: 'reviewed', comment: '' })).code).toBe(
      'NOT_ALLOWED',
    );
    await answerAll(audit.id, false);
    await call('audits.complete', { id: audit.id });
    expect((await failure('visits.review', { auditId: audit.id, decision: 'returned', comment: '  ' })).code).toBe(
      'VALIDATION',
    );
    const returned = await call('visits.review', {
      auditId: audit.id,
      decision: 'returned',
      comment: 'Add the photo of the queue.',
    });
    expect(returned.status).toBe('in_progress');
    expect(returned.visit.review).toMatchObject({ status: 'returned', comment: 'Add the photo of the queue.' });
    expect(returned.reopenings.map((r) => r.reason)).toEqual(['Add the photo of the queue.']);
    await call('audits.setNote', {
      auditId: audit.id,
      touchpointId: 'website',
      criterionId: 'ease',
      note: 'photo added',
    });
    await call('audits.complete', { id: audit.id });
    const reviewed = await call('visits.review', { auditId: audit.id, decision: 'reviewed', comment: 'Good' });
    expect(reviewed.visit.review).toMatchObject({ status: 'reviewed', comment: 'Good' });
    expect(reviewed.visit.review.at).not.toBeNull();

    const refusals = await Promise.all([
      failure('audits.setAnswer', { auditId: audit.id, touchpointId: 'website', criterionId: 'ease', value: null }),
      failure('audits.setNote', { auditId: audit.id, touchpointId: 'website', criterionId: 'ease', note: 'x' }),
      failure('audits.setRecord', { auditId: audit.id, touchpointId: 'website', field: 'worked', value: 'x' }),
      failure('audits.update', { id: audit.id, changes: { title: 'x' } }),
      failure('audits.reopen', { id: audit.id, reason: 'typo' }),
      failure('audits.undo', { auditId: audit.id }),
      failure('metrics.set', { auditId: audit.id, inputs: {} }),
      failure('evidence.add', { auditId: audit.id, touchpointId: 'website', fileName: 'a.png', dataBase64: 'AAAA' }),
      failure('visits.stamp', { auditId: audit.id, moment: 'paid', at: '2027-02-03T10:12:00.000Z' }),
      failure('visits.update', { auditId: audit.id, changes: { shopper: 'x' } }),
      failure('visits.review', { auditId: audit.id, decision: 'returned', comment: 'again' }),
    ]);
    for (const error of refusals) {
      expect(error.code).toBe('AUDIT_COMPLETE');
      expect(error.message).toContain('reviewed');
    }
    expect((await call('audits.get', { id: audit.id })).status).toBe('complete');
  });
});

describe('the wave view', () => {
  it('ranks sites by score, with change since the previous wave, trend, counts, filters and options', async () => {
    const { north, south, q1, q2, visit } = await setup(false);
    // Q1: north all passes, south with the greeting failed (a knock-out on the branch).
    const n1 = await visit('N1', north.id, q1.id);
    await answerAll(n1.id, false);
    await call('audits.complete', { id: n1.id });
    const s1 = await visit('S1', south.id, q1.id, 'Mihai');
    await answerAll(s1.id, true);
    await call('audits.complete', { id: s1.id });
    // Q2: south recovers; north has one complete and one in progress visit (which does not count).
    const s2 = await visit('S2', south.id, q2.id, 'Mihai');
    await answerAll(s2.id, false);
    await call('audits.complete', { id: s2.id });
    const n2 = await visit('N2', north.id, q2.id);
    await answerAll(n2.id, true);
    await call('audits.complete', { id: n2.id });
    await visit('N2b', north.id, q2.id);

    const q1View = await call('waves.view', { waveId: q1.id });
    const s1Score = q1View.sites.find((s) => s.siteId === south.id)!.score!;
    expect(q1View.previousWave).toBeNull();
    expect(q1View.sites.map((s) => [s.siteName, s.rank, s.change])).toEqual([
      ['North branch', 1, null],
      ['South branch', 2, null],
    ]);
    const top = q1View.sites[0]!.score!;
    expect(top).toBeCloseTo(97.14, 2);
    expect(s1Score).toBeLessThan(top);

    const view = await call('waves.view', { waveId: q2.id });
    expect(view.previousWave?.name).toBe('Q1 2027');
    expect(view.waves.map((w) => w.name)).toEqual(['Q1 2027', 'Q2 2027']);
    const south2 = view.sites.find((s) => s.siteId === south.id)!;
    const north2 = view.sites.find((s) => s.siteId === north.id)!;
    expect(south2).toMatchObject({
      rank: 1,
      score: top,
      previousScore: s1Score,
      visits: 1,
      completedVisits: 1,
      region: 'South',
    });
    expect(south2.change).toBeCloseTo(top - s1Score, 6);
    expect(south2.trend).toEqual([s1Score, top]);
    expect(north2).toMatchObject({ rank: 2, visits: 2, completedVisits: 1, previousScore: top });
    expect(north2.change).toBeCloseTo(s1Score - top, 6);
    // Statistics: one completed visit per site and wave: no interval, too few visits (default minimum 3),
    // the change is shown but cannot be judged; two sites are too few for quartile bands.
    expect(view.statistics).toEqual({ minVisits: 3, method: 'pooled', bands: null });
    expect(north2.stats.interval).toMatchObject({ n: 1, mean: north2.score, status: 'one-visit', tooFew: true });
    expect(north2.stats.change).toMatchObject({ verdict: 'no-interval', low: null });
    expect(north2.stats.change.change).toBeCloseTo(s1Score - top, 6);
    expect(view.options).toEqual({
      regions: ['North', 'South'],
      scenarios: ['Open a savings account'],
      shoppers: ['Mihai', 'Rania'],
    });
    expect(view.visits.map((v) => v.title).sort()).toEqual(['N2', 'N2b', 'S2']);

    const northOnly = await call('waves.view', { waveId: q2.id, region: 'North' });
    expect(northOnly.sites.map((s) => [s.siteName, s.rank])).toEqual([['North branch', 1]]);
    expect(northOnly.options.regions).toEqual(['North', 'South']);
    const mihai = await call('waves.view', { waveId: q2.id, shopper: 'Mihai' });
    expect(mihai.visits.map((v) => v.title)).toEqual(['S2']);
    expect((await call('waves.view', { waveId: q2.id, scenario: 'nothing like it' })).sites).toEqual([]);
  });

  it("reads every visit at once: each visit's tapped moments and durations, the other method's score from the visits themselves", async () => {
    const { north, q1, q2, visit } = await setup(false);
    const stamp = async (
      auditId: string,
      times: Partial<Record<'entered' | 'greeted' | 'served' | 'left', string>>,
    ) => {
      for (const [moment, at] of Object.entries(times))
        await call('visits.stamp', { auditId, moment: moment as 'entered', at: `2027-02-03T${at}.000Z` });
    };
    const earlier = await visit('Earlier', north.id, q1.id);
    await stamp(earlier.id, { entered: '09:00:00', greeted: '09:30:00', served: '09:40:00', left: '10:00:00' });
    await answerAll(earlier.id, false);
    await call('audits.complete', { id: earlier.id });
    const a = await visit('A', north.id, q2.id);
    await stamp(a.id, { entered: '10:00:00', greeted: '10:03:20', served: '10:10:00', left: '10:15:00' });
    await answerAll(a.id, true);
    await call('audits.complete', { id: a.id });
    const b = await visit('B', north.id, q2.id);
    await stamp(b.id, { entered: '11:00:00', greeted: '11:01:00', served: '11:06:00', left: '11:20:00' });
    await answerAll(b.id, false);
    await call('audits.complete', { id: b.id });
    const unstamped = await visit('C', north.id, q2.id);

    const view = await call('waves.view', { waveId: q2.id });
    const durations = Object.fromEntries(view.visits.map((v) => [v.title, v.durations]));
    // Waiting = greeted - entered, service = served - greeted, total = left - entered (in seconds).
    expect(durations).toEqual({
      A: { waitingSeconds: 200, serviceSeconds: 400, totalSeconds: 900 },
      B: { waitingSeconds: 60, serviceSeconds: 300, totalSeconds: 1200 },
      C: { waitingSeconds: null, serviceSeconds: null, totalSeconds: null },
    });
    for (const v of view.visits)
      expect(v.durations).toEqual((await call('audits.get', { id: v.auditId })).visit.durations);
    const site = view.sites[0]!;
    // The medians of the two completed visits (the unstamped one is in progress).
    expect(site.times).toMatchObject({ waitingSeconds: 130, waitingVisits: 2, serviceSeconds: 350, serviceVisits: 2 });
    // The other method, rescored from each visit's answers, averaged over the site's completed visits of the wave.
    const other = await Promise.all(
      [a, b].map(async ({ id }) => {
        const detail = await call('audits.get', { id });
        return scoreWithOtherMethod(detail.definition, detail.scope, detail.answers).overall.percent!;
      }),
    );
    expect(other[0]).not.toBe(other[1]);
    expect(site.stats.otherScore).toBeCloseTo((other[0]! + other[1]!) / 2, 9);
    expect(site.stats.interval.n).toBe(2);
    expect(unstamped.id).toBe(view.visits.find((v) => v.title === 'C')!.auditId);
  });

  it('shares a rank between equal scores', async () => {
    const { north, south, q1, visit } = await setup(false);
    for (const [title, site] of [
      ['N', north.id],
      ['S', south.id],
    ] as const) {
      const a = await visit(title, site, q1.id);
      await answerAll(a.id, false);
      await call('audits.complete', { id: a.id });
    }
    expect((await call('waves.view', { waveId: q1.id })).sites.map((s) => s.rank)).toEqual([1, 1]);
  });
});
