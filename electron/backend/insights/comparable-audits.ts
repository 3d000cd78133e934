import type { ComparableAudit } from '../../../shared/comparison/comparison-types';
import type { Emotion } from '../../../shared/domain/audit';
import { otherMethodOverall } from '../../../shared/scoring/explain-score';
import { scoreAudit } from '../../../shared/scoring/score-audit';
import type { AuditScore, RolledUp, TouchpointTally } from '../../../shared/scoring/score-types';
import type { BackendContext } from '../context';
import { readAnswers, readRecords, type AuditRow } from '../audits/audit-rows';
import { isStoredRollupCurrent, parseScope, readRollup, type RollupColumns } from '../audits/rollups';
import {
  parsePackedRollup,
  parseRollupHead,
  unpackMoments,
  unpackRollup,
  unpackTouchpoints,
  type MomentResult,
  type PackedRollup,
  type RollupHead,
} from '../../../shared/scoring/stored-rollup';
import { versionDefinition } from '../templates/template-rows';

export interface LoadedAudit extends ComparableAudit {
  clientId: string;
  templateId: string;
  status: AuditRow['status'];
  auditType: AuditRow['audit_type'];
  siteId: string | null;
  isTest: boolean;
  createdAt: string;
  /** The full score, criteria included: computed from the answers on first use. */
  score: AuditScore;
  /** The stored roll-ups (no criteria): what lists, trends and dashboards need, without reading the answers. */
  rollup: RolledUp<TouchpointTally>;
  /** `rollup.overall.percent`, read from its own stored column while current: trends and league tables unpack nothing. */
  overallPercent: number | null;
  /** The overall under the other roll-up method: kept with the stored roll-up, else worked out from it. */
  otherMethodPercent: number | null;
  /** The moments of truth's results, read from the stored roll-up's head alone when the rest is not needed. */
  momentsOfTruth: MomentResult[];
}

type Row = AuditRow & RollupColumns & { rollup_percent: number | null; template_id: string; last_seq: string | null };

/**
 * Scored audits, cached by id and version: a dashboard over hundreds of audits re-reads only the
 * ones written since. The version is the audit's stamp plus its last logged (or undone) change,
 * because two writes can share a millisecond.
 */
const cache = new WeakMap<BackendContext['db'], Map<string, { version: string; audit: LoadedAudit }>>();

function cacheFor(ctx: BackendContext) {
  let map = cache.get(ctx.db);
  if (!map) cache.set(ctx.db, (map = new Map()));
  return map;
}

/** An audit from a row selected with LOADED_COLUMNS: the cached one while its version holds. */
export function load(ctx: BackendContext, row: Row): LoadedAudit {
  const entries = cacheFor(ctx);
  const version = `${row.updated_at}#${row.last_seq ?? 0}#${row.score_inputs_rev}`;
  const hit = entries.get(row.id);
  if (hit && hit.version === version) return hit.audit;
  const definition = versionDefinition(ctx, row.template_version_id);
  const scope = parseScope(row.scope_json);
  // Answers, records and the full score are read on first use: a dashboard over hundreds of audits
  // needs only their stored roll-ups, and a comparison only the two audits it compares.
  let answers: LoadedAudit['answers'] | undefined;
  let records: LoadedAudit['records'] | undefined;
  let score: AuditScore | undefined;
  let rollup: LoadedAudit['rollup'] | undefined;
  let other: { percent: number | null } | undefined;
  let moments: MomentResult[] | undefined;
  // The stored roll-up is parsed once, and its touchpoints only when something asks for them: the other-method
  // overall and the moments of truth are in its head.
  const current = isStoredRollupCurrent(row);
  let packed: PackedRollup | undefined;
  let head: RollupHead | undefined;
  const stored = () => (packed ??= parsePackedRollup(row.rollup_json!));
  const storedHead = () => (head ??= packed ?? parseRollupHead(row.rollup_json!));
  const audit: LoadedAudit = {
    id: row.id,
    clientId: row.client_id,
    templateId: row.template_id,
    status: row.status,
    auditType: row.audit_type,
    siteId: row.site_id ?? null,
    isTest: Boolean(row.is_test),
    createdAt: row.created_at,
    title: row.title,
    site: row.site,
    auditDate: row.audit_date,
    templateVersionId: row.template_version_id,
    definition,
    scope,
    get answers() {
      return (answers ??= readAnswers(ctx, row.id));
    },
    get records() {
      return (records ??= readRecords(ctx, row.id));
    },
    get score() {
      return (score ??= scoreAudit(definition, scope, this.answers));
    },
    get rollup() {
      return (rollup ??=
        score ?? (current ? unpackRollup(stored(), definition, scope) : readRollup(ctx, row, definition)));
    },
    get overallPercent() {
      return current ? row.rollup_percent : this.rollup.overall.percent;
    },
    get momentsOfTruth() {
      if (moments) return moments;
      if (rollup || score || !current) return (moments = this.rollup.touchpoints.filter((tp) => tp.momentOfTruth));
      return (moments =
        unpackMoments(storedHead(), definition, scope) ??
        unpackTouchpoints(stored(), definition, scope, (tp) => tp.momentOfTruth));
    },
    get otherMethodPercent() {
      const kept = current ? storedHead().otherPercent : undefined;
      return (other ??= {
        percent: kept !== undefined ? kept : otherMethodOverall(definition, scope, this.rollup.touchpoints),
      }).percent;
    },
  };
  entries.set(row.id, { version, audit });
  return audit;
}

/** The columns an audit is loaded from, over `audits a` joined to its version as `v` (LOADED_FROM). */
export const LOADED_COLUMNS = `a.*, v.template_id, (SELECT max(seq) || '.' || sum(undone) FROM audit_changes c WHERE c.audit_id = a.id) AS last_seq`;
export const LOADED_FROM = 'audits a JOIN template_versions v ON v.id = a.template_version_id';
export type LoadedRow = Row;

const SELECT = `SELECT ${LOADED_COLUMNS} FROM ${LOADED_FROM}`;

/** A client's audits, oldest first (audit date, then creation), scored. */
export function loadClientAudits(ctx: BackendContext, clientId: string): LoadedAudit[] {
  const rows = ctx.db
    .prepare(`${SELECT} WHERE a.client_id = ? ORDER BY a.audit_date, a.created_at`)
    .all(clientId) as Row[];
  return rows.map((row) => load(ctx, row));
}

export function loadAudit(ctx: BackendContext, id: string): LoadedAudit | null {
  const row = ctx.db.prepare(`${SELECT} WHERE a.id = ?`).get(id) as Row | undefined;
  return row ? load(ctx, row) : null;
}

/**
 * The audit a follow-up is measured against: the one chosen for it, else the latest earlier audit
 * of the same client on the same template (any version) and, when there is one, the same site.
 * `clientAudits` (oldest first, as loadClientAudits gives them) saves a caller that holds them reading them again.
 */
export function baselineOf(
  ctx: BackendContext,
  audit: LoadedAudit,
  clientAudits: readonly LoadedAudit[] = loadClientAudits(ctx, audit.clientId),
): LoadedAudit | null {
  const chosen = (
    ctx.db.prepare('SELECT baseline_audit_id AS id FROM audits WHERE id = ?').get(audit.id) as
      { id: string | null } | undefined
  )?.id;
  if (chosen) return clientAudits.find((a) => a.id === chosen) ?? loadAudit(ctx, chosen);
  const earlier = clientAudits
    .filter(
      (a) =>
        a.templateId === audit.templateId &&
        a.id !== audit.id &&
        (a.auditDate < audit.auditDate || (a.auditDate === audit.auditDate && a.createdAt < audit.createdAt)),
    )
    .reverse();
  return earlier.find((a) => a.site === audit.site) ?? earlier[0] ?? null;
}

/** An audit's overall score under the other roll-up method (kept with its stored roll-up: no answers read). */
export function otherMethodPercent(audit: LoadedAudit): number | null {
  return audit.otherMethodPercent;
}

export interface PainPointRow {
  auditId: string;
  touchpointId: string;
  painPoints: string;
  emotion: Emotion | null;
}

/** The pain points written in these audits, in one query (a dashboard needs them for the latest audit of every site). */
export function painPointsOf(ctx: BackendContext, auditIds: readonly string[]): PainPointRow[] {
  return ctx.db
    .prepare(
      `SELECT audit_id AS auditId, touchpoint_id AS touchpointId, pain_points AS painPoints, emotion
       FROM touchpoint_records WHERE audit_id IN (SELECT value FROM json_each(?)) AND pain_points != ''`,
    )
    .all(JSON.stringify(auditIds)) as PainPointRow[];
}
