import { touchpointsInScope, type AuditScope } from '../domain/audit';
import type { OutlineTouchpoint, TemplateOutline } from '../domain/template-outline';
import { otherMethodOverall } from './explain-score';
import type { RolledUp, TouchpointTally } from './score-types';

/** A touchpoint's numbers in walk order: earned, possible, scored, na, unanswered, calculated percent, failed critical ids. */
type PackedTouchpoint = [number, number, number, number, number, number | null, string[]];

/** A moment of truth's result: its index among the touchpoints in scope, calculated percent, 1 if a critical criterion failed. */
type PackedMoment = [number, number | null, 0 | 1];

/** Everything of a stored roll-up but its touchpoints: written first, so it can be read alone. */
export interface RollupHead extends Omit<RolledUp<TouchpointTally>, 'touchpoints'> {
  /** The overall percent under the other roll-up method (absent from roll-ups stored before it was kept). */
  otherPercent?: number | null;
  /** The moments of truth's results (absent from roll-ups stored before they were kept). */
  moments?: PackedMoment[];
}

export interface PackedRollup extends RollupHead {
  touchpoints: PackedTouchpoint[];
}

/** A moment of truth's result as a dashboard lists it. */
export type MomentResult = Pick<TouchpointTally, 'touchpointId' | 'stageId' | 'percent' | 'criticalFailed'>;

/**
 * The roll-ups as stored with the audit: sections whole, touchpoints as numbers only (their ids,
 * stage, kind and channel come back from the pinned template version's outline), and the overall under the
 * other method (league tables flag ranks that depend on the method). JSON keeps every double
 * exactly, so an unpacked roll-up equals the score it was packed from.
 */
export function packRollup(score: RolledUp<TouchpointTally>, definition: TemplateOutline, scope: AuditScope): string {
  return packRollupWith(
    score,
    score.touchpoints.map(packTouchpoint),
    otherMethodOverall(definition, scope, score.touchpoints),
  );
}

/**
 * One touchpoint's stored numbers as JSON. Writing out the doubles of hundreds of touchpoints is
 * most of a pack's time, so a save keeps each touchpoint's JSON and packs again only the one it changed.
 */
export function packTouchpoint(tp: TouchpointTally): string {
  const packed: PackedTouchpoint = [
    tp.earned,
    tp.possible,
    tp.scored,
    tp.na,
    tp.unanswered,
    tp.calculatedPercent,
    tp.failedCriticalIds,
  ];
  return JSON.stringify(packed);
}

/**
 * `packRollup` with the touchpoints already packed (`packTouchpoint` of each of `score.touchpoints`,
 * in walk order) and the other method's overall already known (`rollUpWithOther`).
 */
export function packRollupWith(
  score: RolledUp<TouchpointTally>,
  touchpointJson: readonly string[],
  otherPercent: number | null,
): string {
  // The head is an object with at least one key, so "}" closes it and the touchpoints join it as its last key.
  const headJson = rollupHeadJson(score, otherPercent);
  return `${headJson.substring(0, headJson.length - 1)}${TOUCHPOINTS_KEY}${touchpointJson.join(',')}${ROLLUP_END}`;
}

/**
 * The stored roll-up's head (everything but its touchpoints) as JSON: an object with at least one key, so
 * the stored text is this without its closing "}", then `TOUCHPOINTS_KEY`, the touchpoints' JSON joined
 * by ",", then `ROLLUP_END` (and any padding spaces).
 */
export function rollupHeadJson(score: RolledUp<TouchpointTally>, otherPercent: number | null): string {
  const moments: PackedMoment[] = [];
  score.touchpoints.forEach((tp, i) => {
    if (tp.momentOfTruth) moments.push([i, tp.calculatedPercent, tp.criticalFailed ? 1 : 0]);
  });
  const head: RollupHead = {
    method: score.method,
    momentOfTruthMultiplier: score.momentOfTruthMultiplier,
    overall: score.overall,
    stages: score.stages,
    kinds: score.kinds,
    channels: score.channels,
    knockouts: score.knockouts,
    otherPercent,
    moments,
  };
  return JSON.stringify(head);
}

/** What closes a stored roll-up's touchpoints and the roll-up itself. */
export const ROLLUP_END = ']}';

/**
 * Where the touchpoints start. Written as the last key, after the head; the sequence cannot occur
 * inside a JSON string (its quote would be escaped) nor earlier as structure (no other key holds an array).
 */
export const TOUCHPOINTS_KEY = ',"touchpoints":[';

/**
 * The head of a stored roll-up, without parsing its touchpoints (most of its text: a dashboard of
 * hundreds of audits reads only the other-method overall and the moments of truth).
 */
export function parseRollupHead(json: string): RollupHead {
  const end = json.indexOf(TOUCHPOINTS_KEY);
  // Stored before the head came first (touchpoints in the middle): read whole.
  if (end < 0 || !endsWithTouchpoints(json)) return parsePackedRollup(json);
  const head = JSON.parse(`${json.slice(0, end)}}`) as RollupHead;
  return head.moments ? head : parsePackedRollup(json);
}

/**
 * Where a stored head's last two keys begin: the other-method overall, then the moments of truth. Like
 * TOUCHPOINTS_KEY, the sequence cannot occur inside a JSON string, nor earlier as structure.
 */
const ROLLUP_TAIL_KEY = ',"otherPercent":';

/** The other-method overall and the moments of truth: all a league table and a dashboard read of most roll-ups. */
export type RollupTail = Pick<RollupHead, 'otherPercent' | 'moments'>;

/**
 * The end of a stored head (other-method overall and moments of truth) alone: a few hundred bytes parsed where
 * the head is a few KB. Null for a roll-up stored before both were kept (read its head instead).
 */
export function parseRollupTail(json: string): RollupTail | null {
  const text = rollupTailText(json);
  return text === null ? null : parseStoredTail(text);
}

/**
 * A stored roll-up's tail as its own text, `{"otherPercent":…,"moments":[…]}`: what the audit row keeps beside
 * the roll-up (rollup_tail), so that a dashboard reads it with the row. Null for a roll-up stored before both
 * were kept.
 */
export function rollupTailText(json: string): string | null {
  const end = json.indexOf(TOUCHPOINTS_KEY);
  const start = end < 0 ? -1 : json.lastIndexOf(ROLLUP_TAIL_KEY, end);
  if (start < 0) return null;
  const text = `{${json.slice(start + 1, end)}}`;
  return parseStoredTail(text) ? text : null;
}

/** The tail of a head written by `rollupHeadJson` (whose last keys are the tail's): the text `rollupTailText` gives of the roll-up. */
export function headTailText(headJson: string): string {
  return `{${headJson.slice(headJson.lastIndexOf(ROLLUP_TAIL_KEY) + 1)}`;
}

/** A tail as stored beside its roll-up (spaces may follow it); null when it lacks the moments of truth. */
export function parseStoredTail(text: string): RollupTail | null {
  const tail = JSON.parse(text) as RollupTail;
  return tail.moments ? tail : null;
}

/** Whether the text ends with the touchpoints' array and the object (then spaces, which the save path pads with). */
function endsWithTouchpoints(json: string): boolean {
  let end = json.length;
  while (end > 0 && json.charCodeAt(end - 1) === 32) end--;
  return json.charCodeAt(end - 1) === 125 && json.charCodeAt(end - 2) === 93; // "]}"
}

/** The moments of truth of a stored head, matched to the template (null: a head stored before they were kept). */
export function unpackMoments(head: RollupTail, definition: TemplateOutline, scope: AuditScope): MomentResult[] | null {
  if (!head.moments) return null;
  const inScope = inScopeOf(definition, scope);
  // Index loops, no array destructuring (the iterator protocol): the first dashboards after a start run this unoptimised.
  const moments: MomentResult[] = [];
  for (let k = 0; k < head.moments.length; k++) {
    const m = head.moments[k]!;
    const { stage, touchpoint } = inScope[m[0]]!;
    moments.push({
      touchpointId: touchpoint.id,
      stageId: stage.id,
      percent: m[2] ? 0 : m[1],
      criticalFailed: m[2] === 1,
    });
  }
  return moments;
}

type InScope = ReturnType<typeof touchpointsInScope<TemplateOutline['stages'][number], OutlineTouchpoint>>;

/** Touchpoints in scope per outline and scope: a dashboard unpacks hundreds of audits of one version. */
const scoped = new WeakMap<TemplateOutline, Map<string, InScope>>();

/** The touchpoints an audit of this scope covers, in walk order (kept per outline, or definition, and scope). */
export function inScopeOf(definition: TemplateOutline, scope: AuditScope): InScope {
  let byScope = scoped.get(definition);
  if (!byScope) scoped.set(definition, (byScope = new Map()));
  const key = JSON.stringify([scope.stageIds, scope.kinds]);
  let list = byScope.get(key);
  if (!list) byScope.set(key, (list = touchpointsInScope(definition, scope)));
  return list;
}

const scopedIds = new WeakMap<InScope, ReadonlySet<string>>();

/** The ids of the touchpoints an audit of this scope covers (kept with inScopeOf's list). */
export function inScopeIdsOf(definition: TemplateOutline, scope: AuditScope): ReadonlySet<string> {
  const list = inScopeOf(definition, scope);
  let ids = scopedIds.get(list);
  if (!ids) scopedIds.set(list, (ids = new Set(list.map((s) => s.touchpoint.id))));
  return ids;
}

/** A stored roll-up as parsed, before its touchpoints are matched to the template. */
export function parsePackedRollup(json: string): PackedRollup {
  return JSON.parse(json) as PackedRollup;
}

export function unpackRollup(
  stored: string | PackedRollup,
  definition: TemplateOutline,
  scope: AuditScope,
): RolledUp<TouchpointTally> {
  const packed = typeof stored === 'string' ? parsePackedRollup(stored) : stored;
  return {
    method: packed.method,
    momentOfTruthMultiplier: packed.momentOfTruthMultiplier,
    overall: packed.overall,
    stages: packed.stages,
    kinds: packed.kinds,
    channels: packed.channels,
    touchpoints: unpackTouchpoints(packed, definition, scope),
    knockouts: packed.knockouts,
  };
}

/**
 * The touchpoints of a stored roll-up (those whose template touchpoint passes `keep`, or all), in
 * walk order: a dashboard reads only the moments of truth of the latest audit of every site.
 */
export function unpackTouchpoints(
  packed: PackedRollup,
  definition: TemplateOutline,
  scope: AuditScope,
  keep?: (touchpoint: OutlineTouchpoint) => boolean,
): TouchpointTally[] {
  const inScope = inScopeOf(definition, scope);
  if (inScope.length !== packed.touchpoints.length) throw new Error('stored roll-up does not match its template scope');
  // Index access, not destructuring: the first dashboard after a start runs this before it is optimised.
  const touchpoints: TouchpointTally[] = [];
  for (let i = 0; i < inScope.length; i++) {
    const { stage, touchpoint } = inScope[i]!;
    if (keep && !keep(touchpoint)) continue;
    const t = packed.touchpoints[i]!;
    const failed = t[6];
    const criticalFailed = failed.length > 0;
    // Every criterion of the touchpoint is counted once, as scored, N/A or unanswered: their sum is its criteria
    // (the outline a dashboard reads carries no criteria).
    const total = t[2] + t[3] + t[4];
    touchpoints.push({
      touchpointId: touchpoint.id,
      stageId: stage.id,
      kind: touchpoint.kind,
      channel: touchpoint.channel,
      momentOfTruth: touchpoint.momentOfTruth,
      earned: t[0],
      possible: t[1],
      scored: t[2],
      na: t[3],
      unanswered: t[4],
      total,
      calculatedPercent: t[5],
      percent: criticalFailed ? 0 : t[5],
      criticalFailed,
      failedCriticalIds: failed,
    });
  }
  return touchpoints;
}
