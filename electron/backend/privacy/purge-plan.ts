import { createHash } from 'node:crypto';
import { canonicalJson } from '../../../shared/canonical-json';
import type { PurgePlan, PurgeVisit } from '../../../shared/privacy/privacy-types';
import { isPastRetention, retentionCutoff, shopperKey } from '../../../shared/rules/retention';
import type { Db } from '../db/db-handle';
import { readClientPrivacy } from './client-privacy';

/** The touchpoint record columns that hold free text (the emotion is a score, and stays). */
export const RECORD_TEXT_FIELDS = {
  painPoints: 'pain_points',
  worked: 'worked',
  recommendation: 'recommendation',
} as const;

interface VisitRow {
  id: string;
  client_id: string;
  client_name: string;
  title: string;
  audit_date: string;
  site: string;
  shopper: string;
  auditor: string;
  review_comment: string;
}

/** What one visit holds that identifies its shopper or was written by them. */
export interface VisitContent {
  notes: { touchpoint_id: string; criterion_id: string }[];
  records: { touchpoint_id: string; field: keyof typeof RECORD_TEXT_FIELDS }[];
  photos: { id: string; touchpoint_id: string; sha256: string }[];
  reviewComment: boolean;
  names: boolean;
}

const VISITS_SQL = `
  SELECT a.id, a.client_id, c.name AS client_name, a.title, a.audit_date,
         COALESCE(s.name, a.site) AS site, a.shopper, a.auditor, a.review_comment
  FROM audits a JOIN clients c ON c.id = a.client_id LEFT JOIN sites s ON s.id = a.site_id
  WHERE a.audit_type = 'mystery-shop'`;

export function visitContent(
  db: Db,
  visit: Pick<VisitRow, 'id' | 'shopper' | 'auditor' | 'review_comment'>,
): VisitContent {
  const notes = db
    .prepare(
      "SELECT touchpoint_id, criterion_id FROM answers WHERE audit_id = ? AND note <> '' ORDER BY touchpoint_id, criterion_id",
    )
    .all(visit.id) as VisitContent['notes'];
  const records: VisitContent['records'] = [];
  const rows = db
    .prepare(
      'SELECT touchpoint_id, pain_points, worked, recommendation FROM touchpoint_records WHERE audit_id = ? ORDER BY touchpoint_id',
    )
    .all(visit.id) as { touchpoint_id: string; pain_points: string; worked: string; recommendation: string }[];
  for (const r of rows)
    for (const [field, column] of Object.entries(RECORD_TEXT_FIELDS) as [
      keyof typeof RECORD_TEXT_FIELDS,
      keyof typeof r,
    ][])
      if (r[column] !== '') records.push({ touchpoint_id: r.touchpoint_id, field });
  const photos = db
    .prepare('SELECT id, touchpoint_id, sha256 FROM evidence WHERE audit_id = ? ORDER BY id')
    .all(visit.id) as VisitContent['photos'];
  return {
    notes,
    records,
    photos,
    reviewComment: visit.review_comment !== '',
    names: visit.shopper !== '' || visit.auditor !== '',
  };
}

const texts = (c: VisitContent) => c.notes.length + c.records.length + (c.reviewComment ? 1 : 0);
const holdsAnything = (c: VisitContent) => c.names || texts(c) > 0 || c.photos.length > 0;

function planOf(
  db: Db,
  kind: PurgePlan['kind'],
  visits: VisitRow[],
  extra: Pick<PurgePlan, 'clientId' | 'shopper' | 'cutoff'>,
): PurgePlan {
  const listed: PurgeVisit[] = [];
  for (const v of visits) {
    const content = visitContent(db, v);
    if (!holdsAnything(content)) continue;
    listed.push({
      auditId: v.id,
      clientId: v.client_id,
      clientName: v.client_name,
      title: v.title,
      date: v.audit_date,
      site: v.site,
      shopper: v.shopper,
      texts: texts(content),
      photos: content.photos.length,
    });
  }
  const totals = {
    visits: listed.length,
    shopperNames: visits.filter((v) => listed.some((l) => l.auditId === v.id) && (v.shopper !== '' || v.auditor !== ''))
      .length,
    texts: listed.reduce((n, v) => n + v.texts, 0),
    photos: listed.reduce((n, v) => n + v.photos, 0),
  };
  // The token covers every visit, count and the cutoff: a purge runs only what its preview showed.
  const token = createHash('sha256')
    .update(
      canonicalJson({ kind, ...extra, shopper: extra.shopper === null ? null : shopperKey(extra.shopper), listed }),
    )
    .digest('hex');
  return { kind, ...extra, visits: listed, totals, token };
}

/** The client's visits past its retention period on `today`, with what each would lose. */
export function planRetentionPurge(db: Db, clientId: string, today: string): PurgePlan {
  const { retentionMonths } = readClientPrivacy(db, clientId);
  if (retentionMonths === null) return planOf(db, 'retention', [], { clientId, shopper: null, cutoff: null });
  const cutoff = retentionCutoff(today, retentionMonths);
  const visits = (
    db.prepare(`${VISITS_SQL} AND a.client_id = ? ORDER BY a.audit_date, a.id`).all(clientId) as VisitRow[]
  ).filter((v) => isPastRetention(v.audit_date, cutoff));
  return planOf(db, 'retention', visits, { clientId, shopper: null, cutoff });
}

/** The visits of one shopper across every client (however the name was typed), for an erasure request. */
export function shopperVisits(db: Db, shopper: string): VisitRow[] {
  const key = shopperKey(shopper);
  return (db.prepare(`${VISITS_SQL} AND a.shopper <> '' ORDER BY a.audit_date, a.id`).all() as VisitRow[]).filter(
    (v) => shopperKey(v.shopper) === key,
  );
}

export function planShopperErasure(db: Db, shopper: string): PurgePlan {
  return planOf(db, 'shopper', shopperVisits(db, shopper), { clientId: null, shopper, cutoff: null });
}
