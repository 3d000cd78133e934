import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createBackend, type Backend } from '../../electron/backend/backend';
import type { MethodInput, MethodName } from '../../shared/contract';
import { tempDir } from '../support/temp-dir';
import { testTemplate } from '../support/test-template';
import { dispatchOk } from '../support/dispatch';

let a: Backend;
let b: Backend;
let dirA: string;
let dirB: string;
let clock = new Date('2027-03-01T09:00:00Z').getTime();
const now = () => new Date((clock += 1000));

const call = <M extends MethodName>(backend: Backend, method: M, input: MethodInput<M>) =>
  dispatchOk(backend, method, input);

beforeEach(() => {
  dirA = tempDir('ja-pkg-a-');
  dirB = tempDir('ja-pkg-b-');
  a = createBackend({ dataDir: dirA, host: 'web', version: 'test-a', now });
  b = createBackend({ dataDir: dirB, host: 'web', version: 'test-b', now });
});
afterEach(() => {
  a.close();
  b.close();
});

const photo = (seed: number) =>
  sharp({ create: { width: 64 + seed, height: 48, channels: 3, background: { r: (seed * 53) % 255, g: 90, b: 160 } } })
    .jpeg({ quality: 80 })
    .toBuffer();

/** A client with a site and a wave, four visits (three exported), answers, records, timestamps, metrics, an action and photos. */
async function seedA() {
  const client = await call(a, 'clients.create', { name: 'Cedar Bank', sector: 'Banking' });
  const template = await call(a, 'templates.import', { fileName: 't.json', text: JSON.stringify(testTemplate()) });
  const db = a.database!.db;
  const siteId = '0b5c1b9e-4a0e-4c5e-9d3f-2f7a5d1c0a01';
  const waveId = '0b5c1b9e-4a0e-4c5e-9d3f-2f7a5d1c0a02';
  db.prepare(
    "INSERT INTO sites (id, client_id, name, address, region, created_at, updated_at) VALUES (?, ?, 'Hamra branch', 'Hamra St', 'Beirut', '2027-03-01T09:00:00.000Z', '2027-03-01T09:00:00.000Z')",
  ).run(siteId, client.id);
  db.prepare(
    "INSERT INTO waves (id, client_id, name, starts_on, ends_on, created_at, updated_at) VALUES (?, ?, 'Spring wave', '2027-03-01', '2027-03-31', '2027-03-01T09:00:00.000Z', '2027-03-01T09:00:00.000Z')",
  ).run(waveId, client.id);
  const audits = [];
  for (let i = 0; i < 4; i++) {
    const audit = await call(a, 'audits.create', {
      clientId: client.id,
      templateId: template.id,
      title: `Visit ${i + 1}`,
      auditType: 'mystery-shop',
      auditDate: `2027-03-0${i + 2}`,
    });
    db.prepare('UPDATE audits SET site_id = ?, wave_id = ?, shopper = ? WHERE id = ?').run(
      siteId,
      waveId,
      `Shopper ${i}`,
      audit.id,
    );
    // Through the app, so the moment is in the visit's trail (a row written behind the app would fail Verify on import).
    await call(a, 'visits.stamp', { auditId: audit.id, moment: 'entered', at: '2027-03-02T10:00:00Z' });
    await call(a, 'audits.setAnswer', {
      auditId: audit.id,
      touchpointId: 'website',
      criterionId: 'price-shown',
      value: { kind: 'yesno', value: i % 2 === 0 },
    });
    await call(a, 'audits.setAnswer', {
      auditId: audit.id,
      touchpointId: 'branch',
      criterionId: 'nps-like',
      value: { kind: 'scale', value: 5 + i },
    });
    await call(a, 'audits.setNote', {
      auditId: audit.id,
      touchpointId: 'branch',
      criterionId: 'nps-like',
      note: `استقبال ممتاز ${i}`,
    });
    await call(a, 'audits.setRecord', { auditId: audit.id, touchpointId: 'branch', field: 'emotion', value: 1 + i });
    await call(a, 'evidence.add', {
      auditId: audit.id,
      touchpointId: 'branch',
      fileName: `p${i}.jpg`,
      dataBase64: (await photo(i)).toString('base64'),
    });
    if (i === 0)
      await call(a, 'evidence.add', {
        auditId: audit.id,
        touchpointId: 'website',
        fileName: 'extra.jpg',
        dataBase64: (await photo(40)).toString('base64'),
      });
    audits.push(audit);
  }
  await call(a, 'metrics.set', {
    auditId: audits[0]!.id,
    inputs: { npsMode: 'counts', promoters: 5, passives: 3, detractors: 2 },
  });
  await call(a, 'actions.create', {
    clientId: client.id,
    auditId: audits[1]!.id,
    touchpointId: 'branch',
    title: 'Greet faster',
    priority: 'high',
  });
  return { client, template, audits, siteId, waveId };
}

const TABLES = [
  'clients',
  'sites',
  'waves',
  'templates',
  'template_versions',
  'audits',
  'answers',
  'touchpoint_records',
  'visit_timestamps',
  'audit_metrics',
  'evidence',
  'actions',
  'exchange_state',
  'exchange_conflicts',
  'audit_changes',
];
function snapshot(backend: Backend): Record<string, unknown[]> {
  const db = backend.database!.db;
  return Object.fromEntries(TABLES.map((t) => [t, db.prepare(`SELECT * FROM ${t} ORDER BY rowid`).all()]));
}
function filesOf(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      // Backups are the app's own copies (one is taken before every import), not the imported data.
      if (e.isDirectory()) {
        if (e.name !== 'backups') walk(p);
      } else if (!/\.sqlite(-wal|-shm)?$/.test(e.name))
        out[path.relative(dir, p)] = createHash('sha256').update(fs.readFileSync(p)).digest('hex');
    }
  };
  walk(dir);
  return out;
}

async function exportFrom(backend: Backend, auditIds: string[], name = 'Three visits') {
  const pkg = await call(backend, 'packages.export', { scope: { auditIds }, name, destination: { kind: 'download' } });
  return { fileName: pkg.fileName, base64: pkg.base64! };
}

describe('visit packages', () => {
  it('round trip: three visits with photos into another database, twice; the second import changes nothing', async () => {
    const seeded = await seedA();
    const chosen = seeded.audits.slice(0, 3).map((x) => x.id);
    const pkg = await exportFrom(a, chosen);
    expect(pkg.fileName).toBe('Three visits.zip');

    const preview = await call(b, 'packages.preview', pkg);
    expect(preview.counts.audits).toEqual({ add: 3, update: 0, unchanged: 0, conflict: 0, refused: 0 });
    expect(preview.counts.evidence?.add).toBe(4);
    expect(preview.photos).toEqual({ total: 4, new: 4 });
    expect(preview.counts.audit_metrics?.add).toBe(1);
    expect(preview.counts.actions?.add).toBe(1);
    expect(preview.counts.template_versions?.add).toBe(1);
    expect(preview.conflicts).toEqual([]);
    expect(preview.audits.map((x) => x.action)).toEqual(['add', 'add', 'add']);
    // The preview wrote nothing.
    expect(await call(b, 'audits.list', {})).toEqual([]);

    const first = await call(b, 'packages.import', pkg);
    expect(first.totals.conflict).toBe(0);
    expect(first.totals.update).toBe(0);
    expect(first.filesWritten).toBe(4); // four originals (their display copies are the background job's)

    const inB = await call(b, 'audits.list', {});
    expect(inB.map((x) => x.id).sort()).toEqual([...chosen].sort());
    for (const id of chosen) {
      const [da, dbb] = [await call(a, 'audits.get', { id }), await call(b, 'audits.get', { id })];
      expect(dbb.answered).toBe(da.answered);
      expect(JSON.stringify((dbb as unknown as { answers: unknown }).answers)).toBe(
        JSON.stringify((da as unknown as { answers: unknown }).answers),
      );
    }
    // Photos byte-identical.
    const evA = a
      .database!.db.prepare('SELECT id, sha256 FROM evidence WHERE audit_id IN (?, ?, ?) ORDER BY id')
      .all(...chosen) as { id: string; sha256: string }[];
    const evB = b.database!.db.prepare('SELECT id, sha256 FROM evidence ORDER BY id').all() as {
      id: string;
      sha256: string;
    }[];
    expect(evB).toEqual(evA);
    for (const e of evA) {
      const [ia, ib] = [
        await call(a, 'evidence.image', { id: e.id, variant: 'original' }),
        await call(b, 'evidence.image', { id: e.id, variant: 'original' }),
      ];
      const bytes = Buffer.from(ib.dataUrl.split(',')[1]!, 'base64');
      expect(createHash('sha256').update(bytes).digest('hex')).toBe(e.sha256);
      expect(ib.dataUrl).toBe(ia.dataUrl);
    }
    // The wave, site and visit timestamps came along.
    expect(b.database!.db.prepare('SELECT name FROM waves').pluck().all()).toEqual(['Spring wave']);
    expect(b.database!.db.prepare('SELECT COUNT(*) FROM visit_timestamps').pluck().get()).toBe(3);

    await b.photos.idle(); // the display copies are made in the background
    const before = snapshot(b);
    const filesBefore = filesOf(dirB);
    const second = await call(b, 'packages.import', pkg);
    expect(second.totals.add).toBe(0);
    expect(second.totals.update).toBe(0);
    expect(second.totals.conflict).toBe(0);
    expect(second.totals.unchanged).toBe(first.totals.add + first.totals.unchanged);
    expect(second.filesWritten).toBe(0);
    expect(snapshot(b)).toEqual(before);
    expect(filesOf(dirB)).toEqual(filesBefore);

    // A zip any tool can read.
    const file = path.join(tempDir('ja-pkg-out-'), 'p.zip');
    fs.writeFileSync(file, Buffer.from(pkg.base64, 'base64'));
    const { execFileSync } = await import('node:child_process');
    try {
      const listing = execFileSync('unzip', ['-t', file], { encoding: 'utf8' });
      expect(listing).toContain('No errors detected');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
  });

  it('a whole wave, or a client, travels as one package', async () => {
    const seeded = await seedA();
    const wave = await call(a, 'packages.export', {
      scope: { waveId: seeded.waveId },
      name: 'Spring',
      destination: { kind: 'download' },
    });
    expect(wave.counts.audits).toBe(4);
    const client = await call(a, 'packages.export', {
      scope: { clientId: seeded.client.id },
      name: 'All',
      destination: { kind: 'download' },
    });
    expect(client.counts.audits).toBe(4);
    expect(client.counts.sites).toBe(1);
    const result = await call(b, 'packages.import', { fileName: wave.fileName, base64: wave.base64! });
    expect(result.counts.audits?.add).toBe(4);
    // Writing to a path is for the desktop app only.
    const refused = await a.dispatch('packages.export', {
      scope: { waveId: seeded.waveId },
      name: 'x',
      destination: { kind: 'file', path: '/tmp/x.zip' },
    });
    expect(refused.ok).toBe(false);
  });

  it('the same answer edited on both sides after an exchange is a conflict: both kept, the user chooses', async () => {
    const seeded = await seedA();
    const id = seeded.audits[0]!.id;
    await call(b, 'packages.import', await exportFrom(a, [id]));

    await call(a, 'audits.setAnswer', {
      auditId: id,
      touchpointId: 'branch',
      criterionId: 'nps-like',
      value: { kind: 'scale', value: 9 },
    });
    await call(a, 'audits.setAnswer', {
      auditId: id,
      touchpointId: 'website',
      criterionId: 'ease',
      value: { kind: 'scale', value: 4 },
    });
    await call(b, 'audits.setAnswer', {
      auditId: id,
      touchpointId: 'branch',
      criterionId: 'nps-like',
      value: { kind: 'scale', value: 2 },
    });
    const pkg = await exportFrom(a, [id], 'Edited in A');

    const preview = await call(b, 'packages.preview', pkg);
    expect(preview.counts.answers).toMatchObject({ add: 1, conflict: 1 });
    expect(preview.conflicts).toHaveLength(1);
    expect(preview.conflicts[0]).toMatchObject({
      kind: 'answers',
      label: 'branch / nps-like',
      auditId: id,
      auditTitle: 'Visit 1',
    });
    expect(preview.conflicts[0]!.differences).toEqual([
      {
        field: 'value_json',
        local: JSON.stringify({ kind: 'scale', value: 2 }),
        incoming: JSON.stringify({ kind: 'scale', value: 9 }),
      },
    ]);

    const result = await call(b, 'packages.import', pkg);
    expect(result.conflictsStored).toBe(1);
    const answerIn = (backend: Backend, criterionId: string) =>
      backend
        .database!.db.prepare('SELECT value_json FROM answers WHERE audit_id = ? AND criterion_id = ?')
        .pluck()
        .get(id, criterionId);
    expect(answerIn(b, 'nps-like')).toBe(JSON.stringify({ kind: 'scale', value: 2 })); // local kept, never overwritten silently
    expect(answerIn(b, 'ease')).toBe(JSON.stringify({ kind: 'scale', value: 4 })); // the change only A made arrived

    const conflicts = await call(b, 'conflicts.list', { clientId: seeded.client.id });
    expect(conflicts).toHaveLength(1);
    expect(conflicts[0]!.local?.value_json).toBe(JSON.stringify({ kind: 'scale', value: 2 }));
    expect(conflicts[0]!.incoming.value_json).toBe(JSON.stringify({ kind: 'scale', value: 9 }));
    expect(conflicts[0]!.packageName).toBe('Edited in A');

    // Importing the same package again stores nothing new.
    const again = await call(b, 'packages.import', pkg);
    expect(again.conflictsStored).toBe(0);
    expect(await call(b, 'conflicts.list', {})).toHaveLength(1);

    await call(b, 'conflicts.resolve', { id: conflicts[0]!.id, keep: 'incoming' });
    expect(answerIn(b, 'nps-like')).toBe(JSON.stringify({ kind: 'scale', value: 9 }));
    expect(await call(b, 'conflicts.list', {})).toEqual([]);
    const after = await call(b, 'packages.preview', pkg);
    expect(after.totals.conflict + after.totals.update + after.totals.add).toBe(0);
    expect((await b.dispatch('conflicts.resolve', { id: conflicts[0]!.id, keep: 'local' })).ok).toBe(false);
  });

  it('keeping the local version makes it the newer one: a re-import changes nothing and it travels back as an update', async () => {
    const seeded = await seedA();
    const id = seeded.audits[0]!.id;
    await call(b, 'packages.import', await exportFrom(a, [id]));
    await call(a, 'audits.setNote', {
      auditId: id,
      touchpointId: 'website',
      criterionId: 'price-shown',
      note: 'from A',
    });
    await call(b, 'audits.setNote', {
      auditId: id,
      touchpointId: 'website',
      criterionId: 'price-shown',
      note: 'from B',
    });
    const pkg = await exportFrom(a, [id]);
    await call(b, 'packages.import', pkg);
    const [conflict] = await call(b, 'conflicts.list', {});
    await call(b, 'conflicts.resolve', { id: conflict!.id, keep: 'local' });
    const again = await call(b, 'packages.import', pkg);
    expect(again.totals.conflict + again.totals.update + again.totals.add).toBe(0);
    // B's version goes back to A as a plain update.
    const back = await call(a, 'packages.import', await exportFrom(b, [id]));
    expect(back.counts.answers).toMatchObject({ update: 1, conflict: 0 });
    expect(
      a
        .database!.db.prepare("SELECT note FROM answers WHERE audit_id = ? AND criterion_id = 'price-shown'")
        .pluck()
        .get(id),
    ).toBe('from B');
  });
});
