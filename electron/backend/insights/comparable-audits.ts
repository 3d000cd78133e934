import type { ComparableAudit } from '../../../shared/comparison/comparison-types';
import type { Answer, AuditScope, Emotion, TouchpointRecord } from '../../../shared/domain/audit';
import type { TemplateDefinition } from '../../../shared/domain/template';
import { otherMethodOverall } from '../../../shared/scoring/explain-score';
import { scoreAudit } from '../../../shared/scoring/score-audit';
import type { AuditScore, RolledUp, TouchpointTally } from '../../../shared/scoring/score-types';
import type { BackendContext } from '../context';
import { readAnswers, readRecords, type AuditRow } from '../audits/audit-rows';
import { parseScope, type RollupColumns } from '../audits/rollups';
import {
  parsePackedRollup,
  parseRollupHead,
  parseRollupTail,
  parseStoredTail,
  unpackMoments,
  unpackRollup,
  unpackTouchpoints,
  type MomentResult,
  type PackedRollup,
  type RollupHead,
  type RollupTail,
} from '../../../shared/scoring/stored-rollup';
import type { TemplateOutline } from '../../../shared/domain/template-outline';
import { versionDefinition, versionOutline } from '../templates/template-rows';

export interface LoadedAudit extends ComparableAudit {
  clientId: string;
  templateId: string;
  status: AuditRow['status'];
  auditType: AuditRow['audit_type'];
  siteId: string | null;
  isTest: boolean;
  createdAt: string;
  /** The wave the audit is a visit of, as of the row it was last loaded from. */
  waveId: string | null;
  /** The audit chosen as its baseline, as of that row (null: the latest earlier one is taken, `baselineOf`). */
  baselineAuditId: string | null;
  /** What summaries need of the pinned version (its stored outline): `definition` is parsed only when something asks. */
  outline: TemplateOutline;
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

type Row = Pick<AuditRow, (typeof LOADED_AUDIT_COLUMNS)[number] & keyof AuditRow> &
  Omit<RollupColumns, 'rollup_json'> & {
    rollup_percent: number | null;
    /** The stored roll-up's tail (`rollupTailText`, maybe followed by spaces); null for one stored before it was kept. */
    rollup_tail: string | null;
    template_id: string;
    /** Audits removed from the database so far (migration 19): a cache filled at another count is dropped. */
    removals: number;
  };

/** The stored roll-up an audit's row was read with: null if the audit has been written since (a newer one). */
const STORED_ROLLUP = 'SELECT rollup_json FROM audits WHERE id = ? AND rollup_rev = ? AND score_inputs_rev = ?';

/**
 * Scored audits, cached by id and version: a dashboard over hundreds of audits re-reads only the ones written
 * since. What a loaded audit keeps beyond its row's own fields (answers, scores, the stored roll-up's figures) moves
 * `score_inputs_rev` (every answer row written, whoever writes: migration 9's triggers) or `rollup_rev` (a roll-up
 * stored). The stamp is in the version too; and since an audit removed and made again with the same id could
 * come back with the same three, the whole cache is dropped whenever an audit has been removed since it was filled.
 */
const cache = new WeakMap<
  BackendContext['db'],
  { removals: number; entries: Map<string, { version: string; audit: StoredAudit }> }
>();

function cacheFor(ctx: BackendContext, removals: number) {
  let kept = cache.get(ctx.db);
  if (!kept || kept.removals !== removals) cache.set(ctx.db, (kept = { removals, entries: new Map() }));
  return kept.entries;
}

/** An audit from a row selected with LOADED_COLUMNS: the cached one while its version holds. */
export function load(ctx: BackendContext, row: Row): LoadedAudit {
  const entries = cacheFor(ctx, row.removals);
  const version = `${row.updated_at}#${row.score_inputs_rev}#${row.rollup_rev}`;
  const hit = entries.get(row.id);
  if (hit && hit.version === version) {
    hit.audit.refresh(row);
    return hit.audit;
  }
  const audit = new StoredAudit(ctx, row);
  entries.set(row.id, { version, audit });
  return audit;
}

const isMomentOfTruth = (tp: { momentOfTruth: boolean }) => tp.momentOfTruth;

/**
 * A loaded audit: its row's fields, the pinned version's outline, and everything else read on first use. A
 * dashboard over hundreds of audits needs only their stored roll-ups (for most, the overall of their row and the
 * tail of their head), and a comparison only the two audits it compares. A class, not an object of closures: the
 * first dashboard after a start makes hundreds, and each kept only the fields it needs (~0.3 KB where the
 * closures and their row kept ~3 KB).
 */
class StoredAudit implements LoadedAudit {
  readonly id: string;
  readonly clientId: string;
  readonly templateId: string;
  // The row's own fields are taken from every fresh row (`refresh`): writes that change only them (a site renamed,
  // a visit moved to another wave, an audit's fields pulled from a team hub) need not move the version.
  status!: AuditRow['status'];
  auditType!: AuditRow['audit_type'];
  siteId!: string | null;
  waveId!: string | null;
  baselineAuditId!: string | null;
  isTest!: boolean;
  createdAt!: string;
  title!: string;
  site!: string;
  auditDate!: string;
  readonly templateVersionId: string;
  readonly outline: TemplateOutline;
  readonly scope: AuditScope;
  readonly #ctx: BackendContext;
  /** The stored roll-up's revision and percent as of the row: used only while the audit has not been written since. */
  readonly #rollupRev: number;
  readonly #inputsRev: number;
  readonly #percent: number | null;
  /** A roll-up is stored and it was current when the row was read. */
  readonly #current: boolean;
  /** The tail stored beside the roll-up, as of the row (parsed when first asked for). */
  readonly #tailText: string | null;
  #answers?: Answer[];
  #records?: TouchpointRecord[];
  #score?: AuditScore;
  #rollup?: RolledUp<TouchpointTally>;
  #other?: { percent: number | null };
  #moments?: MomentResult[];
  /** The stored roll-up's text (null: none that still stands for this row). */
  #json?: string | null;
  #packed?: PackedRollup;
  #head?: RollupHead;
  /** Its head's tail, read alone (null: not read that way). */
  #tail?: RollupTail | null;

  constructor(ctx: BackendContext, row: Row) {
    this.#ctx = ctx;
    this.id = row.id;
    this.clientId = row.client_id;
    this.templateId = row.template_id;
    this.refresh(row);
    this.templateVersionId = row.template_version_id;
    this.outline = versionOutline(ctx, row.template_version_id);
    this.scope = parseScope(row.scope_json);
    this.#rollupRev = row.rollup_rev;
    this.#inputsRev = row.score_inputs_rev;
    this.#percent = row.rollup_percent;
    // A revision is kept only beside a stored roll-up (rollup_rev starts at -1, score_inputs_rev at 0; migration 19
    // marks a row whose text is gone as holding none), so equal revisions mean a stored roll-up of these inputs.
    this.#current = row.rollup_rev === row.score_inputs_rev;
    this.#tailText = row.rollup_tail;
  }

  /**
   * Takes the row's own fields from a fresh row of the same version, and forgets the touchpoint records read so
   * far: records changed by a team hub's pull or a resolved conflict move neither the audit's stamp nor its trail.
   */
  refresh(row: Row): void {
    this.status = row.status;
    this.auditType = row.audit_type;
    this.siteId = row.site_id ?? null;
    this.waveId = row.wave_id ?? null;
    this.baselineAuditId = row.baseline_audit_id ?? null;
    this.isTest = Boolean(row.is_test);
    this.createdAt = row.created_at;
    this.title = row.title;
    this.site = row.site;
    this.auditDate = row.audit_date;
    this.#records = undefined;
  }

  /** The whole definition of the pinned version: parsed (once per version) only when something asks. */
  get definition(): TemplateDefinition {
    return versionDefinition(this.#ctx, this.templateVersionId);
  }

  get answers(): Answer[] {
    return (this.#answers ??= readAnswers(this.#ctx, this.id));
  }

  get records(): TouchpointRecord[] {
    return (this.#records ??= readRecords(this.#ctx, this.id));
  }

  get score(): AuditScore {
    return (this.#score ??= scoreAudit(this.definition, this.scope, this.answers));
  }

  get rollup(): RolledUp<TouchpointTally> {
    return (this.#rollup ??=
      this.#score ?? (this.#usable() ? unpackRollup(this.#stored(), this.outline, this.scope) : this.score));
  }

  get overallPercent(): number | null {
    return this.#current ? this.#percent : this.rollup.overall.percent;
  }

  get momentsOfTruth(): MomentResult[] {
    if (this.#moments) return this.#moments;
    const tail = this.#storedTail();
    if (tail?.moments) return (this.#moments = unpackMoments(tail, this.outline, this.scope)!);
    if (this.#rollup || this.#score || !this.#usable())
      return (this.#moments = this.rollup.touchpoints.filter(isMomentOfTruth));
    return (this.#moments =
      unpackMoments(this.#storedHead(), this.outline, this.scope) ??
      unpackTouchpoints(this.#stored(), this.outline, this.scope, isMomentOfTruth));
  }

  get otherMethodPercent(): number | null {
    if (this.#other) return this.#other.percent;
    const tail = this.#storedTail();
    const kept =
      tail && tail.otherPercent !== undefined
        ? tail.otherPercent
        : this.#usable()
          ? this.#storedHead().otherPercent
          : undefined;
    return (this.#other = {
      percent: kept !== undefined ? kept : otherMethodOverall(this.outline, this.scope, this.rollup.touchpoints),
    }).percent;
  }

  /** The stored roll-up's text as of this row (null: the audit has been written since), read when first needed. */
  #storedJson(): string | null {
    return this.#json !== undefined ? this.#json : (this.#json = this.#readStored());
  }

  #readStored(): string | null {
    // A row, not pluck(): a pluck variant is a second statement to prepare on the first dashboard after a start.
    const row = this.#ctx.db.prepare(STORED_ROLLUP).get(this.id, this.#rollupRev, this.#inputsRev) as
      { rollup_json: string | null } | undefined;
    return row?.rollup_json ?? null;
  }

  /** The stored roll-up still stands for this row (the audit was not written since it was read). */
  #usable(): boolean {
    return this.#current && this.#storedJson() !== null;
  }

  #stored(): PackedRollup {
    return (this.#packed ??= parsePackedRollup(this.#storedJson()!));
  }

  #storedHead(): RollupHead {
    return (this.#head ??= this.#packed ?? parseRollupHead(this.#storedJson()!));
  }

  /**
   * The stored head's tail alone, while nothing else of the roll-up has been read: its text (7-13 KB) is not kept,
   * most loaded audits need nothing more. Null when it is not there to read that way (the roll-up was read already,
   * stored before the tail was kept, or the audit written since).
   */
  #storedTail(): RollupTail | null {
    if (this.#tail !== undefined) return this.#tail;
    if (!this.#current || this.#json !== undefined || this.#rollup || this.#score) return (this.#tail = null);
    // Kept beside the roll-up and read with the row: no read of the roll-up at all. The database clears a tail that
    // is not its roll-up's; one that still cannot be read is read from the roll-up, as one never stored.
    if (this.#tailText !== null) {
      try {
        return (this.#tail = parseStoredTail(this.#tailText));
      } catch {
        // Read below, from the roll-up.
      }
    }
    const json = this.#readStored();
    if (json === null) this.#json = null;
    return (this.#tail = json === null ? null : parseRollupTail(json));
  }
}

/**
 * The columns of `audits` a loaded audit is made from: all in the index `audits_loaded` (migration 19; a test holds
 * them equal). A screen that shows more of a row (the wave view's scenario, shopper, review) selects it beside them.
 */
export const LOADED_AUDIT_COLUMNS = [
  'id',
  'client_id',
  'template_version_id',
  'title',
  'site',
  'audit_type',
  'audit_date',
  'scope_json',
  'status',
  'created_at',
  'updated_at',
  'baseline_audit_id',
  'site_id',
  'wave_id',
  'is_test',
  'score_inputs_rev',
  'rollup_rev',
  'rollup_percent',
  'rollup_tail',
] as const;

/**
 * The columns an audit is loaded from, over `audits a` joined to its version as `v` (LOADED_FROM). Every one of
 * `a` is in the index `audits_loaded` (migration 19), so the table itself is not read: nothing here may ask for
 * the stored roll-up (not even its type), nor read each audit's trail (200 seeks into the trail's index cost
 * the first dashboard after a start ~0.4 ms of pages read afresh).
 */
export const LOADED_COLUMNS = `${LOADED_AUDIT_COLUMNS.map((c) => `a.${c}`).join(', ')}, v.template_id,
  (SELECT removed FROM audit_removals) AS removals`;
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
  const chosen = audit.baselineAuditId;
  // One removed since the audit was loaded is gone from its row too (the key's ON DELETE SET NULL): the latest earlier then.
  const found = chosen ? (clientAudits.find((a) => a.id === chosen) ?? loadAudit(ctx, chosen)) : null;
  if (found) return found;
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

/**
 * The pain points written in these audits, in one query (a dashboard needs them for the latest audit of every site),
 * from the index of the records that have them (migration 17): the condition must stay `pain_points != ''`.
 */
export function painPointsOf(ctx: BackendContext, auditIds: readonly string[]): PainPointRow[] {
  return ctx.db
    .prepare(
      `SELECT audit_id AS auditId, touchpoint_id AS touchpointId, pain_points AS painPoints, emotion
       FROM touchpoint_records WHERE audit_id IN (SELECT value FROM json_each(?)) AND pain_points != ''`,
    )
    .all(JSON.stringify(auditIds)) as PainPointRow[];
}
