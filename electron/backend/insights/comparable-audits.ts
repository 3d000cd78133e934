import type { ComparableAudit } from '../../../shared/comparison/comparison-types';
import type { Emotion } from '../../../shared/domain/audit';
import { otherMethodOverall } from '../../../shared/scoring/explain-score';
import { scoreAudit } from '../../../shared/scoring/score-audit';
import type { AuditScore, RolledUp, TouchpointTally } from '../../../shared/scoring/score-types';
import type { BackendContext } from '../context';
import { readAnswers, readRecords, type AuditRow } from '../audits/audit-rows';
import { parseScope, type RollupColumns } from '../audits/rollups';
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

type Row = AuditRow &
  Omit<RollupColumns, 'rollup_json'> & {
    rollup_percent: number | null;
    /** 1 when a roll-up is stored; the roll-up itself is read only when something asks for it. */
    rollup_stored: number;
    template_id: string;
    last_seq: string | null;
  };

/** The stored roll-up an audit's row was read with: null if the audit has been written since (a newer one). */
const STORED_ROLLUP = 'SELECT rollup_json FROM audits WHERE id = ? AND rollup_rev = ? AND score_inputs_rev = ?';

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
  // The stored roll-up (7-13 KB of JSON) is read when first needed, not with the row: a dashboard over hundreds of
  // audits reads the heads of the latest few, and every row read with it was garbage, or kept alive, for nothing.
  let json: string | null | undefined;
  const storedJson = () =>
    json !== undefined
      ? json
      : (json = (ctx.db.prepare(STORED_ROLLUP).pluck().get(row.id, row.rollup_rev, row.score_inputs_rev) ?? null) as
          string | null);
  const current = row.rollup_stored === 1 && row.rollup_rev === row.score_inputs_rev;
  /** The stored roll-up still stands for this row (the audit was not written since it was read). */
  const usable = () => current && storedJson() !== null;
  let packed: PackedRollup | undefined;
  let head: RollupHead | undefined;
  const stored = () => (packed ??= parsePackedRollup(storedJson()!));
  const storedHead = () => (head ??= packed ?? parseRollupHead(storedJson()!));
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
      return (rollup ??= score ?? (usable() ? unpackRollup(stored(), definition, scope) : this.score));
    },
    get overallPercent() {
      return current ? row.rollup_percent : this.rollup.overall.percent;
    },
    get momentsOfTruth() {
      if (moments) return moments;
      if (rollup || score || !usable()) return (moments = this.rollup.touchpoints.filter((tp) => tp.momentOfTruth));
      return (moments =
        unpackMoments(storedHead(), definition, scope) ??
        unpackTouchpoints(stored(), definition, scope, (tp) => tp.momentOfTruth));
    },
    get otherMethodPercent() {
      const kept = usable() ? storedHead().otherPercent : undefined;
      return (other ??= {
        percent: kept !== undefined ? kept : otherMethodOverall(definition, scope, this.rollup.touchpoints),
      }).percent;
    },
  };
  entries.set(row.id, { version, audit });
  return audit;
}

/** Every column of `audits` but the stored roll-up's JSON (a test holds this list to the table). */
export const LOADED_AUDIT_COLUMNS = [
  'id',
  'client_id',
  'template_version_id',
  'title',
  'site',
  'persona',
  'audit_type',
  'auditor',
  'audit_date',
  'scope_json',
  'status',
  'position_touchpoint',
  'position_criterion',
  'completed_at',
  'created_at',
  'updated_at',
  'baseline_audit_id',
  'site_id',
  'wave_id',
  'scenario',
  'shopper',
  'planned_date',
  'started_at',
  'ended_at',
  'review_status',
  'review_comment',
  'reviewed_at',
  'is_test',
  'purged_at',
  'score_inputs_rev',
  'rollup_rev',
  'rollup_percent',
] as const;

/** The columns an audit is loaded from, over `audits a` joined to its version as `v` (LOADED_FROM). */
export const LOADED_COLUMNS = `${LOADED_AUDIT_COLUMNS.map((c) => `a.${c}`).join(', ')}, a.rollup_json IS NOT NULL AS rollup_stored,
  v.template_id, (SELECT max(seq) || '.' || sum(undone) FROM audit_changes c WHERE c.audit_id = a.id) AS last_seq`;
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
