import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { beforeEach, describe, expect, it } from 'vitest';
import { createBackend, type Backend } from '../../electron/backend/backend';
import { MIGRATIONS } from '../../electron/backend/db/migrations';
import { openDatabase } from '../../electron/backend/db/open-database';
import { entryHash } from '../../electron/backend/trail/entry-hash';
import { verifyTrail } from '../../electron/backend/trail/verify-trail';
import type { MethodInput, MethodName } from '../../shared/contract';
import { dispatchFailure, dispatchOk } from '../support/dispatch';
import { tempDir } from '../support/temp-dir';
import { testTemplate } from '../support/test-template';

let dataDir: string;
let backend: Backend;
const call = <M extends MethodName>(method: M, input: MethodInput<M>) => dispatchOk(backend, method, input);
const db = () => backend.database!.db;

beforeEach(() => {
  dataDir = tempDir('ja-trail-');
  backend = createBackend({ dataDir, host: 'web', version: 'test' });
});

/** An audit walked the way a consultant would: answers, a note, records, a photo added and one removed, completed, reopened. */
async function walkedAudit() {
  await call('trail.setIdentity', { actor: 'Maya Haddad', device: 'Laptop-7' });
  const client = await call('clients.create', { name: 'Cedar Bank' });
  const template = await call('templates.import', { fileName: 't.json', text: JSON.stringify(testTemplate()) });
  const audit = await call('audits.create', {
    clientId: client.id,
    templateId: template.id,
    title: 'Baseline',
    auditDate: '2027-01-15',
  });
  const a = audit.id;
  const yes = { kind: 'yesno', value: true } as const;
  await call('audits.setAnswer', { auditId: a, touchpointId: 'website', criterionId: 'price-shown', value: yes }); // 1
  await call('audits.setAnswer', {
    auditId: a,
    touchpointId: 'website',
    criterionId: 'ease',
    value: { kind: 'scale', value: 2 },
  }); // 2
  await call('audits.setAnswer', {
    auditId: a,
    touchpointId: 'website',
    criterionId: 'ease',
    value: { kind: 'scale', value: 4 },
  }); // 3
  await call('audits.setNote', {
    auditId: a,
    touchpointId: 'website',
    criterionId: 'ease',
    note: 'Hours hidden in the footer',
  }); // 4
  await call('audits.setRecord', { auditId: a, touchpointId: 'website', field: 'painPoints', value: 'Slow page' }); // 5
  const jpeg = (colour: number) =>
    sharp({ create: { width: 64, height: 48, channels: 3, background: { r: colour, g: 90, b: 40 } } })
      .jpeg()
      .toBuffer();
  const photo = await call('evidence.add', {
    auditId: a,
    touchpointId: 'branch',
    fileName: 'counter.jpg',
    dataBase64: (await jpeg(200)).toString('base64'),
  }); // 6
  const gone = await call('evidence.add', {
    auditId: a,
    touchpointId: 'branch',
    fileName: 'blurred.jpg',
    dataBase64: (await jpeg(20)).toString('base64'),
  }); // 7
  await call('evidence.remove', { id: gone.id }); // 8
  return { audit, client, photo };
}

const verify = (auditId: string) => call('trail.verify', { auditId });
const indexOfSeq = (auditId: string, seq: number) =>
  (
    db().prepare('SELECT seq FROM audit_changes WHERE audit_id = ? ORDER BY seq').pluck().all(auditId) as number[]
  ).indexOf(seq) + 1;

describe('the hash-chained trail', () => {
  it('chains every change with who, when, old → new and why; Verify recomputes it and finds nothing', async () => {
    const { audit, photo } = await walkedAudit();
    const history = await call('trail.history', { auditId: audit.id });
    expect(history.entries.map((e) => e.field)).toEqual([
      'answer',
      'answer',
      'answer',
      'note',
      'painPoints',
      'evidence',
      'evidence',
      'evidence.removed',
    ]);
    // Each entry points at the one before; the first at nothing; the head is the last hash.
    history.entries.forEach((e, i) => expect(e.prevHash).toBe(i === 0 ? null : history.entries[i - 1]!.hash));
    expect(history.head).toBe(history.entries.at(-1)!.hash);
    expect(new Set(history.entries.map((e) => e.hash)).size).toBe(8);
    expect(history.entries[2]).toMatchObject({
      actor: 'Maya Haddad',
      device: 'Laptop-7',
      oldJson: '{"kind":"scale","value":2}',
    });
    const stored = fs.readFileSync(
      path.join(
        dataDir,
        'evidence',
        history.entries[5]!.photoSha256!.slice(0, 2),
        `${history.entries[5]!.photoSha256}.jpg`,
      ),
    );
    expect(history.entries[5]!.newJson).toBe(JSON.stringify(photo.id));
    expect(createHash('sha256').update(stored).digest('hex')).toBe(history.entries[5]!.photoSha256);

    // Per criterion: only that criterion's entries.
    const ease = await call('trail.history', { auditId: audit.id, touchpointId: 'website', criterionId: 'ease' });
    expect(ease.entries.map((e) => [e.index, e.field])).toEqual([
      [2, 'answer'],
      [3, 'answer'],
      [4, 'note'],
    ]);

    // Complete, then reopen with a reason: both chained, the reason kept.
    for (const [tp, cr, value] of [
      ['branch', 'greeting', { kind: 'yesno', value: true }],
      ['branch', 'nps-like', { kind: 'scale', value: 8 }],
      ['branch', 'wait', { kind: 'option', optionId: 'short' }],
      ['branch', 'hours', { kind: 'channels', values: { Web: '9-5', Phone: '9-5', Store: '9-5' } }],
      ['signage', 'visible', { kind: 'na' }],
    ] as const)
      await call('audits.setAnswer', {
        auditId: audit.id,
        touchpointId: tp,
        criterionId: cr,
        value,
      } as MethodInput<'audits.setAnswer'>);
    await call('audits.complete', { id: audit.id });
    await call('audits.reopen', { id: audit.id, reason: 'Client disputed the greeting' });
    const after = await call('trail.history', { auditId: audit.id });
    expect(after.entries.slice(-2).map((e) => [e.field, e.reason])).toEqual([
      ['completed', null],
      ['reopened', 'Client disputed the greeting'],
    ]);
    const ok = await verify(audit.id);
    expect(ok).toMatchObject({ ok: true, entries: 15, photosChecked: 1, head: after.head, firstProblem: null });
  });

  it('names the entry when a change-log row is edited behind the app', async () => {
    const { audit } = await walkedAudit();
    const seq = db()
      .prepare("SELECT seq FROM audit_changes WHERE audit_id = ? AND field = 'note'")
      .pluck()
      .get(audit.id) as number;
    db().prepare('UPDATE audit_changes SET new_json = \'"Hours shown clearly"\' WHERE seq = ?').run(seq);
    const result = await verify(audit.id);
    expect(result.ok).toBe(false);
    expect(result.firstProblem).toMatchObject({
      kind: 'entry-altered',
      entryIndex: 4,
      field: 'note',
      criterionId: 'ease',
    });
  });

  it('names the next entry when a row is rewritten with a fresh hash or deleted: the link breaks', async () => {
    const { audit } = await walkedAudit();
    const rows = db().prepare('SELECT * FROM audit_changes WHERE audit_id = ? ORDER BY seq').all(audit.id) as Record<
      string,
      string | null
    >[];
    const second = rows[1]!;
    const forged = { ...second, old_json: 'null', new_json: '{"kind":"scale","value":1}' } as Parameters<
      typeof entryHash
    >[0];
    db()
      .prepare('UPDATE audit_changes SET new_json = ?, hash = ? WHERE seq = ?')
      .run(forged.new_json, entryHash(forged), second.seq);
    expect((await verify(audit.id)).firstProblem).toMatchObject({ kind: 'link-broken', entryIndex: 3 });

    const other = await walkedAudit();
    const seqs = db()
      .prepare('SELECT seq FROM audit_changes WHERE audit_id = ? ORDER BY seq')
      .pluck()
      .all(other.audit.id) as number[];
    db().prepare('DELETE FROM audit_changes WHERE seq = ?').run(seqs[4]);
    expect((await verify(other.audit.id)).firstProblem).toMatchObject({
      kind: 'link-broken',
      entryIndex: 5,
      field: 'evidence',
    });
  });

  it('names the last entry of an answer edited behind the app, and a value no entry wrote', async () => {
    const { audit } = await walkedAudit();
    db()
      .prepare(
        'UPDATE answers SET value_json = \'{"kind":"scale","value":5}\' WHERE audit_id = ? AND criterion_id = \'ease\'',
      )
      .run(audit.id);
    const result = await verify(audit.id);
    expect(result.firstProblem).toMatchObject({
      kind: 'state-differs',
      entryIndex: 3,
      field: 'answer',
      criterionId: 'ease',
    });
    expect(result.problems).toHaveLength(1);

    db()
      .prepare(
        "INSERT INTO answers (id, audit_id, touchpoint_id, criterion_id, value_json, note, updated_at) VALUES ('x1', ?, 'signage', 'visible', '{\"kind\":\"yesno\",\"value\":false}', '', 'now')",
      )
      .run(audit.id);
    const more = await verify(audit.id);
    expect(more.problems.map((p) => [p.kind, p.entryIndex, p.criterionId])).toEqual([
      ['state-differs', 3, 'ease'],
      ['not-in-trail', null, 'visible'],
    ]);
  });

  it('names the photo entry when the photo file is edited behind the app', async () => {
    const { audit, photo } = await walkedAudit();
    const entry = (await call('trail.history', { auditId: audit.id })).entries.find(
      (e) => e.newJson === JSON.stringify(photo.id),
    )!;
    const file = path.join(dataDir, 'evidence', entry.photoSha256!.slice(0, 2), `${entry.photoSha256}.jpg`);
    const bytes = fs.readFileSync(file);
    bytes[bytes.length - 3] ^= 0xff;
    fs.writeFileSync(file, bytes);
    const result = await verify(audit.id);
    expect(result.firstProblem).toMatchObject({ kind: 'photo-altered', entryIndex: 6, field: 'evidence' });
    fs.rmSync(file);
    expect((await verify(audit.id)).firstProblem).toMatchObject({ kind: 'photo-missing', entryIndex: 6 });
  });

  it('an undo is an entry of its own; a second undo walks further back; the chain still verifies', async () => {
    const { audit } = await walkedAudit();
    await call('audits.undo', { auditId: audit.id }); // the pain point back to ''
    await call('audits.undo', { auditId: audit.id }); // the note back to ''
    const entries = (await call('trail.history', { auditId: audit.id })).entries;
    expect(entries.slice(-2).map((e) => [e.field, e.oldJson, e.newJson, e.reason])).toEqual([
      ['painPoints', '"Slow page"', '""', 'undo'],
      ['note', '"Hours hidden in the footer"', '""', 'undo'],
    ]);
    expect((await verify(audit.id)).ok).toBe(true);
    expect(indexOfSeq(audit.id, db().prepare('SELECT max(seq) FROM audit_changes').pluck().get() as number)).toBe(10);
  });

  it('the sample audit verifies: its answers enter the trail as sample entries', async () => {
    const sample = await call('samples.create', { language: 'ar' });
    const result = await verify(sample.auditId);
    expect(result.ok).toBe(true);
    const reasons = new Set((await call('trail.history', { auditId: sample.auditId })).entries.map((e) => e.reason));
    expect([...reasons]).toEqual(['sample']);
  });
});

describe('migration 6: the change log written before the trail becomes a chain', () => {
  it('chains existing rows in order, moves reasons and photo hashes in, and records what the log never held', () => {
    const file = path.join(tempDir('ja-trail-mig-'), 'journey-audit.sqlite');
    const v5 = openDatabase(file, { migrations: MIGRATIONS.filter((m) => m.version <= 5) });
    const old = v5.db;
    old.exec(`
      INSERT INTO clients (id, name, created_at, updated_at) VALUES ('c1', 'Cedar', 't', 't');
      INSERT INTO templates (id, language, name, definition_json, created_at, updated_at) VALUES ('t1', 'en', 'T', '{}', 't', 't');
      INSERT INTO template_versions (id, template_id, version, definition_json, created_at) VALUES ('v1', 't1', 1, '{}', 't');
      INSERT INTO audits (id, client_id, template_version_id, title, audit_type, audit_date, scope_json, status, created_at, updated_at)
        VALUES ('a1', 'c1', 'v1', 'Old', 'walkthrough', '2026-01-01', '{}', 'in_progress', 't', 't');
      INSERT INTO answers (id, audit_id, touchpoint_id, criterion_id, value_json, note, updated_at)
        VALUES ('n1', 'a1', 'web', 'price', '{"kind":"yesno","value":true}', '', 't'),
               ('n2', 'a1', 'web', 'ease', '{"kind":"scale","value":3}', '', 't');
      INSERT INTO evidence (id, audit_id, touchpoint_id, sha256, original_name, mime, bytes, width, height, thumb_data_url, created_at)
        VALUES ('e1', 'a1', 'web', '${'ab'.repeat(32)}', 'p.jpg', 'image/jpeg', 1, 1, 1, '', 't');
      INSERT INTO audit_changes (audit_id, touchpoint_id, criterion_id, field, old_json, new_json, at) VALUES
        ('a1', 'web', 'price', 'answer', 'null', '{"kind":"yesno","value":true}', '2026-01-01T10:00:00Z'),
        ('a1', 'web', NULL, 'evidence', NULL, '"e1"', '2026-01-01T10:01:00Z'),
        ('a1', NULL, NULL, 'completed', '"in_progress"', '"complete"', '2026-01-01T10:02:00Z'),
        ('a1', NULL, NULL, 'reopened', 'null', '"Wrong site"', '2026-01-01T10:03:00Z');
    `);
    old.close();

    const { db: migrated } = openDatabase(file);
    const rows = migrated.prepare('SELECT * FROM audit_changes ORDER BY seq').all() as Record<string, string | null>[];
    expect(rows.map((r) => [r.field, r.reason, r.photo_sha256])).toEqual([
      ['answer', null, null],
      ['evidence', null, 'ab'.repeat(32)],
      ['completed', null, null],
      ['reopened', 'Wrong site', null],
      // The scale answer was saved without a log row (as sample data was): recorded now, and saying so.
      ['answer', 'trail-introduced', null],
    ]);
    expect(rows[4]).toMatchObject({ criterion_id: 'ease', old_json: 'null', new_json: '{"kind":"scale","value":3}' });
    rows.forEach((r, i) => expect(r.prev_hash).toBe(i === 0 ? null : rows[i - 1]!.hash));
    const result = verifyTrail(migrated, path.dirname(file), 'a1', new Date());
    // The photo's file was never there in this fixture: the only problem Verify names.
    expect(result.problems.map((p) => [p.kind, p.entryIndex])).toEqual([['photo-missing', 2]]);
    migrated.close();
  });
});

describe('the trail in packages', () => {
  const exportAudit = async (auditId: string) => {
    const pkg = await call('packages.export', {
      scope: { auditIds: [auditId] },
      name: 'Trail',
      destination: { kind: 'download' },
    });
    return { fileName: pkg.fileName, base64: pkg.base64! };
  };
  const otherLaptop = () => createBackend({ dataDir: tempDir('ja-trail-b-'), host: 'web', version: 'test' });

  it('a valid chain survives export → import on another laptop: same entries, same head, verified there', async () => {
    const { audit } = await walkedAudit();
    const here = await call('trail.history', { auditId: audit.id });
    const pkg = await exportAudit(audit.id);
    const b = otherLaptop();
    await dispatchOk(b, 'trail.setIdentity', { actor: 'Lead', device: 'Office PC' });
    await dispatchOk(b, 'packages.import', pkg);
    const there = await dispatchOk(b, 'trail.history', { auditId: audit.id });
    expect(there.head).toBe(here.head);
    expect(there.entries).toEqual(here.entries); // the author and device stay Maya's on Laptop-7
    expect(await dispatchOk(b, 'trail.verify', { auditId: audit.id })).toMatchObject({ ok: true, photosChecked: 1 });
    // Importing again adds nothing; more work on A then travels as an extension of the same chain.
    await dispatchOk(b, 'packages.import', pkg);
    expect((await dispatchOk(b, 'trail.history', { auditId: audit.id })).total).toBe(8);
    await call('audits.setNote', {
      auditId: audit.id,
      touchpointId: 'website',
      criterionId: 'price-shown',
      note: 'Fees listed',
    });
    await dispatchOk(b, 'packages.import', await exportAudit(audit.id));
    const extended = await dispatchOk(b, 'trail.history', { auditId: audit.id });
    expect(extended.total).toBe(9);
    expect(extended.head).toBe((await call('trail.history', { auditId: audit.id })).head);
    expect((await dispatchOk(b, 'trail.verify', { auditId: audit.id })).ok).toBe(true);
    b.close();
  });

  it('a package whose chain was altered is refused whole, naming the audit and the entry', async () => {
    const { audit } = await walkedAudit();
    db()
      .prepare("UPDATE audit_changes SET actor = 'Someone else' WHERE audit_id = ? AND field = 'painPoints'")
      .run(audit.id);
    const pkg = await exportAudit(audit.id);
    const b = otherLaptop();
    const refused = await dispatchFailure(b, 'packages.import', pkg);
    expect(refused.code).toBe('INVALID_FILE');
    expect(refused.message).toContain('"Baseline"');
    expect(refused.message).toContain('entry 5 (painPoints)');
    expect((await dispatchFailure(b, 'packages.preview', pkg)).message).toContain('entry 5');
    expect(await dispatchOk(b, 'audits.list', {})).toEqual([]);
    b.close();
  });

  it('an entry merely marked as purged is no free pass: a forged answer under the mark is refused, here and in a package', async () => {
    const { audit } = await walkedAudit();
    // Entry 3 set "ease" to 4; rewritten to 1, the answer with it, and marked as emptied by a purge (it never was).
    const forge = (actorAndDevice: string) =>
      db()
        .prepare(
          `UPDATE audit_changes SET new_json = '{"kind":"scale","value":1}', redacted_at = '2027-03-02T10:00:00.000Z'${actorAndDevice}
           WHERE seq = (SELECT seq FROM audit_changes WHERE audit_id = ? ORDER BY seq LIMIT 1 OFFSET 2)`,
        )
        .run(audit.id);
    forge('');
    db()
      .prepare(
        'UPDATE answers SET value_json = \'{"kind":"scale","value":1}\' WHERE audit_id = ? AND criterion_id = \'ease\'',
      )
      .run(audit.id);
    const head = (await call('trail.history', { auditId: audit.id })).head;
    const here = await verify(audit.id);
    expect(here.ok).toBe(false);
    expect(here.head).toBe(head); // the head is unchanged: only the mark's rule catches it
    expect(here.firstProblem).toMatchObject({ kind: 'redaction-unexplained', entryIndex: 3, field: 'answer' });
    const b = otherLaptop();
    const refused = await dispatchFailure(b, 'packages.import', await exportAudit(audit.id));
    expect(refused.code).toBe('INVALID_FILE');
    expect(refused.message).toContain('entry 3 (answer) does not match');
    expect(refused.message).toContain('marked as emptied by a privacy purge, but no purge left it so');
    // Shaped as a purge leaves an entry (no names), but with no purge after it: still refused.
    forge(", actor = '', device = ''");
    expect((await verify(audit.id)).firstProblem).toMatchObject({ kind: 'redaction-unexplained', entryIndex: 3 });
    expect((await dispatchFailure(b, 'packages.preview', await exportAudit(audit.id))).message).toContain('entry 3');
    expect(await dispatchOk(b, 'audits.list', {})).toEqual([]);
    b.close();
  });

  it.each([
    [
      'an author with a text-direction override',
      "actor = 'Lina' || char(8238) || 'gnp.exe'",
      /actor contains control, text-direction override or broken characters/,
    ],
    ['a device name past its limit', `device = '${'d'.repeat(81)}'`, /device is too long \(limit 80\)/],
    ['a time that is not an instant', "at = 'yesterday'", /at is not valid/],
    ['a day that does not exist', "at = '2027-02-30T10:00:00.000Z'", /at is not valid/],
    ['a value that is not JSON', "new_json = '{not json'", /new_json is not valid/],
    ['a field name the app never writes', "field = 'hack<b>'", /field is not valid/],
    ['a reason past the longest the app keeps', `reason = '${'r'.repeat(5001)}'`, /reason is too long \(limit 5000\)/],
  ])('a package whose trail holds %s is refused in words, naming the entry and field', async (_, set, words) => {
    const { audit } = await walkedAudit();
    db()
      .prepare(`UPDATE audit_changes SET ${set} WHERE seq = (SELECT max(seq) FROM audit_changes WHERE audit_id = ?)`)
      .run(audit.id);
    const b = otherLaptop();
    const refused = await dispatchFailure(b, 'packages.import', await exportAudit(audit.id));
    expect(refused.code).toBe('INVALID_FILE');
    expect(refused.message).toContain('"trail/entries.json" does not follow the format');
    expect(refused.message).toMatch(words);
    expect(await dispatchOk(b, 'audits.list', {})).toEqual([]);
    b.close();
  });

  it('a package whose answers no longer match their chain is refused too', async () => {
    const { audit } = await walkedAudit();
    db()
      .prepare(
        'UPDATE answers SET value_json = \'{"kind":"yesno","value":false}\' WHERE audit_id = ? AND criterion_id = \'price-shown\'',
      )
      .run(audit.id);
    const b = otherLaptop();
    const refused = await dispatchFailure(b, 'packages.import', await exportAudit(audit.id));
    expect(refused.message).toContain('entry 1 (answer) does not match');
    b.close();
  });
});
