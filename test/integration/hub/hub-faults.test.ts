import fs from 'node:fs';
import net from 'node:net';
import pg from 'pg';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recordHash } from '../../../electron/backend/exchange/records';
import type { AnyRecord, RecordKind } from '../../../shared/exchange/package-format';
import { dispatchOk } from '../../support/dispatch';
import { makeTeam, startHubProcess, type RunningHub } from '../../support/hub-process';
import { freePort, startPgCluster, type PgCluster } from '../../support/pg-cluster';
import { hubClientOf, laptop, recordHashes, sync, tempRoot, type Laptop } from '../../support/team-laptops';
import { BASELINE_ANSWERS, testTemplate } from '../../support/test-template';

/**
 * Faults during sync: the hub killed in the middle of a push, the connection cut in the middle of a
 * photo, PostgreSQL restarted during a sync. Afterwards every laptop and the hub hold the same
 * records (compared by content hash), none twice, none missing.
 */
const VISIT_KINDS = [
  'audits',
  'answers',
  'touchpoint_records',
  'visit_timestamps',
  'audit_metrics',
  'evidence',
] as const;
let cluster: PgCluster;
let hub: RunningHub;
let hubPort: number;
let root: string;
let lead: Laptop;
let s1: Laptop;
let s2: Laptop;
let proxy: net.Server;
let cutNextPhoto = false;
let cuts = 0;
let clientId: string;
let templateId: string;

/** A TCP relay to the hub that, when asked, cuts a photo upload after its first few kilobytes. */
function startProxy(port: number): Promise<net.Server> {
  const server = net.createServer((inbound) => {
    const outbound = net.connect(hubPort, '127.0.0.1');
    let seen = 0;
    let photo = false;
    inbound.on('data', (chunk: Buffer) => {
      if (chunk.includes('PUT /v1/photos/')) photo = true;
      seen += chunk.length;
      if (photo && cutNextPhoto && seen > 4096) {
        cutNextPhoto = false;
        cuts++;
        inbound.destroy();
        outbound.destroy();
        return;
      }
      outbound.write(chunk);
    });
    outbound.on('data', (d) => inbound.write(d));
    inbound.on('error', () => outbound.destroy());
    outbound.on('error', () => inbound.destroy());
    inbound.on('close', () => outbound.destroy());
    outbound.on('close', () => inbound.destroy());
  });
  return new Promise((resolve) => server.listen(port, '127.0.0.1', () => resolve(server)));
}

const startHub = () => startHubProcess(cluster.url, ['--port', String(hubPort)]);

async function noisyPhoto(seed: number): Promise<Buffer> {
  const raw = Buffer.alloc(160 * 120 * 3);
  let x = seed * 2654435761;
  for (let i = 0; i < raw.length; i++) raw[i] = (x = (x * 1103515245 + 12345) >>> 0) >>> 24;
  return sharp(raw, { raw: { width: 160, height: 120, channels: 3 } })
    .jpeg({ quality: 95 })
    .toBuffer();
}

async function logVisits(l: Laptop, n: number, tag: string, photoSeed: number) {
  for (let i = 0; i < n; i++) {
    const visit = await dispatchOk(l.backend, 'audits.create', {
      clientId,
      templateId,
      title: `${tag} ${i}`,
      auditDate: '2027-03-02',
      auditType: 'mystery-shop',
    });
    for (const [touchpointId, criterionId, value] of BASELINE_ANSWERS)
      await dispatchOk(l.backend, 'audits.setAnswer', { auditId: visit.id, touchpointId, criterionId, value });
    const photo = await noisyPhoto(photoSeed + i);
    await dispatchOk(l.backend, 'evidence.add', {
      auditId: visit.id,
      touchpointId: 'branch',
      fileName: `${tag}-${i}.jpg`,
      dataBase64: photo.toString('base64'),
    });
  }
}

/** The hub's records of the visit kinds as kind/key -> content hash, read straight from PostgreSQL. */
async function hubHashes(auditIds?: string[]): Promise<Map<string, string>> {
  const p = new pg.Pool({ connectionString: cluster.url, max: 1 });
  const rows = (
    await p.query<{ kind: RecordKind; key: string; row: AnyRecord }>(
      'SELECT kind, key, row FROM records WHERE NOT deleted AND kind = ANY($1) AND ($2::uuid[] IS NULL OR audit_id = ANY($2))',
      [[...VISIT_KINDS], auditIds ?? null],
    )
  ).rows;
  await p.end();
  return new Map(rows.map((r) => [`${r.kind}/${r.key}`, recordHash(r.kind, r.row)]));
}

const audits = (l: Laptop) =>
  (l.backend.database!.db.prepare('SELECT id FROM audits').pluck().all() as string[]).sort();

beforeAll(async () => {
  cluster = await startPgCluster();
  hubPort = await freePort();
  hub = await startHub();
  const proxyPort = await freePort();
  proxy = await startProxy(proxyPort);
  root = tempRoot();
  [lead, s1, s2] = ['lead', 's1', 's2'].map((n) => laptop(n, root)) as [Laptop, Laptop, Laptop];
  await dispatchOk(lead.backend, 'team.join', {
    hubAddress: hub.origin,
    inviteCode: await makeTeam(cluster.url),
    deviceName: 'Lead',
  });
  const code = async (name: string) => (await hubClientOf(lead).invite('shopper', name)).code;
  await dispatchOk(s1.backend, 'team.join', { hubAddress: hub.origin, inviteCode: await code('S1'), deviceName: 'S1' });
  // The second shopper reaches the hub through the relay that can cut a photo short.
  await dispatchOk(s2.backend, 'team.join', {
    hubAddress: `http://127.0.0.1:${proxyPort}`,
    inviteCode: await code('S2'),
    deviceName: 'S2',
  });
  clientId = (await dispatchOk(lead.backend, 'clients.create', { name: 'Cedar Bank' })).id;
  templateId = (
    await dispatchOk(lead.backend, 'templates.import', { fileName: 't.json', text: JSON.stringify(testTemplate()) })
  ).id;
  await sync(lead);
  await Promise.all([sync(s1), sync(s2)]);
});

afterAll(async () => {
  for (const l of [lead, s1, s2]) l?.close();
  proxy?.close();
  await hub?.stop();
  cluster?.destroy();
  if (root) fs.rmSync(root, { recursive: true, force: true });
});

describe('faults during sync', () => {
  it('the hub killed in the middle of a push: the next sync completes it, nothing twice', async () => {
    await logVisits(s1, 12, 'S1', 1);
    const p = new pg.Pool({ connectionString: cluster.url, max: 1 });
    const running = sync(s1);
    // Kill the hub as soon as a push is writing inside its transaction.
    for (let i = 0; i < 2000; i++) {
      const busy = await p.query(
        "SELECT 1 FROM pg_stat_activity WHERE query ILIKE 'INSERT INTO records%' OR query ILIKE '%FOR UPDATE%'",
      );
      if (busy.rowCount) break;
      await new Promise((r) => setTimeout(r, 2));
    }
    await hub.stop('SIGKILL');
    await p.end();
    const cut = await running;
    expect(cut.state === 'offline' || cut.waiting === 0).toBe(true);
    hub = await startHub();
    const after = await sync(s1);
    expect(after).toMatchObject({ state: 'idle', waiting: 0, refused: 0 });
    expect(audits(s1)).toHaveLength(12);
  });

  it('the connection cut in the middle of a photo: the photo is sent again, stored once', async () => {
    await logVisits(s2, 3, 'S2', 100);
    cutNextPhoto = true;
    const cut = await sync(s2);
    expect(cuts).toBe(1);
    expect(cut.state).toBe('offline');
    expect(cut.waiting).toBeGreaterThan(0);
    const after = await sync(s2);
    expect(after).toMatchObject({ state: 'idle', waiting: 0 });
    const p = new pg.Pool({ connectionString: cluster.url, max: 1 });
    const photos = await p.query<{ n: number; distinct: number }>(
      'SELECT count(*)::int AS n, count(DISTINCT sha256)::int AS distinct FROM photos',
    );
    await p.end();
    expect(photos.rows[0]!.n).toBe(15);
    expect(photos.rows[0]!.distinct).toBe(15);
  });

  it('PostgreSQL restarted during a sync: every side converges to the same records', async () => {
    const running = sync(lead);
    await new Promise((r) => setTimeout(r, 30));
    cluster.stop('fast');
    await running;
    cluster.start();
    // The hub keeps running through the restart; its pool reconnects.
    for (const l of [lead, s1, s2]) expect((await sync(l)).state).toBe('idle');
    await sync(lead);

    const hubSide = await hubHashes();
    const leadSide = recordHashes(lead, VISIT_KINDS);
    expect(audits(lead)).toHaveLength(15);
    expect(leadSide).toEqual(hubSide);
    // 15 visits: each with 7 answers and one photo.
    expect([...hubSide.keys()].filter((k) => k.startsWith('answers/'))).toHaveLength(105);
    expect([...hubSide.keys()].filter((k) => k.startsWith('evidence/'))).toHaveLength(15);
    // Each shopper holds exactly their own visits, as the hub has them.
    for (const shopper of [s1, s2])
      expect(recordHashes(shopper, VISIT_KINDS)).toEqual(await hubHashes(audits(shopper)));
    expect(audits(s1)).toHaveLength(12);
    expect(audits(s2)).toHaveLength(3);
    // Each evidence row has its photo file on the lead's laptop.
    for (const sha of lead.backend.database!.db.prepare('SELECT sha256 FROM evidence').pluck().all() as string[])
      expect(fs.existsSync(`${lead.dir}/evidence/${sha.slice(0, 2)}/${sha}.jpg`)).toBe(true);
  });
});
