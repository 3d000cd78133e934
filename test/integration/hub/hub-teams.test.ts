import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HubClient, HubRequestError } from '../../../electron/backend/team/hub-client';
import type { PushedChange } from '../../../shared/sync/hub-protocol';
import type { AnyRecord, RecordKind } from '../../../shared/exchange/package-format';
import { startPgCluster, type PgCluster } from '../../support/pg-cluster';
import { makeTeam, startHubProcess, type RunningHub } from '../../support/hub-process';
import { visitRecords } from '../../support/hub-records';

/**
 * Teams, devices and roles through the hub's HTTP API, against two real hub processes started at
 * the same moment on one fresh PostgreSQL database.
 */
let cluster: PgCluster;
let hubs: RunningHub[];
let lead: HubClient;
let leadCode: string;
const pool = () => new pg.Pool({ connectionString: cluster.url, max: 2 });

beforeAll(async () => {
  cluster = await startPgCluster();
  // Two processes migrate the empty database at once: the advisory lock lets one do it.
  hubs = await Promise.all([startHubProcess(cluster.url), startHubProcess(cluster.url)]);
  leadCode = await makeTeam(cluster.url);
});

afterAll(async () => {
  await Promise.all((hubs ?? []).map((h) => h.stop()));
  cluster?.destroy();
});

const hubA = () => hubs[0]!.origin;
const hubB = () => hubs[1]!.origin;

async function refusal(promise: Promise<unknown>): Promise<HubRequestError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof HubRequestError) return error;
    throw error;
  }
  throw new Error('the hub should have refused');
}

const change = (kind: RecordKind, row: AnyRecord, key = String(row.id)): PushedChange => ({
  kind,
  key,
  base: null,
  row,
});

describe('hub: start, migrations, transport', () => {
  it('two hub processes started together migrated the database exactly once', async () => {
    const p = pool();
    const versions = (await p.query('SELECT version FROM hub_migrations ORDER BY version')).rows.map((r) => r.version);
    await p.end();
    expect(versions).toEqual([1, 2]);
  });

  it('refuses to listen beyond this computer over plain HTTP unless it sits behind a TLS proxy', async () => {
    const error = await startHubProcess(cluster.url, ['--host', '0.0.0.0']).then(
      () => null,
      (e: Error) => e,
    );
    expect(error?.message).toMatch(/exited with 1[\s\S]*behind a TLS reverse proxy/);
    const proxied = await startHubProcess(cluster.url, ['--host', '0.0.0.0', '--behind-proxy']);
    try {
      const origin = proxied.origin.replace('0.0.0.0', '127.0.0.1');
      const plain = await fetch(`${origin}/v1/health`);
      expect(plain.status).toBe(403);
      expect(((await plain.json()) as { error: { message: string } }).error.message).toMatch(/HTTPS/);
      const viaProxy = await fetch(`${origin}/v1/health`, { headers: { 'x-forwarded-proto': 'https' } });
      expect(viaProxy.status).toBe(200);
    } finally {
      await proxied.stop();
    }
  });
});

describe('hub: teams, invites and devices', () => {
  let shopper1: HubClient;
  let shopper2: HubClient;
  let viewer: HubClient;
  let shopper1Device: string;
  let leadToken: string;

  beforeAll(async () => {
    const joined = await new HubClient({ origin: hubA() }).join(leadCode.toLowerCase(), 'Lina’s laptop');
    leadToken = joined.token;
    expect(joined.person.role).toBe('lead');
    lead = new HubClient({ origin: hubA(), token: joined.token });
    const joinAs = async (role: 'shopper' | 'viewer', name: string, origin: string) => {
      const { code } = await lead.invite(role, name);
      const j = await new HubClient({ origin }).join(code, `${name}’s laptop`);
      return { client: new HubClient({ origin, token: j.token }), deviceId: j.device.id };
    };
    const s1 = await joinAs('shopper', 'Sami', hubA());
    shopper1 = s1.client;
    shopper1Device = s1.deviceId;
    shopper2 = (await joinAs('shopper', 'Dana', hubB())).client;
    viewer = (await joinAs('viewer', 'Vera', hubB())).client;
  });

  it('an invite code works once, and only as typed by the lead', async () => {
    const { code } = await lead.invite('shopper', 'Omar');
    await new HubClient({ origin: hubA() }).join(code, 'first');
    const again = await refusal(new HubClient({ origin: hubB() }).join(code, 'second'));
    expect(again.status).toBe(403);
    expect(again.message).toMatch(/unknown, already used or expired/);
    const forged = await refusal(new HubClient({ origin: hubA() }).join('AAAA-BBBB-CCCC', 'guess'));
    expect(forged.status).toBe(403);
    const shopperInvites = await refusal(shopper1.invite('lead', 'Me again'));
    expect(shopperInvites.status).toBe(403);
    expect(shopperInvites.message).toBe('Only the team lead can invite people.');
  });

  it('stores device tokens and invite codes only as hashes', async () => {
    const p = pool();
    const tokens = (await p.query('SELECT token_hash FROM devices')).rows.map((r) => r.token_hash as string);
    const dump =
      JSON.stringify((await p.query('SELECT * FROM devices')).rows) +
      JSON.stringify((await p.query('SELECT * FROM invites')).rows);
    await p.end();
    expect(tokens.length).toBeGreaterThanOrEqual(4);
    expect(dump).not.toContain(leadToken);
    expect(dump).not.toContain(leadCode);
    expect(tokens.every((t) => /^[0-9a-f]{64}$/.test(t))).toBe(true);
  });

  it('a shopper reads and writes only their own visits; a viewer reads all and writes nothing', async () => {
    const records = await visitRecords();
    // The lead publishes the programme's reference data: client, template, version.
    const reference = (['clients', 'templates', 'template_versions'] as const).flatMap((k) =>
      records[k].map((r) => change(k, r)),
    );
    expect((await lead.push(reference)).refused).toEqual([]);
    // A shopper may not publish reference data.
    const client2 = { ...records.clients[0]!, id: randomUUID(), name: 'Shopper’s own client' };
    const notLead = await shopper1.push([change('clients', client2)]);
    expect(notLead.refused.map((r) => r.reason)).toEqual([
      'Only the team lead can change clients, sites, waves, templates and plans.',
    ]);

    // Sami logs a visit with an answer.
    const visit = records.audits[0]!;
    const answer = records.answers[0]!;
    const answerKey = `${answer.audit_id}/${answer.touchpoint_id}/${answer.criterion_id}`;
    const samiPush = await shopper1.push([change('audits', visit), change('answers', answer, answerKey)]);
    expect(samiPush).toMatchObject({ applied: 2, refused: [] });

    // Dana sees the team's reference data but not Sami's visit, and cannot change it.
    const danaPull = await shopper2.pull(0);
    const kinds = (p: Awaited<ReturnType<HubClient['pull']>>) => p.changes.map((c) => c.kind).sort();
    expect(kinds(danaPull)).toEqual(['clients', 'template_versions', 'templates']);
    const danaWrite = await shopper2.push([change('answers', { ...answer, note: 'Dana was here' }, answerKey)]);
    expect(danaWrite.refused).toEqual([
      { kind: 'answers', key: answerKey, code: 'other-shopper', reason: 'This visit belongs to another shopper.' },
    ]);
    const danaVisit = await shopper2.push([change('audits', { ...visit, title: 'Taken over' })]);
    expect(danaVisit.refused[0]?.reason).toBe('This visit belongs to another shopper.');

    // Sami, the lead and the viewer all read it, unchanged by Dana.
    for (const reader of [shopper1, lead, viewer]) {
      const pulled = await reader.pull(0);
      expect(kinds(pulled)).toEqual(['answers', 'audits', 'clients', 'template_versions', 'templates']);
      expect(pulled.changes.find((c) => c.kind === 'answers')!.row.note).toBe(answer.note);
      expect(pulled.changes.find((c) => c.kind === 'audits')!.row.title).toBe(visit.title);
    }

    // The viewer writes nothing, not even a photo.
    const viewerPush = await refusal(viewer.push([change('answers', { ...answer, note: 'viewer' }, answerKey)]));
    expect(viewerPush.status).toBe(403);
    expect(viewerPush.message).toBe('A viewer reads the team’s visits but cannot change them.');
    const viewerPhoto = await refusal(viewer.putPhoto('a'.repeat(64), new Uint8Array([1, 2, 3])));
    expect(viewerPhoto.status).toBe(403);
  });

  it('only the lead lists and revokes devices; a revoked device gets nothing at all', async () => {
    expect((await refusal(shopper1.devices())).status).toBe(403);
    const { devices } = await lead.devices();
    expect(devices.map((d) => d.personName)).toEqual(expect.arrayContaining(['Lina Lead', 'Sami', 'Dana', 'Vera']));
    expect(await lead.revoke(shopper1Device)).toEqual({ revoked: true });
    for (const attempt of [
      () => shopper1.me(),
      () => shopper1.pull(0),
      () => shopper1.push([]),
      () => shopper1.missingPhotos([]),
    ]) {
      const e = await refusal(attempt());
      expect(e.status).toBe(401);
      expect(e.code).toBe('UNAUTHORIZED');
    }
    const after = await lead.devices();
    expect(after.devices.find((d) => d.id === shopper1Device)?.revokedAt).not.toBeNull();
  });

  it('leaving the team revokes the laptop’s own token', async () => {
    const { code } = await lead.invite('viewer', 'Temp');
    const j = await new HubClient({ origin: hubB() }).join(code, 'temp');
    const temp = new HubClient({ origin: hubB(), token: j.token });
    expect((await temp.me()).person.name).toBe('Temp');
    await temp.leave();
    expect((await refusal(temp.me())).status).toBe(401);
  });

  it('answers a request without a token with 401 and an unknown route with 404', async () => {
    expect((await refusal(new HubClient({ origin: hubA() }).pull(0))).status).toBe(401);
    const res = await fetch(`${hubA()}/v1/nothing`, { headers: { authorization: `Bearer ${leadToken}` } });
    expect(res.status).toBe(404);
  });
});
