import { suggestedFileName } from '../../../shared/rules/file-names';
import path from 'node:path';
import {
  EXPORT_MIME,
  type DataExportInput,
  type DataExportResult,
  type ExportFormat,
} from '../../../shared/api/exports-api';
import { localIsoDate } from '../../../shared/domain/action';
import { isRtl, type Language } from '../../../shared/domain/settings';
import { ANSWER_COLUMNS, answerRowsOf, type ExportAudit } from '../../../shared/exports/answer-rows';
import {
  ACTION_COLUMNS,
  actionsTable,
  METRIC_COLUMNS,
  metricsTable,
  SUMMARY_COLUMNS,
  summaryTable,
  TOUCHPOINT_COLUMNS,
  touchpointsTable,
  VISIT_COLUMNS,
  visitsTable,
} from '../../../shared/exports/sheet-rows';
import { scoreAudit } from '../../../shared/scoring/score-audit';
import { trailTable } from '../../../shared/exports/trail-rows';
import { actionsOfReport } from '../../../shared/reports/report-actions';
import { AppError } from '../../../shared/result';
import type { BackendContext } from '../context';
import { getAuditRow, readAnswers, readRecords } from '../audits/audit-rows';
import { readVisit } from '../audits/visit-rows';
import { baselineOf, loadAudit, loadClientAudits, type LoadedAudit } from '../insights/comparable-audits';
import { readTrailEntries } from '../trail/trail-entries';
import { CsvWriter } from './csv-export';
import { offerDownload } from './downloads';
import { ExportFile } from './export-file';
import { XlsxWriter } from './xlsx-export';
import { checkUserFileTarget } from '../files/user-file-target';
import { listActions } from '../queries/actions';
import { getClient } from '../queries/clients';
import { clientMetricsSummaries } from '../queries/metrics';
import { readSettings } from '../queries/settings';

/** An audit as every sheet needs it, without its answers: what the export holds for all audits at once. */
type ExportHead = Omit<ExportAudit, 'answers' | 'records' | 'visit' | 'score'>;

/** What goes into the file: the client, the audits' heads (oldest first), and the single audit exported or null for a whole client. */
interface Gathered {
  client: { id: string; name: string };
  heads: ExportHead[];
  audit: LoadedAudit | null;
}

function clientOf(ctx: BackendContext, id: string): { id: string; name: string } {
  const { name } = getClient(ctx, id);
  return { id, name };
}

function gather(ctx: BackendContext, scope: DataExportInput['scope']): Gathered {
  let loaded: LoadedAudit[];
  let single: LoadedAudit | null = null;
  let client: { id: string; name: string };
  if ('auditId' in scope) {
    single = loadAudit(ctx, scope.auditId);
    if (!single) throw new AppError('NOT_FOUND', `No audit with id ${scope.auditId}. It may have been deleted.`);
    client = clientOf(ctx, single.clientId);
    loaded = [single];
  } else {
    client = clientOf(ctx, scope.clientId);
    loaded = loadClientAudits(ctx, scope.clientId);
  }
  const versions = new Map<string, number>();
  const versionOf = ctx.db.prepare('SELECT version FROM template_versions WHERE id = ?');
  const heads = loaded.map((a): ExportHead => {
    let version = versions.get(a.templateVersionId);
    if (version === undefined)
      versions.set(
        a.templateVersionId,
        (version = (versionOf.get(a.templateVersionId) as { version: number }).version),
      );
    return {
      client,
      audit: {
        id: a.id,
        title: a.title,
        site: a.site,
        auditDate: a.auditDate,
        status: a.status,
        auditType: a.auditType,
      },
      template: { id: a.templateId, name: a.definition.name, version },
      definition: a.definition,
      scope: a.scope,
    };
  });
  return { client, heads, audit: single };
}

/**
 * The audits one at a time with their answers, records, visit and score, read and scored when the
 * export reaches them and dropped after: an export holds one audit's rows, never the client's.
 * (Read past the loaded-audit cache on purpose, so an export leaves nothing behind in it.)
 */
function* fullAudits(ctx: BackendContext, heads: readonly ExportHead[]): Generator<ExportAudit> {
  for (const head of heads) {
    const answers = readAnswers(ctx, head.audit.id);
    yield {
      ...head,
      answers,
      records: readRecords(ctx, head.audit.id),
      visit: head.audit.auditType === 'mystery-shop' ? readVisit(ctx, getAuditRow(ctx, head.audit.id)) : null,
      score: scoreAudit(head.definition, head.scope, answers),
    };
  }
}

/** Rows written between two turns of the event loop, so the backend keeps answering during a long export. */
const ROWS_PER_TURN = 2_000;
const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

function exportLanguage(ctx: BackendContext, given: Language | undefined): Language {
  return given ?? readSettings(ctx).language ?? 'en';
}

/** "Cedar Bank - Main St wave 1 2027-01-10.csv": from names people gave, safe on every system. */
export function exportFileName(parts: readonly string[], format: ExportFormat): string {
  return suggestedFileName(parts, format, 'journey-audit-data');
}

/**
 * The data export: the answers of one audit or of every audit of a client as CSV (one row per
 * criterion in scope, carrying its touchpoint's record and the visit's moments), or as XLSX with
 * the summary, answers, touchpoints, visits, actions and metrics sheets.
 */
export async function exportData(input: DataExportInput, ctx: BackendContext): Promise<DataExportResult> {
  const target =
    input.destination.kind === 'file' ? checkUserFileTarget(ctx, input.destination.path, { noun: 'export' }) : null;
  const language = exportLanguage(ctx, input.language);
  const { client, heads, audit } = gather(ctx, input.scope);
  const fileName = target
    ? path.basename(target)
    : exportFileName(
        audit ? [client.name, audit.title, audit.auditDate] : [client.name, localIsoDate(ctx.now())],
        input.format,
      );

  const file = new ExportFile(target ? path.dirname(target) : ctx.dataDir, target ?? fileName);
  try {
    let rows: number;
    if (input.format === 'csv' && input.table === 'trail') rows = await writeTrailCsv(ctx, file, heads);
    else if (input.format === 'csv') rows = await writeAnswersCsv(ctx, file, heads, language);
    else rows = await writeXlsx(ctx, file, { client, heads, audit }, language);
    const bytes = file.offset;
    if (target) {
      file.commit(target);
      return { fileName, bytes, rows, path: target };
    }
    const url = offerDownload({ path: file.close(), fileName, mime: EXPORT_MIME[input.format], bytes });
    return { fileName, bytes, rows, download: { url } };
  } catch (error) {
    file.discard();
    throw error;
  }
}

async function writeAnswersCsv(
  ctx: BackendContext,
  file: ExportFile,
  heads: readonly ExportHead[],
  language: Language,
): Promise<number> {
  const csv = new CsvWriter(file, ANSWER_COLUMNS);
  let rows = 0;
  let turn = 0;
  for (const a of fullAudits(ctx, heads)) {
    for (const row of answerRowsOf(a, language)) csv.add(row);
    rows += a.score.touchpoints.reduce((n, tp) => n + tp.criteria.length, 0);
    if (rows >= turn + ROWS_PER_TURN) {
      turn = rows;
      await nextTurn();
    }
  }
  csv.end();
  return rows;
}

async function writeTrailCsv(ctx: BackendContext, file: ExportFile, heads: readonly ExportHead[]): Promise<number> {
  let csv: CsvWriter | null = null;
  let rows = 0;
  for (const { audit } of heads) {
    const trail = trailTable([{ id: audit.id, title: audit.title, entries: readTrailEntries(ctx.db, audit.id) }]);
    csv ??= new CsvWriter(file, trail.columns);
    for (const row of trail.rows) csv.add(row);
    rows += trail.rows.length;
    await nextTurn();
  }
  (csv ?? new CsvWriter(file, trailTable([]).columns)).end();
  return rows;
}

/** The summary, answers, touchpoints, visits, actions and metrics sheets; the answers stream straight into the file. */
async function writeXlsx(
  ctx: BackendContext,
  file: ExportFile,
  gathered: Gathered,
  language: Language,
): Promise<number> {
  const { client, heads, audit } = gathered;
  const now = ctx.now();
  const book = new XlsxWriter(file, { rightToLeft: isRtl(language), createdAt: now });
  const summary = book.sheet('Summary', SUMMARY_COLUMNS);
  const answers = book.sheet('Answers', ANSWER_COLUMNS, { direct: true, inline: ['note', 'answered_at'] });
  const touchpoints = book.sheet('Touchpoints', TOUCHPOINT_COLUMNS);
  const visits = book.sheet('Visits', VISIT_COLUMNS);
  let rows = 0;
  let turn = 0;
  for (const a of fullAudits(ctx, heads)) {
    for (const row of summaryTable([a]).rows) summary.add(row);
    for (const row of answerRowsOf(a, language)) answers.add(row);
    for (const row of touchpointsTable([a], language).rows) touchpoints.add(row);
    for (const row of visitsTable([a]).rows) visits.add(row);
    rows += a.score.touchpoints.reduce((n, tp) => n + tp.criteria.length, 0);
    if (rows >= turn + ROWS_PER_TURN) {
      turn = rows;
      await Promise.all([answers.drain(), summary.drain(), touchpoints.drain(), visits.drain()]);
      await nextTurn();
    }
  }
  await answers.end();

  const all = listActions(ctx, { clientId: client.id });
  // The audit's report lists the same actions whatever its format (shared/reports/report-actions).
  const actions = audit
    ? actionsOfReport(all, { auditId: audit.id, baselineId: baselineOf(ctx, audit)?.id ?? null })
    : all;
  const actionSheet = book.sheet('Actions', ACTION_COLUMNS);
  for (const row of actionsTable(actions, heads, localIsoDate(now)).rows) actionSheet.add(row);
  const metrics = clientMetricsSummaries(ctx, client.id, new Set(heads.map((a) => a.audit.id)));
  const metricSheet = book.sheet('Metrics', METRIC_COLUMNS);
  for (const row of metricsTable(heads, metrics).rows) metricSheet.add(row);
  await book.finish();
  return rows;
}
