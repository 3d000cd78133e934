import fs from 'node:fs';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPgCluster, type PgCluster } from '../../support/pg-cluster';
import { makeTeam, startHubProcess, type RunningHub } from '../../support/hub-process';
import { dispatchFailure, dispatchOk } from '../../support/dispatch';
import { hubClientOf, joinAs, laptop, recordHashes, sync, tempRoot, type Laptop } from '../../support/team-laptops';
import { BASELINE_ANSWERS, testTemplate } from '../../support/test-template';
import { parseDefinition } from '../../../electron/backend/templates/template-rows';
import { outlineOf } from '../../../shared/domain/template-outline';

/**
 * Sync through a real hub process and PostgreSQL between laptops with their own SQLite databases:
 * the lead publishes the programme, a shopper logs a visit offline, both sync; field merges,
 * same-field conflicts kept both ways, the review lock, tombstones.
 */
const VISIT_KINDS = [
  'clients',
  'audits',
  'answers',
  'touchpoint_records',
  'visit_timestamps',
  'audit_metrics',
  'evidence',
] as const;
let cluster: PgCluster;
let hub: RunningHub;
let root: string;
let lead: Laptop;
let shopper: Laptop;
let auditId: string;
let templateId: string;
let clientId: string;

beforeAll(async () => {
  cluster = await startPgCluster();
  hub = await startHubProcess(cluster.url);
  const code = await makeTeam(cluster.url);
  root = tempRoot();
  lead = laptop('lead', root);
  shopper = laptop('shopper', root);
  const joined = await dispatchOk(lead.backend, 'team.join', {
    hubAddress: hub.origin,
    inviteCode: code,
    deviceName: 'Lead laptop',
  });
  expect(joined).toMatchObject({ linked: true, role: 'lead', teamName: 'Cedar programme' });
  await joinAs(lead, shopper, hub.origin, 'shopper', 'Sami');
});

afterAll(async () => {
  lead?.close();
  shopper?.close();
  await hub?.stop();
  cluster?.destroy();
  if (root) fs.rmSync(root, { recursive: true, force: true });
});

const answers = (l: Laptop) =>
  l.backend
    .database!.db.prepare(
      'SELECT touchpoint_id, criterion_id, value_json, note FROM answers WHERE audit_id = ? ORDER BY touchpoint_id, criterion_id',
    )
    .all(auditId);

describe('team sync through the hub', () => {
  it('the lead’s programme reaches the shopper; a visit logged offline reaches the lead with its photo', async () => {
    const client = await dispatchOk(lead.backend, 'clients.create', { name: 'Cedar Bank' });
    clientId = client.id;
    const template = await dispatchOk(lead.backend, 'templates.import', {
      fileName: 't.json',
      text: JSON.stringify(testTemplate()),
    });
    templateId = template.id;
    expect((await dispatchOk(lead.backend, 'team.status', {})).waiting).toBeGreaterThan(0);
    await sync(lead);
    expect((await dispatchOk(lead.backend, 'team.status', {})).waiting).toBe(0);
    await sync(shopper);
    expect((await dispatchOk(shopper.backend, 'clients.list', {})).map((c) => c.name)).toContain('Cedar Bank');

    // Offline: the hub is not asked while the shopper works.
    const audit = await dispatchOk(shopper.backend, 'audits.create', {
      clientId,
      templateId,
      title: 'Harbour branch, March',
      auditDate: '2027-03-02',
      auditType: 'mystery-shop',
    });
    auditId = audit.id;
    for (const [touchpointId, criterionId, value] of BASELINE_ANSWERS)
      await dispatchOk(shopper.backend, 'audits.setAnswer', { auditId, touchpointId, criterionId, value });
    const photo = await sharp({ create: { width: 64, height: 48, channels: 3, background: { r: 200, g: 20, b: 30 } } })
      .jpeg()
      .toBuffer();
    await dispatchOk(shopper.backend, 'evidence.add', {
      auditId,
      touchpointId: 'branch',
      fileName: 'desk.jpg',
      dataBase64: photo.toString('base64'),
    });
    const waiting = await dispatchOk(shopper.backend, 'team.status', {});
    // The visit, the template version it pinned, 7 answers and the photo's record.
    expect(waiting.waiting).toBe(10);

    await sync(shopper);
    expect((await dispatchOk(shopper.backend, 'team.status', {})).waiting).toBe(0);
    await sync(lead);
    const seen = await dispatchOk(lead.backend, 'audits.get', { id: auditId });
    expect(seen.title).toBe('Harbour branch, March');
    expect(answers(lead)).toEqual(answers(shopper));
    // The version the shopper pinned came in from the hub with its outline worked out here.
    const pulled = lead.backend
      .database!.db.prepare('SELECT definition_json, outline_json FROM template_versions WHERE id = ?')
      .get(seen.templateVersionId) as { definition_json: string; outline_json: string };
    expect(JSON.parse(pulled.outline_json)).toEqual(outlineOf(parseDefinition(pulled.definition_json)));
    expect(seen.evidence).toHaveLength(1);
    const evidence = lead.backend
      .database!.db.prepare('SELECT sha256 FROM evidence WHERE audit_id = ?')
      .pluck()
      .get(auditId) as string;
    expect(fs.readdirSync(`${lead.dir}/evidence/${evidence.slice(0, 2)}`)).toContain(`${evidence}.jpg`);
  });

  it('different fields of one answer changed on both laptops both apply', async () => {
    await dispatchOk(shopper.backend, 'audits.setNote', {
      auditId,
      touchpointId: 'website',
      criterionId: 'price-shown',
      note: 'Price on the door',
    });
    await dispatchOk(lead.backend, 'audits.setAnswer', {
      auditId,
      touchpointId: 'website',
      criterionId: 'price-shown',
      value: { kind: 'yesno', value: false },
    });
    await sync(shopper);
    await sync(lead);
    await sync(shopper);
    for (const l of [lead, shopper]) {
      const a = l.backend
        .database!.db.prepare(
          "SELECT value_json, note FROM answers WHERE audit_id = ? AND criterion_id = 'price-shown'",
        )
        .get(auditId);
      expect(a).toEqual({ value_json: JSON.stringify({ kind: 'yesno', value: false }), note: 'Price on the door' });
    }
    expect(recordHashes(lead, VISIT_KINDS)).toEqual(recordHashes(shopper, VISIT_KINDS));
  });

  it('the same answer changed on both laptops is a conflict on both, kept both ways', async () => {
    await dispatchOk(shopper.backend, 'audits.setAnswer', {
      auditId,
      touchpointId: 'website',
      criterionId: 'ease',
      value: { kind: 'scale', value: 2 },
    });
    await dispatchOk(lead.backend, 'audits.setAnswer', {
      auditId,
      touchpointId: 'website',
      criterionId: 'ease',
      value: { kind: 'scale', value: 5 },
    });
    await sync(shopper);
    await sync(lead);
    await sync(shopper);
    const value = (l: Laptop) =>
      JSON.parse(
        l.backend
          .database!.db.prepare("SELECT value_json FROM answers WHERE audit_id = ? AND criterion_id = 'ease'")
          .pluck()
          .get(auditId) as string,
      );
    // Nothing was overwritten: each laptop keeps its own answer and holds the other's as a conflict.
    expect(value(shopper)).toEqual({ kind: 'scale', value: 2 });
    expect(value(lead)).toEqual({ kind: 'scale', value: 5 });
    const leadConflicts = await dispatchOk(lead.backend, 'conflicts.list', {});
    const shopperConflicts = await dispatchOk(shopper.backend, 'conflicts.list', {});
    expect(leadConflicts).toHaveLength(1);
    expect(shopperConflicts).toHaveLength(1);
    expect(JSON.parse(String(leadConflicts[0]!.incoming.value_json))).toEqual({ kind: 'scale', value: 2 });
    expect(JSON.parse(String(shopperConflicts[0]!.incoming.value_json))).toEqual({ kind: 'scale', value: 5 });
    expect((await dispatchOk(lead.backend, 'team.status', {})).conflicts).toBe(1);

    // The shopper settles it by taking the lead's 5; the lead keeps its own: both converge on 5.
    await dispatchOk(shopper.backend, 'conflicts.resolve', { id: shopperConflicts[0]!.id, keep: 'incoming' });
    await dispatchOk(lead.backend, 'conflicts.resolve', { id: leadConflicts[0]!.id, keep: 'local' });
    await sync(lead);
    await sync(shopper);
    await sync(lead);
    expect(value(shopper)).toEqual({ kind: 'scale', value: 5 });
    expect(value(lead)).toEqual({ kind: 'scale', value: 5 });
    expect(recordHashes(lead, VISIT_KINDS)).toEqual(recordHashes(shopper, VISIT_KINDS));
  });

  it('a reviewed visit is locked on every laptop and on the hub', async () => {
    await dispatchOk(shopper.backend, 'audits.complete', { id: auditId });
    await sync(shopper);
    await sync(lead);
    await dispatchOk(lead.backend, 'visits.review', { auditId, decision: 'reviewed', comment: 'Thorough' });
    await sync(lead);
    await sync(shopper);
    const detail = await dispatchOk(shopper.backend, 'audits.get', { id: auditId });
    expect(detail.visit.review).toMatchObject({ status: 'reviewed', comment: 'Thorough' });
    const refused = await dispatchFailure(shopper.backend, 'audits.setNote', {
      auditId,
      touchpointId: 'website',
      criterionId: 'ease',
      note: 'late',
    });
    expect(refused.message).toMatch(/reviewed by the lead and is locked/);
    // A push that bypasses the app is refused by the hub itself.
    const answer = shopper.backend
      .database!.db.prepare("SELECT * FROM answers WHERE audit_id = ? AND criterion_id = 'ease'")
      .get(auditId) as Record<string, string>;
    const key = `${auditId}/website/ease`;
    const result = await hubClientOf(shopper).push([
      { kind: 'answers', key, base: null, row: { ...answer, note: 'forced' } },
    ]);
    expect(result.refused).toEqual([
      {
        kind: 'answers',
        key,
        code: 'reviewed',
        reason: 'This visit was reviewed by the lead and is locked: nothing in it can be changed or reopened.',
      },
    ]);
  });

  it('a deletion travels as a tombstone', async () => {
    const second = await dispatchOk(shopper.backend, 'audits.create', {
      clientId,
      templateId,
      title: 'Scratch visit',
      auditDate: '2027-03-03',
    });
    await sync(shopper);
    await sync(lead);
    expect((await dispatchOk(lead.backend, 'audits.list', {})).map((a) => a.id)).toContain(second.id);
    await dispatchOk(shopper.backend, 'audits.delete', { id: second.id });
    await sync(shopper);
    await sync(lead);
    expect((await dispatchOk(lead.backend, 'audits.list', {})).map((a) => a.id)).not.toContain(second.id);
    expect(recordHashes(lead, VISIT_KINDS)).toEqual(recordHashes(shopper, VISIT_KINDS));
  });
});
