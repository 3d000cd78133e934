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

/**
 * One photo for print: from the display copy (upright already), else the original, scaled to at
 * most REPORT_PHOTO_MAX_PX wide and written as JPEG q80 on white. Nothing is kept in memory after.
 */
async function reportImage(
  ctx: BackendContext,
  photo: { sha256: string; mime: string; redacted_sha256: string | null },
  originals: boolean,
): Promise<ReportImage | null> {
  const sha = photo.sha256;
  // A marked-up photo prints as its redacted copy, or as missing: never the original unless ticked.
  const candidates =
    photo.redacted_sha256 && !originals
      ? [evidenceFile(ctx, photo.redacted_sha256, `${photo.redacted_sha256}.jpg`)]
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
        .jpeg({ quality: 80, mozjpeg: true })
        .toBuffer({ resolveWithObject: true });
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
