import pg from 'pg';
import { beforeAll, describe, expect, it } from 'vitest';
import type { BackendContext } from '../../../electron/backend/context';
import { collectChanges } from '../../../electron/backend/team/local-changes';
import type { RunningHub } from '../../support/hub-process';
import { teamOfTwo } from '../../support/team-of-two';
import { dispatchOk } from '../../support/dispatch';
import type { PgCluster } from '../../support/pg-cluster';
import { hubClientOf, joinAs, laptop, recordHashes, sync, type Laptop } from '../../support/team-laptops';
import { BASELINE_ANSWERS, testTemplate } from '../../support/test-template';

/**
 * Three promises of the hub's sync, each through a real hub process and PostgreSQL: a push sent
 * twice changes nothing the second time; a visit the lead returns goes back to its shopper, who
 * can fix it and send it again; a laptop syncs by itself on its timer.
 */
let cluster: PgCluster;
let hub: RunningHub;
let root: string;
let lead: Laptop;
let shopper: Laptop;
let clientId: string;
let templateId: string;

const team = teamOfTwo();

beforeAll(async () => {
  ({ cluster, hub, root, lead, shopper } = team);
  clientId = (await dispatchOk(lead.backend, 'clients.create', { name: 'Cedar Bank' })).id;
  templateId = (
    await dispatchOk(lead.backend, 'templates.import', { fileName: 't.json', text: JSON.stringify(testTemplate()) })
  ).id;
  await sync(lead);
  await sync(shopper);
});

async function hubCounts(): Promise<{ records: number; lastSeq: number }> {
  const pool = new pg.Pool({ connectionString: cluster.url, max: 1 });
  try {
    const records = Number((await pool.query('SELECT count(*) AS n FROM records')).rows[0].n);
    const lastSeq = Number((await pool.query('SELECT max(last_seq) AS s FROM teams')).rows[0].s);
    return { records, lastSeq };
  } finally {
    await pool.end();
  }
}

async function newVisit(title: string): Promise<string> {
  const visit = await dispatchOk(shopper.backend, 'audits.create', {
    clientId,
    templateId,
    title,
    auditDate: '2027-03-02',
    auditType: 'mystery-shop',
  });
  for (const [touchpointId, criterionId, value] of BASELINE_ANSWERS)
    await dispatchOk(shopper.backend, 'audits.setAnswer', { auditId: visit.id, touchpointId, criterionId, value });
  return visit.id;
}

describe('hub sync promises', () => {
  it('a push sent twice changes nothing the second time', async () => {
    await newVisit('Retried visit');
    // The laptop's own list of what it would push (collectChanges reads only the database).
    const ctx = { db: shopper.backend.database!.db } as unknown as BackendContext;
    const { changes } = collectChanges(ctx, 'shopper');
    // The visit, its template version and 7 answers.
    expect(changes).toHaveLength(9);
    const client = hubClientOf(shopper);
    const first = await client.push(changes);
    expect(first).toMatchObject({ applied: 9, unchanged: 0, conflicts: 0, refused: [] });
    const after = await hubCounts();
    const second = await client.push(changes);
    expect(second).toMatchObject({ applied: 0, unchanged: 9, conflicts: 0, refused: [], cursor: first.cursor });
    expect(await hubCounts()).toEqual(after);
    // Nothing new to pull for anyone beyond the first push.
    expect((await client.pull(first.cursor)).changes).toEqual([]);
  });

  it('a visit the lead returns goes back to its shopper, who fixes it; the fix reaches the lead', async () => {
    const auditId = await newVisit('Returned visit');
    await dispatchOk(shopper.backend, 'audits.complete', { id: auditId });
    await sync(shopper);
    await sync(lead);
    await dispatchOk(lead.backend, 'visits.review', {
      auditId,
      decision: 'returned',
      comment: 'Add what the teller said',
    });
    await sync(lead);
    await sync(shopper);
    const returned = await dispatchOk(shopper.backend, 'audits.get', { id: auditId });
    expect(returned.status).toBe('in_progress');
    expect(returned.visit.review).toMatchObject({ status: 'returned', comment: 'Add what the teller said' });
    await dispatchOk(shopper.backend, 'audits.setNote', {
      auditId,
      touchpointId: 'branch',
      criterionId: 'greeting',
      note: 'Teller said “next please” without looking up',
    });
    await dispatchOk(shopper.backend, 'audits.complete', { id: auditId });
    expect((await sync(shopper)).refused).toBe(0);
    await sync(lead);
    const onLead = await dispatchOk(lead.backend, 'audits.get', { id: auditId });
    expect(onLead.status).toBe('complete');
    expect(onLead.answers.find((a) => a.criterionId === 'greeting')?.note).toBe(
      'Teller said “next please” without looking up',
    );
    const visitKinds = ['audits', 'answers'] as const;
    const only = (m: Map<string, string>) => new Map([...m].filter(([k]) => k.includes(auditId)));
    expect(only(recordHashes(lead, visitKinds))).toEqual(only(recordHashes(shopper, visitKinds)));
  });

  it('a laptop syncs by itself every few minutes (here a fraction of one)', async () => {
    const previous = process.env.JOURNEY_AUDIT_SYNC_MINUTES;
    process.env.JOURNEY_AUDIT_SYNC_MINUTES = '0.01';
    const viewer = laptop('viewer', root);
    try {
      await joinAs(lead, viewer, hub.origin, 'viewer', 'Vera');
      const auditId = await newVisit('Seen without asking');
      await sync(shopper);
      // No sync is asked of the viewer's laptop: its timer (0.6 s) brings the visit.
      await expect
        .poll(async () => (await dispatchOk(viewer.backend, 'audits.list', {})).some((a) => a.id === auditId), {
          timeout: 20_000,
          interval: 250,
        })
        .toBe(true);
      expect((await dispatchOk(viewer.backend, 'team.status', {})).lastSyncAt).not.toBeNull();
    } finally {
      viewer.close();
      if (previous === undefined) delete process.env.JOURNEY_AUDIT_SYNC_MINUTES;
      else process.env.JOURNEY_AUDIT_SYNC_MINUTES = previous;
    }
  });
});
