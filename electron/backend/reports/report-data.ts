import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import {
  REPORT_PHOTO_MAX_PX,
  type ReportAction,
  type ReportData,
  type ReportImage,
} from '../../../shared/api/reports-api';
import { compareAudits } from '../../../shared/comparison/compare-audits';
import { DEFAULT_THRESHOLD } from '../../../shared/comparison/movement';
import type { ParsedInput } from '../../../shared/contract';
import { compareMetrics } from '../../../shared/metrics/compute-metrics';
import { assessMaturity } from '../../../shared/reports/maturity';
import { actionsOfReport } from '../../../shared/reports/report-actions';
import { reportHighlights } from '../../../shared/reports/report-highlights';
import { stageKindHeat } from '../../../shared/scoring/heat-table';
import { AppError } from '../../../shared/result';
import { auditDetail } from '../audits/audit-rows';
import type { BackendContext } from '../context';
import { baselineOf, loadAudit, type LoadedAudit } from '../insights/comparable-audits';
import { waveView } from '../insights/wave-view';
import { readClientPrivacy } from '../privacy/client-privacy';
import { listActions } from '../queries/actions';
import { getClient } from '../queries/clients';
import { metricsSummary } from '../queries/metrics';
import { readBranding } from '../queries/settings';
import { readSignOff } from '../evidence/sign-off-rows';
import { verifyTrail } from '../trail/verify-trail';
import { readReportWriting } from './report-writing-rows';

/** Photos made at once; each holds one decoded image in memory. */
const PHOTO_CONCURRENCY = 3;

const EXT_BY_MIME: Record<string, string> = {
  'image/jpeg': 'jpg',
  'image/png': 'png',
  'image/webp': 'webp',
  'image/heic': 'heic',
};
const evidenceFile = (ctx: BackendContext, sha: string, name: string) =>
  path.join(ctx.dataDir, 'evidence', sha.slice(0, 2), name);

function mustLoad(ctx: BackendContext, id: string): LoadedAudit {
  const audit = loadAudit(ctx, id);
  if (!audit) throw new AppError('NOT_FOUND', `No audit with id ${id}. It may have been deleted.`);
  return audit;
}

/** A photo's print copy, kept beside it (named `<sha>.<…>` so the sweep keeps it with its row); the size is in the name. */
const printCopyFile = (ctx: BackendContext, sha: string) =>
  evidenceFile(ctx, sha, `${sha}.print-${REPORT_PHOTO_MAX_PX}.jpg`);

/** A whole JPEG ends with its EOI marker: a copy cut short by a crash is made again, never printed grey. */
const isWholeJpeg = (data: Buffer) => data.length > 4 && data[data.length - 2] === 0xff && data[data.length - 1] === 0xd9;

async function readPrintCopy(file: string): Promise<ReportImage | null> {
  try {
    const data = await fs.promises.readFile(file);
    if (!isWholeJpeg(data)) return null;
    const { width, height } = await sharp(data).metadata();
    if (!width || !height) return null;
    return { dataUrl: `data:image/jpeg;base64,${data.toString('base64')}`, width, height };
  } catch {
    return null;
  }
}

/**
 * The print copy is a cache: written under a temporary name and renamed, not flushed (a copy lost
 * to a crash is made again from its source). A disk that refuses it only costs the next report time.
 */
async function keepPrintCopy(file: string, data: Buffer): Promise<void> {
  const temp = path.join(path.dirname(file), `.${path.basename(file)}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    await fs.promises.writeFile(temp, data, { flag: 'wx' });
    await fs.promises.rename(temp, file);
  } catch {
    await fs.promises.rm(temp, { force: true }).catch(() => undefined);
  }
}

/** Print copies being made now, by file: two reports of the same photos at once (preview and PDF) make each once. */
const making = new Map<string, Promise<ReportImage | null>>();

/**
 * One photo for print: its print copy when one was made before, else made now from the display
 * copy (upright already) or the original, scaled to at most REPORT_PHOTO_MAX_PX wide and written as
 * JPEG q80 on white (a JPEG goes into the PDF as it is). Nothing is kept in memory after.
 */
function reportImage(
  ctx: BackendContext,
  photo: { sha256: string; mime: string; redacted_sha256: string | null },
  originals: boolean,
): Promise<ReportImage | null> {
  // A marked-up photo prints as its redacted copy, or as missing: never the original unless ticked.
  const redacted = photo.redacted_sha256 && !originals ? photo.redacted_sha256 : null;
  const copy = printCopyFile(ctx, redacted ?? photo.sha256);
  const pending = making.get(copy);
  if (pending) return pending;
  const made = printImage(ctx, photo, redacted, copy).finally(() => making.delete(copy));
  making.set(copy, made);
  return made;
}

async function printImage(
  ctx: BackendContext,
  photo: { sha256: string; mime: string },
  redacted: string | null,
  copy: string,
): Promise<ReportImage | null> {
  const sha = photo.sha256;
  const kept = await readPrintCopy(copy);
  if (kept) return kept;
  const candidates = redacted
    ? [evidenceFile(ctx, redacted, `${redacted}.jpg`)]
    : [
        evidenceFile(ctx, sha, `${sha}.display.webp`),
        evidenceFile(ctx, sha, `${sha}.${EXT_BY_MIME[photo.mime] ?? 'bin'}`),
      ];
  for (const file of candidates) {
    if (!fs.existsSync(file)) continue;
    try {
      const { data, info } = await sharp(file, { limitInputPixels: 120_000_000 })
        .rotate()
        .resize({
          width: REPORT_PHOTO_MAX_PX,
          height: REPORT_PHOTO_MAX_PX * 2,
          fit: 'inside',
          withoutEnlargement: true,
        })
        .flatten({ background: '#ffffff' })
        .jpeg({ quality: 80 })
        .toBuffer({ resolveWithObject: true });
      await keepPrintCopy(copy, data);
      return { dataUrl: `data:image/jpeg;base64,${data.toString('base64')}`, width: info.width, height: info.height };
    } catch {
      // An unreadable file: try the next one, else the report says the photo is missing.
    }
  }
  return null;
}

async function reportImages(
  ctx: BackendContext,
  auditId: string,
  touchpointIds: ReadonlySet<string>,
  originals: boolean,
): Promise<Record<string, ReportImage | null>> {
  const rows = (
    ctx.db
      .prepare(
        'SELECT id, touchpoint_id AS touchpointId, sha256, mime, redacted_sha256 FROM evidence WHERE audit_id = ? ORDER BY created_at',
      )
      .all(auditId) as {
      id: string;
      touchpointId: string;
      sha256: string;
      mime: string;
      redacted_sha256: string | null;
    }[]
  ).filter((r) => touchpointIds.has(r.touchpointId));
  const out: Record<string, ReportImage | null> = {};
  let next = 0;
  const worker = async () => {
    while (next < rows.length) {
      const row = rows[next++]!;
      out[row.id] = await reportImage(ctx, row, originals);
    }
  };
  await Promise.all(Array.from({ length: Math.min(PHOTO_CONCURRENCY, rows.length) }, worker));
  // In the order the photos were taken, whatever order the workers finished in.
  return Object.fromEntries(rows.map((r) => [r.id, out[r.id] ?? null]));
}

/** Everything the print view shows of one audit (and its baseline): the report's read model. */
export async function reportData(input: ParsedInput<'reports.data'>, ctx: BackendContext): Promise<ReportData> {
  const loaded = mustLoad(ctx, input.auditId);
  const audit = auditDetail(ctx, input.auditId);
  const client = getClient(ctx, loaded.clientId);

  let base: LoadedAudit | null;
  if (input.baselineId === undefined) base = baselineOf(ctx, loaded);
  else if (input.baselineId === null) base = null;
  else {
    if (input.baselineId === input.auditId)
      throw new AppError('VALIDATION', 'An audit cannot be compared with itself; choose another baseline.', [
        { field: 'baselineId', rule: 'invalid' },
      ]);
    base = mustLoad(ctx, input.baselineId);
    if (base.clientId !== loaded.clientId)
      throw new AppError('VALIDATION', 'The baseline must be an audit of the same client.', [
        { field: 'baselineId', rule: 'invalid' },
      ]);
  }

  const current = metricsSummary(ctx, loaded.id);
  const baselineMetrics = base ? metricsSummary(ctx, base.id) : null;

  let baseline: ReportData['baseline'] = null;
  if (base) {
    const row = ctx.db.prepare('SELECT auditor FROM audits WHERE id = ?').get(base.id) as { auditor: string };
    baseline = {
      audit: {
        id: base.id,
        title: base.title,
        site: base.site,
        auditDate: base.auditDate,
        auditor: row.auditor,
        status: base.status,
      },
      overall: base.score.overall.percent,
      comparison: {
        ...compareAudits(base, loaded, { threshold: DEFAULT_THRESHOLD }),
        heatBefore: stageKindHeat(base.definition, base.score),
        heatAfter: stageKindHeat(loaded.definition, loaded.score),
      },
    };
  }

  const touchpoints = new Map(loaded.definition.touchpoints.map((tp) => [tp.id, tp]));
  const stageNames = new Map(loaded.definition.stages.map((s) => [s.id, s.name]));
  const actions: ReportAction[] = actionsOfReport(listActions(ctx, { clientId: loaded.clientId }), {
    auditId: loaded.id,
    baselineId: base?.id ?? null,
  }).map((a) => {
    const tp = a.touchpointId ? touchpoints.get(a.touchpointId) : undefined;
    return { ...a, touchpointName: tp?.name ?? null, stageName: tp ? (stageNames.get(tp.stageId) ?? null) : null };
  });

  const inScope = new Set(loaded.score.touchpoints.map((tp) => tp.touchpointId));
  return {
    generatedAt: ctx.now().toISOString(),
    writing: readReportWriting(ctx, loaded.id),
    audit,
    client,
    score: loaded.score,
    heat: stageKindHeat(loaded.definition, loaded.score),
    highlights: reportHighlights(loaded.definition, loaded.score, loaded.records),
    baseline,
    actions,
    metrics: { current, baseline: baselineMetrics, deltas: base ? compareMetrics(baselineMetrics, current) : null },
    maturity: assessMaturity({ definition: loaded.definition, score: loaded.score, metrics: current }),
    trail: verifyTrail(ctx.db, ctx.dataDir, loaded.id, ctx.now()),
    signOff: readSignOff(ctx.db, loaded.id).current,
    branding: readBranding(ctx),
    privacy: readClientPrivacy(ctx.db, loaded.clientId),
    images: input.photos ? await reportImages(ctx, loaded.id, inScope, input.originals) : {},
    wave: audit.visit.waveId ? waveView(ctx, { waveId: audit.visit.waveId }) : null,
  };
}

/**
 * The report's photos alone (only the in-scope touchpoints'), asked for beside reports.data
 * without photos: the print view draws the pages while the photos are made.
 */
export async function reportPhotos(
  input: ParsedInput<'reports.photos'>,
  ctx: BackendContext,
): Promise<Record<string, ReportImage | null>> {
  const loaded = mustLoad(ctx, input.auditId);
  const inScope = new Set(loaded.score.touchpoints.map((tp) => tp.touchpointId));
  return reportImages(ctx, loaded.id, inScope, input.originals);
}
