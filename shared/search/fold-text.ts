/**
 * How findings and search words are folded so Arabic matches as typed, with or without its marks:
 * the short vowels and other tashkeel (U+064B–U+065F), the superscript alef (U+0670) and the tatweel
 * (U+0640) are dropped; the alef forms with hamza or madda become a bare alef, alef maqsura becomes
 * yeh, teh marbuta becomes heh. Latin diacritics (Romanian ă â î ș ț, with comma or cedilla) are
 * folded by SQLite's unicode61 tokenizer itself (remove_diacritics 2), and case too.
 */
export const FOLD_DROP: readonly string[] = [
  ...Array.from({ length: 0x065f - 0x064b + 1 }, (_, i) => String.fromCharCode(0x064b + i)),
  '\u0670',
  '\u0640',
];
export const FOLD_MAP: readonly (readonly [string, string])[] = [
  ['\u0622', '\u0627'],
  ['\u0623', '\u0627'],
  ['\u0625', '\u0627'],
  ['\u0671', '\u0627'],
  ['\u0649', '\u064a'],
  ['\u0629', '\u0647'],
];

const DROP = new RegExp(`[${FOLD_DROP.join('')}]`, 'g');
const MAP = new Map(FOLD_MAP);
const MAPPED = new RegExp(`[${FOLD_MAP.map(([from]) => from).join('')}]`, 'g');

export function foldText(text: string): string {
  return text.replace(DROP, '').replace(MAPPED, (c) => MAP.get(c)!);
}

/**
 * Nested replace() calls an SQL expression may hold at one level. SQLite before 3.46 parses with a fixed stack, and
 * the 29 steps nested at once overflow it inside a trigger: a database holding such a trigger does not open at all in
 * the sqlite3 of Debian 12 or Ubuntu 24.04 (3.40, 3.45), nor in any tool built on them. A user's file must open there.
 */
export const FOLD_SQL_NESTING = 8;

/**
 * The same folding as an SQL expression over `expr`, for the index's triggers: the steps of `foldText` as replace()
 * calls, at most FOLD_SQL_NESTING deep, each group over the one before through a subquery.
 */
export function foldSql(expr: string): string {
  const steps: string[] = [
    ...FOLD_DROP.map((c) => `char(${c.charCodeAt(0)}), ''`),
    ...FOLD_MAP.map(([from, to]) => `char(${from.charCodeAt(0)}), char(${to.charCodeAt(0)})`),
  ];
  const nest = (inner: string, group: readonly string[]) =>
    group.reduce((out, step) => `replace(${out}, ${step})`, inner);
  let out = nest(expr, steps.slice(0, FOLD_SQL_NESTING));
  for (let at = FOLD_SQL_NESTING; at < steps.length; at += FOLD_SQL_NESTING)
    out = `(SELECT ${nest('folded', steps.slice(at, at + FOLD_SQL_NESTING))} FROM (SELECT ${out} AS folded))`;
  return out;
}

/** The words of a search, folded; each is matched as a prefix, all must be present. */
export function searchTerms(query: string): string[] {
  return foldText(query).match(/[\p{L}\p{N}\p{M}]+/gu) ?? [];
}

export const SEARCH_QUERY_MAX = 200;
export const SEARCH_RESULTS_MAX = 50;

export const FINDING_KINDS = ['note', 'painPoints', 'worked', 'recommendation', 'action', 'caption'] as const;
export type FindingKind = (typeof FINDING_KINDS)[number];

export interface FindingHit {
  kind: FindingKind;
  clientId: string;
  clientName: string;
  auditId: string | null;
  auditTitle: string | null;
  touchpointId: string | null;
  criterionId: string | null;
  /** The touchpoint and question it belongs to, by the audit's template ('' for an action without one). */
  place: string;
  /** The finding's text as written (user text: shown as text, never markup). */
  text: string;
  /** bm25 relevance: lower is more relevant. */
  rank: number;
}
