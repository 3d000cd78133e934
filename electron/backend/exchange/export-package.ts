import { packageFileName } from '../../../shared/exchange/package-file-name';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { PackageExportResult, PackageScope } from '../../../shared/api/exchange-api';
import type { ParsedInput } from '../../../shared/contract';
import {
  evidenceEntryPath,
  PACKAGE_EXTENSION,
  PACKAGE_FORMAT,
  PACKAGE_FORMAT_VERSION,
  RECORD_KINDS,
  recordColumns,
  recordEntryPath,
  type AnyRecord,
  type PackageManifest,
  type RecordKind,
} from '../../../shared/exchange/package-format';
import { AppError } from '../../../shared/result';
import type { BackendContext } from '../context';
import { write } from '../db/write';
import { EXT_BY_MIME, originalPath, recordHash, recordKey } from './records';
import { redactedStandIns } from './redacted-stand-in';
import { writeZip, type ZipEntryInput } from './zip';
import { packageTrailRows, TRAIL_ENTRY_PATH } from '../trail/package-trail';
import { checkUserFileTarget, writeUserFile } from '../files/user-file-target';

export { packageFileName };

type Rows = Record<RecordKind, AnyRecord[]>;

const cols = (kind: RecordKind) => recordColumns[kind].join(', ');

/** The records a scope covers: its visits, their client, sites, waves, template versions (with their templates) and everything of each visit. */
export function collectRecords(ctx: BackendContext, scope: PackageScope): Rows {
  const db = ctx.db;
  const rows = Object.fromEntries(RECORD_KINDS.map((k) => [k, [] as AnyRecord[]])) as Rows;
  let audits: AnyRecord[];
  if ('auditIds' in scope) {
    const one = db.prepare(`SELECT ${cols('audits')} FROM audits WHERE id = ?`);
    audits = [...new Set(scope.auditIds)].map((id) => {
      const row = one.get(id) as AnyRecord | undefined;
      if (!row) throw new AppError('NOT_FOUND', `The visit ${id} no longer exists; nothing was exported.`);
      return row;
    });
  } else if ('waveId' in scope) {
    if (!db.prepare('SELECT 1 FROM waves WHERE id = ?').get(scope.waveId))
      throw new AppError('NOT_FOUND', 'That wave no longer exists; nothing was exported.');
    audits = db
      .prepare(`SELECT ${cols('audits')} FROM audits WHERE wave_id = ? ORDER BY audit_date, id`)
      .all(scope.waveId) as AnyRecord[];
  } else {
    if (!db.prepare('SELECT 1 FROM clients WHERE id = ?').get(scope.clientId))
      throw new AppError('NOT_FOUND', 'That client no longer exists; nothing was exported.');
    audits = db
      .prepare(`SELECT ${cols('audits')} FROM audits WHERE client_id = ? ORDER BY audit_date, id`)
      .all(scope.clientId) as AnyRecord[];
  }
  rows.audits = audits;
  const auditIds = new Set(audits.map((a) => String(a.id)));
  const byId = (kind: RecordKind, ids: Iterable<string>) => {
    const stmt = db.prepare(`SELECT ${cols(kind)} FROM ${kind} WHERE id = ?`);
    return [...new Set(ids)].map((id) => stmt.get(id) as AnyRecord | undefined).filter((r): r is AnyRecord => !!r);
  };
  const clientIds = new Set(audits.map((a) => String(a.client_id)));
  const siteIds = new Set(audits.flatMap((a) => (a.site_id ? [String(a.site_id)] : [])));
  const waveIds = new Set(audits.flatMap((a) => (a.wave_id ? [String(a.wave_id)] : [])));
  if ('clientId' in scope) {
    clientIds.add(scope.clientId);
    for (const s of db.prepare('SELECT id FROM sites WHERE client_id = ?').pluck().all(scope.clientId) as string[])
      siteIds.add(s);
    for (const w of db.prepare('SELECT id FROM waves WHERE client_id = ?').pluck().all(scope.clientId) as string[])
      waveIds.add(w);
  }
  if ('waveId' in scope) waveIds.add(scope.waveId);
  rows.clients = byId('clients', clientIds);
  rows.sites = byId('sites', siteIds);
  rows.waves = byId('waves', waveIds);
  rows.template_versions = byId(
    'template_versions',
    audits.map((a) => String(a.template_version_id)),
  );
  rows.templates = byId(
    'templates',
    rows.template_versions.map((v) => String(v.template_id)),
  );
  for (const kind of ['answers', 'touchpoint_records', 'visit_timestamps', 'audit_metrics', 'evidence'] as const) {
    const stmt = db.prepare(`SELECT ${cols(kind)} FROM ${kind} WHERE audit_id = ?`);
    rows[kind] = [...auditIds].flatMap((id) => stmt.all(id) as AnyRecord[]);
  }
  if ('clientId' in scope)
    rows.actions = db
      .prepare(`SELECT ${cols('actions')} FROM actions WHERE client_id = ?`)
      .all(scope.clientId) as AnyRecord[];
  else {
    const stmt = db.prepare(`SELECT ${cols('actions')} FROM actions WHERE audit_id = ?`);
    rows.actions = [...auditIds].flatMap((id) => stmt.all(id) as AnyRecord[]);
  }
  // A baseline outside the package travels as a reference only; the importer drops it when it does not know it.
  return rows;
}

/** Builds the package bytes (manifest first) from collected rows and the photo files. */
export function buildPackage(ctx: BackendContext, rows: Rows, name: string): Buffer {
  const entries: ZipEntryInput[] = [];
  for (const kind of RECORD_KINDS)
    entries.push({ name: recordEntryPath(kind), data: Buffer.from(JSON.stringify(rows[kind]), 'utf8') });
  entries.push({
    name: TRAIL_ENTRY_PATH,
    data: Buffer.from(
      JSON.stringify(
        packageTrailRows(
          ctx.db,
          rows.audits.map((a) => String(a.id)),
        ),
      ),
      'utf8',
    ),
  });
  const seen = new Set<string>();
  for (const e of rows.evidence) {
    const sha = String(e.sha256);
    if (seen.has(sha)) continue;
    seen.add(sha);
    const ext = EXT_BY_MIME[String(e.mime)] ?? 'bin';
    const file = originalPath(ctx.dataDir, sha, ext);
    if (!fs.existsSync(file))
      throw new AppError(
        'NOT_FOUND',
        `The photo "${e.original_name}" is missing from the evidence folder, so the package was not made.`,
      );
    entries.push({ name: evidenceEntryPath(sha, ext), data: fs.readFileSync(file), method: 0 });
  }
  const manifest: PackageManifest = {
    format: PACKAGE_FORMAT,
    formatVersion: PACKAGE_FORMAT_VERSION,
    createdAt: ctx.now().toISOString(),
    appVersion: ctx.version,
    name,
    entries: entries.map((e) => ({
      path: e.name,
      sha256: createHash('sha256').update(e.data).digest('hex'),
      bytes: e.data.length,
    })),
    counts: Object.fromEntries(RECORD_KINDS.map((k) => [k, rows[k].length])) as PackageManifest['counts'],
  };
  return writeZip(
    [{ name: 'manifest.json', data: Buffer.from(JSON.stringify(manifest, null, 1), 'utf8') }, ...entries],
    ctx.now(),
  );
}

/** Marks what travelled, so a later import of an edited copy knows what both sides started from. */
export function markExchanged(ctx: BackendContext, rows: Rows): void {
  const at = ctx.now().toISOString();
  const stmt = ctx.db.prepare(
    `INSERT INTO exchange_state (record_kind, record_id, base_hash, exchanged_at) VALUES (?, ?, ?, ?)
     ON CONFLICT (record_kind, record_id) DO UPDATE SET base_hash = excluded.base_hash, exchanged_at = excluded.exchanged_at
     WHERE base_hash <> excluded.base_hash`,
  );
  write(ctx.db, () => {
    for (const kind of RECORD_KINDS)
      for (const row of rows[kind]) stmt.run(kind, recordKey(kind, row), recordHash(kind, row), at);
  });
}

export function exportPackage(input: ParsedInput<'packages.export'>, ctx: BackendContext): PackageExportResult {
  const target =
    input.destination.kind === 'file' ? checkUserFileTarget(ctx, input.destination.path, { noun: 'package' }) : null;
  const collected = collectRecords(ctx, input.scope);
  const rows = input.includeOriginals
    ? collected
    : { ...collected, evidence: redactedStandIns(ctx, collected.evidence) };
  const bytes = buildPackage(ctx, rows, input.name);
  const fileName = target ? path.basename(target) : packageFileName(input.name);
  if (target) writeUserFile(target, bytes);
  markExchanged(ctx, rows);
  const counts = Object.fromEntries(RECORD_KINDS.map((k) => [k, rows[k].length]));
  return target
    ? { fileName, bytes: bytes.length, path: target, counts }
    : { fileName, bytes: bytes.length, base64: bytes.toString('base64'), counts };
}
