import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import { PURGED_FIELDS } from '../../../shared/privacy/purged-fields';
import type { RunningHub } from '../../support/hub-process';
import { teamOfTwo } from '../../support/team-of-two';
import { dispatchOk } from '../../support/dispatch';
import type { PgCluster } from '../../support/pg-cluster';
import { laptop, sharedProgramme, sync, type Laptop } from '../../support/team-laptops';
import { BASELINE_ANSWERS, testTemplate } from '../../support/test-template';

/**
 * A privacy purge on the lead's laptop, then the team hub: the shopper's laptop (which still holds
 * the visit's details) writes new text and a new photo to it, and the lead's laptop later rejoins
 * and pulls everything again from cursor 0. Neither pull may bring back names, free text or photos,
 * in any table or file; scores still arrive.
 */
let cluster: PgCluster;
let hub: RunningHub;
let root: string;
let lead: Laptop;
let shopper: Laptop;

const SECRETS = [
  'Sami Haddad',
  'Teller Ion was rude',
  'Queue to the door',
  'Second visit note by Sami',
  'Second pain point',
];

const team = teamOfTwo();

beforeAll(async () => {
  ({ cluster, hub, root, lead, shopper } = team);
});

const photo = (red: number) =>
  sharp({ create: { width: 40, height: 30, channels: 3, background: { r: red, g: 40, b: 90 } } })
    .jpeg()
    .toBuffer()
    .then((b) => b.toString('base64'));

/** Every text cell of every table of the laptop's database file, read apart from the app. */
function everyText(l: Laptop): string {
  const db = new Database(path.join(l.dir, 'journey-audit.sqlite'), { readonly: true });
  try {
    const tables = db
      .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
      .pluck()
      .all() as string[];
    return tables
      .flatMap((t) => db.prepare(`SELECT * FROM "${t}"`).all() as Record<string, unknown>[])
      .flatMap((r) => Object.values(r).filter((v): v is string => typeof v === 'string'))
      .join('\n');
  } finally {
    db.close();
  }
}

const files = (dir: string): string[] =>
  fs.existsSync(dir)
    ? fs.readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => fs.statSync(path.join(dir, f)).isFile())
    : [];

const values = (l: Laptop, auditId: string) =>
  l.backend
    .database!.db.prepare(
      'SELECT touchpoint_id, criterion_id, value_json FROM answers WHERE audit_id = ? ORDER BY touchpoint_id, criterion_id',
    )
    .all(auditId);

describe('a hub pull after a privacy purge', () => {
  it('never restores the names, free text or photos the purge removed on this laptop', async () => {
    const { clientId, templateId } = await sharedProgramme(lead, shopper);

    const S = <M extends Parameters<typeof dispatchOk>[1]>(m: M, i: Parameters<typeof dispatchOk<M>>[2]) =>
      dispatchOk(shopper.backend, m, i);
    const visit = await S('audits.create', {
      clientId,
      templateId,
      title: 'Harbour, March',
      auditDate: '2027-03-02',
      auditType: 'mystery-shop',
      auditor: 'Sami Haddad',
    });
    const auditId = visit.id;
    await S('visits.update', { auditId, changes: { shopper: 'Sami Haddad' } });
    for (const [touchpointId, criterionId, value] of BASELINE_ANSWERS)
      await S('audits.setAnswer', { auditId, touchpointId, criterionId, value });
    await S('audits.setNote', { auditId, touchpointId: 'branch', criterionId: 'greeting', note: SECRETS[1]! });
    await S('audits.setRecord', { auditId, touchpointId: 'branch', field: 'painPoints', value: SECRETS[2]! });
    await S('evidence.add', { auditId, touchpointId: 'branch', fileName: 'desk.jpg', dataBase64: await photo(200) });
    await sync(shopper);
    await sync(lead);
    expect(everyText(lead)).toContain(SECRETS[1]);

    // The shopper asks to be erased; the lead runs it on the lead's laptop (not synced yet).
    const plan = await dispatchOk(lead.backend, 'privacy.planErasure', { shopper: 'Sami Haddad' });
    expect(plan.totals).toMatchObject({ visits: 1, photos: 1 });
    await dispatchOk(lead.backend, 'privacy.erase', { shopper: 'Sami Haddad', token: plan.token });

    // Meanwhile the shopper's laptop, which still holds everything, writes more into the visit.
    await S('audits.setNote', { auditId, touchpointId: 'branch', criterionId: 'greeting', note: SECRETS[3]! });
    await S('audits.setRecord', { auditId, touchpointId: 'branch', field: 'painPoints', value: SECRETS[4]! });
    await S('audits.setAnswer', {
      auditId,
      touchpointId: 'website',
      criterionId: 'ease',
      value: { kind: 'scale', value: 4 },
    });
    const second = await photo(30);
    await S('evidence.add', { auditId, touchpointId: 'website', fileName: 'sign.jpg', dataBase64: second });
    const secondSha = shopper.backend
      .database!.db.prepare("SELECT sha256 FROM evidence WHERE audit_id = ? AND original_name = 'sign.jpg'")
      .pluck()
      .get(auditId) as string;
    await sync(shopper);
    const evidenceFilesBefore = files(path.join(lead.dir, 'evidence'));

    const expectPurgedHere = async () => {
      const text = everyText(lead);
      expect(SECRETS.filter((secret) => text.includes(secret))).toEqual([]);
      const db = lead.backend.database!.db;
      expect(db.prepare('SELECT count(*) FROM evidence WHERE audit_id = ?').pluck().get(auditId)).toBe(0);
      // No photo file arrived: not the new one, and nothing beyond what the laptop already had.
      expect(files(path.join(lead.dir, 'evidence')).some((f) => f.includes(secondSha))).toBe(false);
      expect(files(path.join(lead.dir, 'evidence')).length).toBeLessThanOrEqual(evidenceFilesBefore.length);
      const row = db
        .prepare(`SELECT ${PURGED_FIELDS.audits!.join(', ')}, purged_at FROM audits WHERE id = ?`)
        .get(auditId) as Record<string, string | null>;
      expect(row).toMatchObject({ shopper: '', auditor: '', review_comment: '' });
      expect(row.purged_at).not.toBeNull();
      // Scores are not purged: the shopper's changed answer arrives.
      expect(values(lead, auditId)).toEqual(values(shopper, auditId));
      expect((await dispatchOk(lead.backend, 'conflicts.list', {})).filter((c) => c.auditId === auditId)).toEqual([]);
    };

    await sync(lead);
    await sync(lead);
    await expectPurgedHere();

    // The lead leaves and rejoins: the whole team's data comes again from cursor 0.
    const { code } = await dispatchOk(lead.backend, 'team.invite', { role: 'lead', name: 'Lina again' });
    await dispatchOk(lead.backend, 'team.leave', {});
    await dispatchOk(lead.backend, 'team.join', {
      hubAddress: hub.origin,
      inviteCode: code,
      deviceName: 'Lead laptop',
    });
    await sync(lead);
    await expectPurgedHere();
    expect(lead.backend.database!.db.prepare('SELECT cursor FROM hub_link').pluck().get()).toBeGreaterThan(0);

    // The shopper's own laptop is not purged: the pull leaves its details alone.
    expect((await S('audits.get', { id: auditId })).evidence).toHaveLength(2);
  });

  it('a purge the hub refuses (the visit is reviewed) leaves none of the details in this laptop’s file', async () => {
    const client = (await dispatchOk(lead.backend, 'clients.list', {}))[0]!;
    const template = (await dispatchOk(lead.backend, 'templates.list', {})).find((t) => !t.builtinKey)!;
    const OLD = ['Rania Old', 'Old note about the cashier', 'Reviewed: Rania was thorough'];
    const visit = await dispatchOk(shopper.backend, 'audits.create', {
      clientId: client.id,
      templateId: template.id,
      title: 'Old visit',
      auditDate: '2025-01-10',
      auditType: 'mystery-shop',
    });
    await dispatchOk(shopper.backend, 'visits.update', { auditId: visit.id, changes: { shopper: OLD[0]! } });
    for (const [touchpointId, criterionId, value] of BASELINE_ANSWERS)
      await dispatchOk(shopper.backend, 'audits.setAnswer', { auditId: visit.id, touchpointId, criterionId, value });
    await dispatchOk(shopper.backend, 'audits.setNote', {
      auditId: visit.id,
      touchpointId: 'branch',
      criterionId: 'greeting',
      note: OLD[1]!,
    });
    await dispatchOk(shopper.backend, 'evidence.add', {
      auditId: visit.id,
      touchpointId: 'branch',
      fileName: 'counter.jpg',
      dataBase64: await photo(120),
    });
    await dispatchOk(shopper.backend, 'audits.complete', { id: visit.id });
    await sync(shopper);
    await sync(lead);
    await dispatchOk(lead.backend, 'visits.review', { auditId: visit.id, decision: 'reviewed', comment: OLD[2]! });
    await sync(lead);
    expect(everyText(lead)).toContain(OLD[1]);

    const plan = await dispatchOk(lead.backend, 'privacy.planErasure', { shopper: OLD[0]! });
    await dispatchOk(lead.backend, 'privacy.erase', { shopper: OLD[0]!, token: plan.token });
    await sync(lead);
    const status = await sync(lead);
    // The hub keeps the reviewed visit as it was: the purged versions are refused there ...
    expect(status.refused).toBeGreaterThan(0);
    const refused = await dispatchOk(lead.backend, 'team.refused', {});
    // Listed one by one, exactly as counted, the photo's deletion among them.
    expect(refused).toHaveLength(status.refused);
    expect(refused.every((r) => r.code === 'reviewed')).toBe(true);
    expect(refused.find((r) => r.kind === 'evidence')).toMatchObject({
      deleted: true,
      what: `counter.jpg (${testTemplate().touchpoints.find((t) => t.id === 'branch')!.name})`,
    });
    // ... and this laptop keeps no copy of the details, not even as the hub's last known version.
    const text = everyText(lead);
    expect(OLD.filter((secret) => text.includes(secret))).toEqual([]);
  });

  it('a conflict kept from before the purge loses the details too, and settling it brings none back', async () => {
    const client = (await dispatchOk(lead.backend, 'clients.list', {}))[0]!;
    const template = (await dispatchOk(lead.backend, 'templates.list', {})).find((t) => !t.builtinKey)!;
    const NOTES = ['Shopper Dana saw the manager shout', 'Lead heard: manager was calm'];
    const visit = await dispatchOk(shopper.backend, 'audits.create', {
      clientId: client.id,
      templateId: template.id,
      title: 'Conflicted visit',
      auditDate: '2027-04-01',
      auditType: 'mystery-shop',
    });
    await dispatchOk(shopper.backend, 'visits.update', { auditId: visit.id, changes: { shopper: 'Dana Doe' } });
    const note = (l: Laptop, text: string) =>
      dispatchOk(l.backend, 'audits.setNote', {
        auditId: visit.id,
        touchpointId: 'branch',
        criterionId: 'greeting',
        note: text,
      });
    await dispatchOk(shopper.backend, 'audits.setAnswer', {
      auditId: visit.id,
      touchpointId: 'branch',
      criterionId: 'greeting',
      value: { kind: 'yesno', value: true },
    });
    await sync(shopper);
    await sync(lead);
    // The same note changed on both laptops: a conflict on the lead's laptop, both versions kept.
    await note(shopper, NOTES[0]!);
    await note(lead, NOTES[1]!);
    await sync(shopper);
    await sync(lead);
    const open = (await dispatchOk(lead.backend, 'conflicts.list', {})).filter((c) => c.auditId === visit.id);
    expect(open).toHaveLength(1);
    expect(everyText(lead)).toContain(NOTES[0]);

    const plan = await dispatchOk(lead.backend, 'privacy.planErasure', { shopper: 'Dana Doe' });
    await dispatchOk(lead.backend, 'privacy.erase', { shopper: 'Dana Doe', token: plan.token });
    // At once: neither kept version of the conflict holds the notes any more.
    const kept = JSON.stringify(
      lead.backend.database!.db.prepare('SELECT local_json, incoming_json FROM exchange_conflicts').all(),
    );
    expect(NOTES.filter((n) => kept.includes(n))).toEqual([]);
    await dispatchOk(lead.backend, 'conflicts.resolve', { id: open[0]!.id, keep: 'incoming' });
    // Once settled, the purged answer travels; after that sync no copy is left anywhere in the file.
    await sync(lead);
    await sync(lead);
    const text = everyText(lead);
    expect([...NOTES, 'Dana Doe'].filter((n) => text.includes(n))).toEqual([]);
    const answer = (await dispatchOk(lead.backend, 'audits.get', { id: visit.id })).answers.find(
      (a) => a.criterionId === 'greeting',
    );
    // The shopper's answer (a score) stays; its note does not come back.
    expect(answer).toMatchObject({ value: { kind: 'yesno', value: true }, note: '' });
  });
});
