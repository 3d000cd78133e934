import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createBackend, type Backend } from '../../electron/backend/backend';
import type { MethodInput, MethodName } from '../../shared/contract';
import { inEnglish } from '../../shared/reasons/reason';
import { reasonText } from '../../renderer/src/lib/reason-text';
import { i18nFor } from '../support/i18n-for';
import { dispatchOk } from '../support/dispatch';
import { packageEditor, snapshotDir, type Rows } from '../support/package-builder';
import { tempDir } from '../support/temp-dir';
import { seedRuleBookVisits } from '../support/rule-book-visits';
import { PASSING_ANSWERS } from '../support/test-template';

/**
 * Issue 10's imports: a package built from a real export, then edited by hand in each of the ways
 * the API refuses, is refused whole with its own message, and the receiving data folder stays
 * byte-identical (no file, no empty evidence/xx/ folder, no row).
 */
const call = <M extends MethodName>(backend: Backend, method: M, input: MethodInput<M>) =>
  dispatchOk(backend, method, input);

let exported: Buffer;
let editor: ReturnType<typeof packageEditor>;
let ids: { visit: string; builtinVisit: string; client: string };

async function sender(dir: string) {
  let clock = Date.parse('2027-03-01T09:00:00.000Z');
  const a = createBackend({ dataDir: dir, host: 'web', version: 'test', now: () => new Date((clock += 1000)) });
  const { client, visit, builtinVisit } = await seedRuleBookVisits(a);
  return { a, client, visit, builtinVisit };
}

async function exportOf(a: Backend, auditIds: string[]) {
  const r = await call(a, 'packages.export', { scope: { auditIds }, name: 'Real', destination: { kind: 'download' } });
  return Buffer.from(r.base64!, 'base64');
}

beforeAll(async () => {
  const { a, client, visit, builtinVisit } = await sender(tempDir('ja-sender-'));
  exported = await exportOf(a, [visit.id, builtinVisit.id]);
  editor = packageEditor(exported);
  ids = { visit: visit.id, builtinVisit: builtinVisit.id, client: client.id };
  a.close();
});

let b: Backend;
let dirB: string;
beforeEach(async () => {
  dirB = tempDir('ja-receiver-');
  b = createBackend({ dataDir: dirB, host: 'web', version: 'test' });
  await call(b, 'packages.import', { fileName: 'real.zip', base64: exported.toString('base64') });
  // The display copy that import left to the background job is made before anything is compared.
  await b.photos.idle();
  // The WAL copied into the file now, not by a quiet-moment checkpoint in the middle of a comparison.
  b.database!.db.pragma('wal_checkpoint(TRUNCATE)');
});

const answer = (r: Rows, criterionId: string) => r.answers!.find((x) => x.criterion_id === criterionId)!;
const auditOf = (r: Rows, id: string) => r.audits!.find((x) => x.id === id)!;
const versionOf = (r: Rows, auditId: string) =>
  r.template_versions!.find((v) => v.id === auditOf(r, auditId).template_version_id)!;

const HOSTILE: [string, (r: Rows) => void, RegExp][] = [
  [
    'an answer that does not fit its scale',
    (r) => (answer(r, 'ease').value_json = JSON.stringify({ kind: 'scale', value: 7 })),
    /the answer does not fit the scale of "How easy is it to find opening hours\?"/,
  ],
  [
    'an answer for a criterion the audit does not cover',
    (r) => r.answers!.push({ ...answer(r, 'ease'), id: randomUUID(), criterion_id: 'injected' }),
    /website\/injected, which the audit does not cover/,
  ],
  [
    'markup as the audit date',
    (r) => (auditOf(r, ids.visit).audit_date = '<img src=x onerror=alert(1)>'),
    /audit_date is not a real calendar date/,
  ],
  [
    'an impossible calendar date',
    (r) => (auditOf(r, ids.visit).planned_date = '2025-02-30'),
    /"records\/audits.json" does not follow the format: 0.planned_date is not a real calendar date/,
  ],
  [
    'a scope naming a stage the template does not have',
    (r) => (auditOf(r, ids.visit).scope_json = JSON.stringify({ stageIds: ['nowhere'], kinds: ['digital'] })),
    /names stage "nowhere", which its template does not have/,
  ],
  [
    'an audit that is its own baseline',
    (r) => (auditOf(r, ids.visit).baseline_audit_id = ids.visit),
    /an audit cannot be its own baseline/,
  ],
  [
    'a photo record whose stated size differs from the image',
    (r) => r.evidence!.push({ ...r.evidence![0]!, id: randomUUID(), width: 41 }),
    /says 41 × 30 pixels, but its image is 40 × 30/,
  ],
  [
    'a built-in template version with an injected criterion',
    (r) => {
      const v = versionOf(r, ids.builtinVisit);
      const def = JSON.parse(String(v.definition_json));
      def.touchpoints[0].criteria.push({ ...def.touchpoints[0].criteria[0], id: 'injected', weight: 50 });
      v.definition_json = JSON.stringify(def);
    },
    /scores differently from the shipped one/,
  ],
  [
    'an answer id that belongs to another answer here',
    (r) => {
      const taken = answer(r, 'price-shown').id;
      r.answers = r.answers!.filter((x) => x.id !== taken);
      r.answers.push({
        ...answer(r, 'ease'),
        id: taken,
        touchpoint_id: 'branch',
        criterion_id: 'nps-like',
        value_json: JSON.stringify({ kind: 'scale', value: 6 }),
      });
    },
    /answer id [0-9a-f-]+ \(branch\/nps-like\) already belongs to another answer here \(website\/price-shown\)/,
  ],
  [
    'two answers sharing an id',
    (r) => (answer(r, 'ease').id = answer(r, 'price-shown').id),
    /is used twice in "records\/answers.json"/,
  ],
  [
    'an id shared by records of two kinds',
    (r) => (r.evidence![0]!.id = ids.visit),
    /is used by a record of "audits" and one of "evidence"/,
  ],
  [
    'a photo id that belongs to another photo here',
    (r) => (r.evidence![0]!.touchpoint_id = 'website'),
    /photo id [0-9a-f-]+ already belongs to another photo here/,
  ],
  [
    'a client name longer than the app allows (121 > 120)',
    (r) => (r.clients![0]!.name = 'C'.repeat(121)),
    /0.name is too long \(limit 120\)/,
  ],
  [
    'client notes longer than the app allows (5001 > 5000)',
    (r) => (r.clients![0]!.notes = 'n'.repeat(5001)),
    /0.notes is too long \(limit 5000\)/,
  ],
  [
    'a right-to-left override in a client name',
    (r) => (r.clients![0]!.name = 'Invoice\u202efdp.exe'),
    /0.name contains control, text-direction override or broken characters/,
  ],
  [
    'a NUL in an answer note',
    (r) => (answer(r, 'ease').note = 'a\u0000b'),
    /note contains control, text-direction override or broken characters/,
  ],
];

describe('a real export edited by hand', () => {
  const messages = new Set<string>();
  it.each(HOSTILE)('refuses %s, and the data folder stays byte-identical', async (_label, edit, expected) => {
    const before = snapshotDir(dirB);
    const base64 = editor.build(edit).toString('base64');
    for (const method of ['packages.preview', 'packages.import'] as const) {
      const r = await b.dispatch(method, { fileName: 'edited.zip', base64 });
      expect(r.ok, method).toBe(false);
      if (r.ok) return;
      expect(r.error.code).toBe('INVALID_FILE');
      expect(r.error.message).toMatch(expected);
      expect(r.error.message).toMatch(/Nothing was imported\.$/);
      if (method === 'packages.import') {
        messages.add(r.error.message);
        // The same refusal, said on an Arabic or Romanian screen: whole, translated, with the record's names.
        for (const t of [i18nFor('ar'), i18nFor('ro')]) {
          const said = reasonText(t, r.error.reason!);
          expect(said).not.toMatch(/\{\{|\}\}|reasons\./);
          expect(said).not.toBe(inEnglish(r.error.reason!));
        }
      }
    }
    expect(snapshotDir(dirB)).toEqual(before);
  });
  it('gave each edit its own message', () => {
    expect([...messages]).toHaveLength(HOSTILE.length);
  });
  it('the unedited package still imports (nothing to do the second time)', async () => {
    const again = await call(b, 'packages.preview', { fileName: 'x.zip', base64: editor.build().toString('base64') });
    expect(again.totals).toEqual({ add: 0, update: 0, unchanged: again.totals.unchanged, conflict: 0, refused: 0 });
  });
});

describe('a locked audit accepts nothing through an import', () => {
  async function completeHere(auditId: string) {
    for (const [touchpointId, criterionId, value] of PASSING_ANSWERS)
      await call(b, 'audits.setAnswer', { auditId, touchpointId, criterionId, value });
    await call(b, 'audits.complete', { id: auditId });
  }

  for (const lock of ['complete', 'reviewed'] as const) {
    it(`${lock}: its answers, photos, metrics and records are refused with a reason; the rest is imported`, async () => {
      await completeHere(ids.visit);
      if (lock === 'reviewed')
        await call(b, 'visits.review', { auditId: ids.visit, decision: 'reviewed', comment: '' });
      const lockedBefore = await call(b, 'audits.get', { id: ids.visit });
      const pkg = editor.build((r) => {
        answer(r, 'ease').value_json = JSON.stringify({ kind: 'scale', value: 1 });
        answer(r, 'ease').updated_at = '2027-04-01T10:00:00.000Z';
        r.answers!.push({ ...answer(r, 'ease'), id: randomUUID(), touchpoint_id: 'branch', criterion_id: 'nps-like' });
        r.answers!.at(-1)!.value_json = JSON.stringify({ kind: 'scale', value: 2 });
        r.audit_metrics!.push({
          audit_id: ids.visit,
          data_json: JSON.stringify({ npsMode: 'raw', npsAnswers: [1, 2] }),
          updated_at: '2027-04-01T10:00:00.000Z',
        });
        r.touchpoint_records!.push({
          audit_id: ids.visit,
          touchpoint_id: 'website',
          emotion: 1,
          pain_points: 'injected',
          worked: '',
          recommendation: '',
          updated_at: '2027-04-01T10:00:00.000Z',
        });
        r.evidence!.push({ ...r.evidence![0]!, id: randomUUID(), touchpoint_id: 'website' });
        auditOf(r, ids.builtinVisit).title = 'Branch visit (renamed)';
      });
      const base64 = pkg.toString('base64');
      const preview = await call(b, 'packages.preview', { fileName: 'x.zip', base64 });
      expect(preview.refused.map((x) => x.kind).sort()).toEqual([
        'answers',
        'answers',
        'audit_metrics',
        'evidence',
        'touchpoint_records',
      ]);
      const reason =
        lock === 'complete' ? /"Visit" is complete here and read-only/ : /"Visit" was reviewed by the lead here/;
      for (const x of preview.refused) expect(inEnglish(x.reason)).toMatch(reason);
      expect(preview.totals.refused).toBe(5);
      expect(preview.photos.new).toBe(0);
      const result = await call(b, 'packages.import', { fileName: 'x.zip', base64, planHash: preview.planHash });
      expect(result.refused).toEqual(preview.refused);
      expect(result.totals).toEqual(preview.totals);
      const after = await call(b, 'audits.get', { id: ids.visit });
      expect(after.answers).toEqual(lockedBefore.answers);
      expect(after.records).toEqual(lockedBefore.records);
      expect(after.evidence).toEqual(lockedBefore.evidence);
      expect((await call(b, 'metrics.get', { auditId: ids.visit })).updatedAt).toBeNull();
      expect((await call(b, 'audits.get', { id: ids.builtinVisit })).title).toBe('Branch visit (renamed)');
      expect((await call(b, 'conflicts.list', {})).filter((c) => c.auditId === ids.visit)).toEqual([]);
    });
  }
});

describe('the preview is what the import does', () => {
  it('counts a new photo as new, in the preview and in the result', async () => {
    const dirC = tempDir('ja-fresh-');
    const c = createBackend({ dataDir: dirC, host: 'web', version: 'test' });
    const base64 = exported.toString('base64');
    const preview = await call(c, 'packages.preview', { fileName: 'x.zip', base64 });
    expect(preview.photos).toEqual({ total: 1, new: 1 });
    const result = await call(c, 'packages.import', { fileName: 'x.zip', base64, planHash: preview.planHash });
    expect(result.photos).toEqual({ total: 1, new: 1 });
    expect(result.filesWritten).toBe(1); // the original; its display copy is made in the background
    expect(result.totals).toEqual(preview.totals);
    expect((await call(c, 'packages.preview', { fileName: 'x.zip', base64 })).photos).toEqual({ total: 1, new: 0 });
    c.close();
  });

  it('refuses to do anything else than the preview showed', async () => {
    const pkg = editor.build((r) => (answer(r, 'ease').value_json = JSON.stringify({ kind: 'scale', value: 2 })));
    const base64 = pkg.toString('base64');
    const preview = await call(b, 'packages.preview', { fileName: 'x.zip', base64 });
    expect(preview.totals.conflict + preview.totals.update).toBe(1);
    await call(b, 'audits.setAnswer', {
      auditId: ids.visit,
      touchpointId: 'website',
      criterionId: 'ease',
      value: { kind: 'scale', value: 5 },
    });
    b.database!.db.pragma('wal_checkpoint(TRUNCATE)');
    const before = snapshotDir(dirB);
    const r = await b.dispatch('packages.import', { fileName: 'x.zip', base64, planHash: preview.planHash });
    expect(r.ok || r.error.code).toBe('NOT_ALLOWED');
    expect(r.ok || r.error.message).toMatch(/changed since the preview/);
    expect(snapshotDir(dirB)).toEqual(before);
  });

  it('a change made after the plan, while the photos are checked, makes the import plan again and refuse', async () => {
    const pkg = editor.build((r) => (answer(r, 'ease').value_json = JSON.stringify({ kind: 'scale', value: 2 })));
    // The local edit lands between the first plan and the transaction (the backup is taken in between).
    const backupBefore = b.backups.before.bind(b.backups);
    b.backups.before = async (reason) => {
      await call(b, 'audits.setAnswer', {
        auditId: ids.visit,
        touchpointId: 'website',
        criterionId: 'ease',
        value: { kind: 'scale', value: 5 },
      });
      return backupBefore(reason);
    };
    const r = await b.dispatch('packages.import', { fileName: 'x.zip', base64: pkg.toString('base64') });
    expect(r.ok || r.error.code).toBe('NOT_ALLOWED');
    expect(r.ok || r.error.message).toMatch(/changed since the preview/);
    const stored = b
      .database!.db.prepare("SELECT value_json FROM answers WHERE audit_id = ? AND criterion_id = 'ease'")
      .pluck()
      .get(ids.visit) as string;
    expect(JSON.parse(stored)).toEqual({ kind: 'scale', value: 5 });
    // Without a change in between, the same package is imported as planned: the edit arrives as an update.
    b.backups.before = backupBefore;
    const again = editor.build((r) => (answer(r, 'ease').value_json = JSON.stringify({ kind: 'scale', value: 5 })));
    const ok = await b.dispatch('packages.import', { fileName: 'y.zip', base64: again.toString('base64') });
    expect(ok.ok).toBe(true);
  });

  it('a failure while writing leaves no photo file and no empty evidence folder behind', async () => {
    const dirC = tempDir('ja-fail-');
    const c = createBackend({ dataDir: dirC, host: 'web', version: 'test' });
    // Make the transaction fail after the photo files are written.
    c.database!.db.exec(
      "CREATE TRIGGER no_answers BEFORE INSERT ON answers BEGIN SELECT RAISE(ABORT, 'disk said no'); END",
    );
    // The backup taken before an import is meant to stay; everything else must be as it was.
    c.database!.db.pragma('wal_checkpoint(TRUNCATE)');
    const before = snapshotDir(dirC, ['backups']);
    const r = await c.dispatch('packages.import', { fileName: 'x.zip', base64: exported.toString('base64') });
    expect(r.ok).toBe(false);
    expect(snapshotDir(dirC, ['backups'])).toEqual(before);
    expect(fs.existsSync(path.join(dirC, 'evidence'))).toBe(false);
    c.close();
  });
});
