import type { AuditStatus, AuditType } from '../domain/audit';

/**
 * Comparable series: a trend line or a before/after change is drawn only between audits that
 * measure the same thing. Walkthroughs are comparable on the same template; mystery-shop visits
 * on the same template at the same site (visits of several branches are a league table, not a
 * trend).
 */
export interface SeriesAudit {
  id: string;
  title: string;
  templateId: string;
  templateName: string;
  auditType: AuditType;
  siteId: string | null;
  site: string;
  auditDate: string;
  status: AuditStatus;
  overall: number | null;
}

/** The site an audit was held at: the registry id, else its label (an audit without a registry site). */
export const siteKeyOf = (a: Pick<SeriesAudit, 'siteId' | 'site'>): string =>
  a.siteId ?? `label:${a.site.trim().toLowerCase()}`;

export function seriesKeyOf(a: Pick<SeriesAudit, 'templateId' | 'auditType' | 'siteId' | 'site'>): string {
  return a.auditType === 'mystery-shop' ? `${a.templateId}|visits|${siteKeyOf(a)}` : `${a.templateId}|walkthrough`;
}

export interface Series<A extends SeriesAudit> {
  key: string;
  templateName: string;
  auditType: AuditType;
  /** The site of a series of visits; null for walkthroughs (one series per template across sites). */
  site: string | null;
  /** Oldest first, as given. */
  audits: A[];
}

/** Audits (oldest first) grouped into comparable series, in the order each series first appears. */
export function comparableSeries<A extends SeriesAudit>(audits: readonly A[]): Series<A>[] {
  const out = new Map<string, Series<A>>();
  for (const a of audits) {
    const key = seriesKeyOf(a);
    let series = out.get(key);
    if (!series)
      out.set(
        key,
        (series = {
          key,
          templateName: a.templateName,
          auditType: a.auditType,
          site: a.auditType === 'mystery-shop' ? a.site : null,
          audits: [],
        }),
      );
    series.audits.push(a);
  }
  return [...out.values()];
}

/** Why a site's latest audit has no change to show. */
export type NotComparableReason =
  /** The site has no earlier audit at all. */
  | 'first-audit'
  /** Earlier audits of the site use other templates (named in `otherTemplates`). */
  | 'other-template'
  /** The latest audit has no score yet. */
  | 'no-score'
  /** The earlier audit on the same template has no score. */
  | 'previous-no-score';

export interface SiteChange<A extends SeriesAudit> {
  latest: A;
  /** The latest earlier audit of the same series at this site, whatever its score. */
  previous: A | null;
  /** latest − previous, in percentage points; null exactly when `reason` is set. */
  change: number | null;
  reason: NotComparableReason | null;
  /** For "other-template": the templates the earlier audits used. */
  otherTemplates: string[];
}

/**
 * A site's latest audit against the previous audit of the same series at that site (same
 * template; for visits the site is the same by construction). "Not comparable" only when it is
 * true, with the reason.
 */
export function siteChange<A extends SeriesAudit>(siteAudits: readonly A[]): SiteChange<A> {
  const latest = siteAudits[siteAudits.length - 1]!;
  const earlier = siteAudits.slice(0, -1);
  const key = seriesKeyOf(latest);
  const previous = [...earlier].reverse().find((a) => seriesKeyOf(a) === key) ?? null;
  const base = { latest, previous, otherTemplates: [] as string[] };
  if (earlier.length === 0) return { ...base, change: null, reason: 'first-audit' };
  if (!previous)
    return {
      ...base,
      change: null,
      reason: 'other-template',
      otherTemplates: [...new Set(earlier.map((a) => a.templateName))],
    };
  if (latest.overall === null) return { ...base, change: null, reason: 'no-score' };
  if (previous.overall === null) return { ...base, change: null, reason: 'previous-no-score' };
  return { ...base, change: latest.overall - previous.overall, reason: null };
}
