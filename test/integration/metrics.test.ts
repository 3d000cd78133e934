import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createBackend, type Backend } from '../../electron/backend/backend';
import type { EventMap, EventName, MethodInput, MethodName } from '../../shared/contract';
import { tempDir } from '../support/temp-dir';
import { testTemplate } from '../support/test-template';
import { dispatchOk, dispatchFailure } from '../support/dispatch';

let dataDir: string;
let backend: Backend;

const call = <M extends MethodName>(method: M, input: MethodInput<M>) => dispatchOk(backend, method, input);
const failure = (method: MethodName, input: unknown) => dispatchFailure(backend, method, input);

async function setup() {
  const client = await call('clients.create', { name: 'Cedar Bank' });
  const template = await call('templates.import', { fileName: 't.json', text: JSON.stringify(testTemplate()) });
  const baseline = await call('audits.create', {
    clientId: client.id,
    templateId: template.id,
    title: 'Baseline',
    auditDate: '2027-01-15',
  });
  const followUp = await call('audits.create', {
    clientId: client.id,
    templateId: template.id,
    title: 'Follow-up',
    auditDate: '2027-06-15',
  });
  return { client, template, baseline, followUp };
}

async function answerAllAndComplete(auditId: string) {
  const answers: [string, string, MethodInput<'audits.setAnswer'>['value']][] = [
    ['website', 'price-shown', { kind: 'yesno', value: true }],
    ['website', 'ease', { kind: 'na' }],
    ['branch', 'greeting', { kind: 'yesno', value: false }],
    ['branch', 'nps-like', { kind: 'scale', value: 10 }],
    ['branch', 'wait', { kind: 'option', optionId: 'medium' }],
    ['branch', 'hours', { kind: 'channels', values: { Web: '9-18', Phone: '9-18', Store: '10-18' } }],
    ['signage', 'visible', { kind: 'yesno', value: true }],
  ];
  for (const [touchpointId, criterionId, value] of answers)
    await call('audits.setAnswer', { auditId, touchpointId, criterionId, value });
  return call('audits.complete', { id: auditId });
}

beforeEach(() => {
  dataDir = tempDir('ja-metrics-');
  backend = createBackend({ dataDir, host: 'web', version: 'test' });
});
afterEach(() => {
  backend.close();
});

describe('customer metrics per audit', () => {
  it('has no data before anything is entered: nulls, not zeros', async () => {
    const { baseline } = await setup();
    const empty = await call('metrics.get', { auditId: baseline.id });
    expect(empty).toMatchObject({ auditId: baseline.id, inputs: {}, updatedAt: null });
    expect(empty.summary.nps).toMatchObject({ value: null, n: 0 });
    expect(empty.summary.csat.value).toBeNull();
    expect(empty.summary.ces.value).toBeNull();
    expect(empty.summary.retention.value).toBeNull();
  });

  it('sets then gets the same inputs and the computed figures, and survives reopening the database', async () => {
    const { client, baseline } = await setup();
    const events: { event: EventName; payload: EventMap[EventName] }[] = [];
    backend.onEvent((event, payload) => events.push({ event, payload }));
    const inputs: MethodInput<'metrics.set'>['inputs'] = {
      npsMode: 'raw',
      // 4 promoters, 2 passives, 4 detractors → NPS 0.
      npsAnswers: [10, 9, 9, 8, 7, 6, 3, 0, 10, 5],
      // 9 of 15 answered 4 or 5 → 60 %.
      csatCounts: [1, 2, 3, 4, 5],
      // (4 + 5 + 6 + 7) / 4 = 5.5 on 7.
      cesScale: 7,
      cesCounts: [0, 0, 0, 1, 1, 1, 1],
      ttrHours: 26.5,
      // 45 of 60 → 75 %.
      fcrResolved: 45,
      fcrContacts: 60,
      ahtMinutes: 7.25,
      // (210 − 30) / 200 = 90 % retention; 25 / 200 = 12.5 % churn.
      customersStart: 200,
      customersEnd: 210,
      customersNew: 30,
      customersLost: 25,
    };
    const saved = await call('metrics.set', { auditId: baseline.id, inputs });
    expect(saved.inputs).toEqual(inputs);
    expect(saved.updatedAt).not.toBeNull();
    const values = (s: typeof saved.summary) => ({
      nps: s.nps.value,
      csat: s.csat.value,
      ces: [s.ces.value, s.ces.scale],
      ttr: s.ttr.value,
      fcr: s.fcr.value,
      aht: s.aht.value,
      retention: s.retention.value,
      churn: s.churn.value,
    });
    const expected = { nps: 0, csat: 60, ces: [5.5, 7], ttr: 26.5, fcr: 75, aht: 7.25, retention: 90, churn: 12.5 };
    expect(values(saved.summary)).toEqual(expected);
    expect(events).toEqual([{ event: 'audits.changed', payload: { id: baseline.id, clientId: client.id } }]);

    const got = await call('metrics.get', { auditId: baseline.id });
    expect(got).toEqual(saved);

    // A second save replaces the whole record: what is left out is gone.
    const replaced = await call('metrics.set', {
      auditId: baseline.id,
      inputs: { npsMode: 'counts', promoters: 5, passives: 0, detractors: 0 },
    });
    expect(replaced.inputs).toEqual({ npsMode: 'counts', promoters: 5, passives: 0, detractors: 0 });
    expect(replaced.summary.nps.value).toBe(100);
    expect(replaced.summary.csat.value).toBeNull();

    await call('metrics.set', { auditId: baseline.id, inputs });
    backend.close();
    backend = createBackend({ dataDir, host: 'web', version: 'test' });
    const reopened = await call('metrics.get', { auditId: baseline.id });
    expect(reopened.inputs).toEqual(inputs);
    expect(values(reopened.summary)).toEqual(expected);
    const rows = backend.database!.db.prepare('SELECT COUNT(*) FROM audit_metrics').pluck().get();
    expect(rows).toBe(1);
  });

  it('refuses an unknown audit, invalid inputs, and a complete audit, and writes nothing', async () => {
    const { baseline } = await setup();
    const unknown = crypto.randomUUID();
    expect((await failure('metrics.get', { auditId: unknown })).code).toBe('NOT_FOUND');
    expect((await failure('metrics.set', { auditId: unknown, inputs: { promoters: 1 } })).code).toBe('NOT_FOUND');
    expect((await failure('metrics.compare', { baselineAuditId: baseline.id, followUpAuditId: unknown })).code).toBe(
      'NOT_FOUND',
    );

    const eleven = await failure('metrics.set', { auditId: baseline.id, inputs: { npsAnswers: [10, 11] } });
    expect(eleven.code).toBe('VALIDATION');
    expect(eleven.issues?.map((i) => i.field)).toEqual(['inputs.npsAnswers.1']);
    expect(
      (await failure('metrics.set', { auditId: baseline.id, inputs: { promoters: -1 } })).issues?.map((i) => i.field),
    ).toEqual(['inputs.promoters']);
    expect(
      (
        await failure('metrics.set', {
          auditId: baseline.id,
          inputs: { cesScale: 5, cesCounts: [1, 1, 1, 1, 1, 1, 1] },
        })
      ).issues?.map((i) => i.field),
    ).toEqual(['inputs.cesCounts']);
    expect((await failure('metrics.set', { auditId: baseline.id, inputs: { nps: 40 } })).code).toBe('VALIDATION');
    expect((await call('metrics.get', { auditId: baseline.id })).updatedAt).toBeNull();

    await call('metrics.set', { auditId: baseline.id, inputs: { ttrHours: 12 } });
    await answerAllAndComplete(baseline.id);
    const complete = await failure('metrics.set', { auditId: baseline.id, inputs: { ttrHours: 4 } });
    expect(complete.code).toBe('AUDIT_COMPLETE');
    // Reading a complete audit's metrics is still fine, and they are unchanged.
    expect((await call('metrics.get', { auditId: baseline.id })).inputs).toEqual({ ttrHours: 12 });

    await call('audits.reopen', { id: baseline.id, reason: 'Client sent corrected TTR' });
    expect((await call('metrics.set', { auditId: baseline.id, inputs: { ttrHours: 4 } })).summary.ttr.value).toBe(4);
  });

  it('compares a baseline and a follow-up: deltas per metric, null where a side has no data', async () => {
    const { baseline, followUp } = await setup();
    expect(await call('metrics.compare', { baselineAuditId: baseline.id, followUpAuditId: followUp.id })).toMatchObject(
      {
        baseline: null,
        followUp: null,
        deltas: { nps: { before: null, after: null, change: null, movement: 'not-comparable' } },
      },
    );

    // Before: 40 / 30 / 30 → NPS 10. After: 50 / 30 / 20 → NPS 30.
    await call('metrics.set', {
      auditId: baseline.id,
      inputs: {
        npsMode: 'counts',
        promoters: 40,
        passives: 30,
        detractors: 30,
        ttrHours: 30,
        cesScale: 5,
        cesMean: 3.5,
        customersStart: 100,
        customersEnd: 100,
        customersNew: 20,
      },
    });
    await call('metrics.set', {
      auditId: followUp.id,
      inputs: {
        npsMode: 'counts',
        promoters: 50,
        passives: 30,
        detractors: 20,
        ttrHours: 24,
        cesScale: 5,
        cesMean: 4,
        csatCounts: [0, 0, 1, 1, 2],
        customersStart: 100,
        customersEnd: 100,
        customersNew: 10,
      },
    });
    const cmp = await call('metrics.compare', { baselineAuditId: baseline.id, followUpAuditId: followUp.id });
    expect(cmp.baseline?.nps.value).toBe(10);
    expect(cmp.followUp?.nps.value).toBe(30);
    expect(cmp.deltas.nps).toEqual({ before: 10, after: 30, change: 20, movement: 'improved' });
    expect(cmp.deltas.ttr).toEqual({ before: 30, after: 24, change: -6, movement: 'improved' });
    expect(cmp.deltas.ces).toEqual({ before: 3.5, after: 4, change: 0.5, movement: 'improved' });
    // Retention 80 % → 90 %; churn (derived) 20 % → 10 %.
    expect(cmp.deltas.retention).toEqual({ before: 80, after: 90, change: 10, movement: 'improved' });
    expect(cmp.deltas.churn).toEqual({ before: 20, after: 10, change: -10, movement: 'improved' });
    expect(cmp.deltas.csat).toEqual({ before: null, after: 75, change: null, movement: 'not-comparable' });
    expect(cmp.deltas.aht.movement).toBe('not-comparable');

    // The other way round, everything that improved regressed.
    const reverse = await call('metrics.compare', { baselineAuditId: followUp.id, followUpAuditId: baseline.id });
    expect(reverse.deltas.nps).toMatchObject({ change: -20, movement: 'regressed' });
    expect(reverse.deltas.ttr).toMatchObject({ change: 6, movement: 'regressed' });
  });

  it('deleting an audit deletes its metrics', async () => {
    const { baseline } = await setup();
    await call('metrics.set', { auditId: baseline.id, inputs: { ahtMinutes: 5 } });
    await call('audits.delete', { id: baseline.id });
    expect(backend.database!.db.prepare('SELECT COUNT(*) FROM audit_metrics').pluck().get()).toBe(0);
  });
});
