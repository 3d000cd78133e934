import { createHash, randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { createBackend, type Backend } from '../../electron/backend/backend';
import type { PackageExportResult, PackageImportResult } from '../../shared/api/exchange-api';
import { testTemplate } from '../support/test-template';
import { reconcileTrail } from '../../electron/backend/trail/reconcile';
import { TRAIL_SYSTEM_REASONS } from '../../shared/trail/trail-types';
import { once, rowOf, withGoal, type Row } from './measure';

const VISITS = 200;
const PHOTOS_PER_VISIT = 2;
/** The threads libuv runs sharp's work on. */
const LIBUV_THREADS = Number(process.env.UV_THREADPOOL_SIZE) || 4;
/** Imports into a fresh database (each with its floor after it): the rows are their medians. */
const IMPORT_ROUNDS = 3;

async function ok<T>(p: Promise<{ ok: boolean; value?: unknown; error?: { message: string } }>): Promise<T> {
  const r = await p;
  if (!r.ok) throw new Error(r.error!.message);
  return r.value as T;
}

/** A wave of 200 visits (answers, records, timestamps) with 2 photos each, written straight into the tables. */
async function buildWave(backend: Backend, dataDir: string): Promise<{ waveId: string; photos: Buffer[] }> {
  const client = await ok<{ id: string }>(backend.dispatch('clients.create', { name: 'Exchange bench client' }));
  const template = await ok<{ id: string }>(
    backend.dispatch('templates.import', { fileName: 't.json', text: JSON.stringify(testTemplate()) }),
  );
  const first = await ok<{ id: string }>(
    backend.dispatch('audits.create', {
      clientId: client.id,
      templateId: template.id,
      title: 'Visit 1',
      auditType: 'mystery-shop',
      auditDate: '2027-04-01',
    }),
  );
  const db = backend.database!.db;
  const versionId = db.prepare('SELECT template_version_id FROM audits WHERE id = ?').pluck().get(first.id) as string;
  db.prepare('DELETE FROM audits WHERE id = ?').run(first.id);
  const waveId = randomUUID();
  const siteId = randomUUID();
  const at = '2027-04-01T10:00:00.000Z';
  const photos: Buffer[] = [];
  for (let i = 0; i < VISITS * PHOTOS_PER_VISIT; i++) {
    photos.push(
      await sharp({
        create: {
          width: 640,
          height: 480,
          channels: 3,
          background: '#000000',
          noise: { type: 'gaussian', mean: 40 + (i % 150), sigma: 12 },
        },
      })
        .jpeg({ quality: 70 })
        .toBuffer(),
    );
  }
  const insertAudit = db.prepare(
    "INSERT INTO audits (id, client_id, template_version_id, title, audit_type, audit_date, scope_json, status, created_at, updated_at, site_id, wave_id, shopper) VALUES (?, ?, ?, ?, 'mystery-shop', '2027-04-02', ?, 'in_progress', ?, ?, ?, ?, ?)",
  );
  const insertAnswer = db.prepare(
    'INSERT INTO answers (id, audit_id, touchpoint_id, criterion_id, value_json, note, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)',
  );
  const insertRecord = db.prepare(
    'INSERT INTO touchpoint_records (audit_id, touchpoint_id, emotion, pain_points, updated_at) VALUES (?, ?, ?, ?, ?)',
  );
  const insertStamp = db.prepare('INSERT INTO visit_timestamps (audit_id, moment, at) VALUES (?, ?, ?)');
  const insertEvidence = db.prepare(
    "INSERT INTO evidence (id, audit_id, touchpoint_id, sha256, original_name, mime, bytes, width, height, thumb_data_url, created_at) VALUES (?, ?, 'branch', ?, ?, 'image/jpeg', ?, 640, 480, 'data:image/webp;base64,', ?)",
  );
  db.transaction(() => {
    db.prepare("INSERT INTO sites (id, client_id, name, created_at, updated_at) VALUES (?, ?, 'Main St', ?, ?)").run(
      siteId,
      client.id,
      at,
      at,
    );
    db.prepare("INSERT INTO waves (id, client_id, name, created_at, updated_at) VALUES (?, ?, 'Bench wave', ?, ?)").run(
      waveId,
      client.id,
      at,
      at,
    );
    for (let v = 0; v < VISITS; v++) {
      const auditId = randomUUID();
      insertAudit.run(
        auditId,
        client.id,
        versionId,
        `Visit ${v + 1}`,
        JSON.stringify({ stageIds: [], kinds: ['digital', 'human', 'physical'] }),
        at,
        at,
        siteId,
        waveId,
        `Shopper ${v % 7}`,
      );
      insertAnswer.run(
        randomUUID(),
        auditId,
        'website',
        'price-shown',
        JSON.stringify({ kind: 'yesno', value: v % 2 === 0 }),
        '',
        at,
      );
      insertAnswer.run(
        randomUUID(),
        auditId,
        'website',
        'ease',
        JSON.stringify({ kind: 'scale', value: 1 + (v % 5) }),
        'note',
        at,
      );
      insertAnswer.run(
        randomUUID(),
        auditId,
        'branch',
        'greeting',
        JSON.stringify({ kind: 'yesno', value: true }),
        '',
        at,
      );
      insertAnswer.run(
        randomUUID(),
        auditId,
        'branch',
        'nps-like',
        JSON.stringify({ kind: 'scale', value: v % 11 }),
        '',
        at,
      );
      insertRecord.run(auditId, 'branch', 1 + (v % 5), 'queue', at);
      insertStamp.run(auditId, 'entered', at);
      insertStamp.run(auditId, 'left', at);
      for (let p = 0; p < PHOTOS_PER_VISIT; p++) {
        const data = photos[v * PHOTOS_PER_VISIT + p]!;
        const sha = createHash('sha256').update(data).digest('hex');
        const file = path.join(dataDir, 'evidence', sha.slice(0, 2), `${sha}.jpg`);
        fs.mkdirSync(path.dirname(file), { recursive: true });
        fs.writeFileSync(file, data);
        insertEvidence.run(randomUUID(), auditId, sha, `photo-${p}.jpg`, data.length, at);
      }
      // Generated rows enter each visit's trail as sample data, as the app's own sample does.
      reconcileTrail(db, auditId, at, TRAIL_SYSTEM_REASONS.sample);
    }
  })();
  return { waveId, photos };
}

/** packages.export of the wave, packages.import into a fresh database (three times), and the same import again (nothing changes). */
export async function exchangeBench(root: string): Promise<Row[]> {
  const dirA = path.join(root, 'exchange-a');
  const dirB = path.join(root, 'exchange-b');
  const a = createBackend({ dataDir: dirA, host: 'web', version: 'bench' });
  const rows: Row[] = [];
  try {
    const { waveId, photos } = await buildWave(a, dirA);
    let started = performance.now();
    const pkg = await ok<PackageExportResult>(
      a.dispatch('packages.export', { scope: { waveId }, name: 'Bench wave', destination: { kind: 'download' } }),
    );
    const label = `${VISITS} visits, ${VISITS * PHOTOS_PER_VISIT} photos, ${(pkg.bytes / 1024 / 1024).toFixed(1)} MB`;
    rows.push(once(`packages.export (wave of ${label})`, performance.now() - started));
    let again = NaN;
    // Three rounds, each into its own fresh database and each followed by the floor: the rows are the
    // medians, so that one stall of the machine does not decide the mark.
    const calls: number[] = [];
    const allDerived: number[] = [];
    const floors: number[] = [];
    for (let round = 0; round < IMPORT_ROUNDS; round++) {
      const b = createBackend({ dataDir: `${dirB}-${round}`, host: 'web', version: 'bench' });
      try {
        started = performance.now();
        const first = await ok<PackageImportResult>(
          b.dispatch('packages.import', { fileName: pkg.fileName, base64: pkg.base64! }),
        );
        calls.push(performance.now() - started);
        // The display copies and thumbnails are made by the background job after the call has answered.
        await b.photos.idle();
        allDerived.push(performance.now() - started);
        if (first.counts.audits?.add !== VISITS)
          throw new Error(`expected ${VISITS} visits added, got ${JSON.stringify(first.counts.audits)}`);
        // The floor: every photo of the package decoded once by sharp, timed once the background job is idle
        // so that neither slows the other. The plain decode to pixels is the cheapest full decode (the
        // import's check averages the pixels down to one instead, ~7% more work, to hand back no image).
        // Twice as many decodes are asked for at a time as libuv has threads to run them, so a thread never waits.
        started = performance.now();
        let next = 0;
        await Promise.all(
          Array.from({ length: 2 * LIBUV_THREADS }, async () => {
            while (next < photos.length) await sharp(photos[next++]!).raw().toBuffer();
          }),
        );
        floors.push(performance.now() - started);
        if (round === 0) {
          started = performance.now();
          const second = await ok<PackageImportResult>(
            b.dispatch('packages.import', { fileName: pkg.fileName, base64: pkg.base64! }),
          );
          again = performance.now() - started;
          if (second.totals.add + second.totals.update + second.totals.conflict !== 0)
            throw new Error('the second import changed something');
        }
      } finally {
        b.close();
      }
    }
    const decode = rowOf(`floor: decoding the package's ${photos.length} photos once with sharp`, floors);
    const firstImport = rowOf(
      `packages.import into a fresh database (${label}): the call the user waits for (each photo checked once; display copies and thumbnails left to the background job)`,
      calls,
    );
    rows.push(withGoal(firstImport, { figure: 'median', ratio: 1.5 }, decode));
    const derivedRow = rowOf('', allDerived);
    rows.push({
      ...derivedRow,
      operation: `  the same import until the background job has made every display copy and thumbnail (${(derivedRow.median_ms / decode.median_ms).toFixed(2)}x the floor; no goal: nobody waits for it)`,
    });
    rows.push(once('packages.import again (same package: nothing changes)', again));
  } finally {
    a.close();
  }
  return rows;
}
