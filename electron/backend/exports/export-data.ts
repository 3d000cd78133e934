import { suggestedFileName } from '../../../shared/rules/file-names';
import path from 'node:path';
import type { DataExportInput, DataExportResult, ExportFormat } from '../../../shared/api/exports-api';
import { localIsoDate } from '../../../shared/domain/action';
import { isRtl, type Language } from '../../../shared/domain/settings';
import { answersTable, type ExportAudit } from '../../../shared/exports/answer-rows';
import {
  actionsTable,
  metricsTable,
  summaryTable,
  touchpointsTable,
  visitsTable,
} from '../../../shared/exports/sheet-rows';
import { trailTable } from '../../../shared/exports/trail-rows';
import { actionsOfReport } from '../../../shared/reports/report-actions';
import { AppError } from '../../../shared/result';
import type { BackendContext } from '../context';
import { getAuditRow } from '../audits/audit-rows';
import { readVisit } from '../audits/visit-rows';
import { baselineOf, loadAudit, loadClientAudits, type LoadedAudit } from '../insights/comparable-audits';
import { readTrailEntries } from '../trail/trail-entries';
import { toCsv } from './csv-export';
import { toXlsx } from './xlsx-export';
import { checkUserFileTarget, writeUserFile } from '../files/user-file-target';
import { listActions } from '../queries/actions';
import { getClient } from '../queries/clients';
import { clientMetricsSummaries } from '../queries/metrics';
import { readSettings } from '../queries/settings';

/** What goes into the file: the audits (scored), their client, and the client's name for the file name. */
interface Gathered {
  client: { id: string; name: string };
  audits: ExportAudit[];
  /** The single audit exported, or null for a whole client. */
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
  const audits = loaded.map((a): ExportAudit => {
    let version = versions.get(a.templateVersionId);
    if (version === undefined)
      versions.set(
        a.templateVersionId,
        (version = (versionOf.get(a.templateVersionId) as { version: number }).version),
      );
    const row = getAuditRow(ctx, a.id);
    return {
      client,
      audit: {
        id: a.id,
        title: a.title,
        site: a.site,
        auditDate: a.auditDate,
        status: a.status,
        auditType: row.audit_type,
      },
      template: { id: a.templateId, name: a.definition.name, version },
      definition: a.definition,
      scope: a.scope,
      answers: a.answers,
      records: a.records,
      visit: row.audit_type === 'mystery-shop' ? readVisit(ctx, row) : null,
      score: a.score,
    };
  });
  return { client, audits, audit: single };
}

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
  const { client, audits, audit } = gather(ctx, input.scope);
  const answers = answersTable(audits, language);

  let data: Buffer;
  let rows = answers.rows.length;
  if (input.format === 'csv' && input.table === 'trail') {
    const trail = trailTable(
      audits.map((a) => ({ id: a.audit.id, title: a.audit.title, entries: readTrailEntries(ctx.db, a.audit.id) })),
    );
    data = toCsv(trail);
    rows = trail.rows.length;
  } else if (input.format === 'csv') {
    data = toCsv(answers);
  } else {
    const now = ctx.now();
    const all = listActions(ctx, { clientId: client.id });
    // The audit's report lists the same actions whatever its format (shared/reports/report-actions).
    const actions = audit
      ? actionsOfReport(all, { auditId: audit.id, baselineId: baselineOf(ctx, audit)?.id ?? null })
      : all;
    const metrics = clientMetricsSummaries(ctx, client.id, new Set(audits.map((a) => a.audit.id)));
    data = await toXlsx(
      [
        summaryTable(audits),
        answers,
        touchpointsTable(audits, language),
        visitsTable(audits),
        actionsTable(actions, audits, localIsoDate(now)),
        metricsTable(audits, metrics),
      ],
      {
        rightToLeft: isRtl(language),
        createdAt: now,
      },
    );
  }

  const fileName = target
    ? path.basename(target)
    : exportFileName(
        audit ? [client.name, audit.title, audit.auditDate] : [client.name, localIsoDate(ctx.now())],
        input.format,
      );
  if (target) {
    writeUserFile(target, data);
    return { fileName, bytes: data.length, rows, path: target };
  }
  return { fileName, bytes: data.length, rows, base64: data.toString('base64') };
}
