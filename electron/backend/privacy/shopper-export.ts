import type { ShopperExport } from '../../../shared/privacy/privacy-types';
import { suggestedFileName } from '../../../shared/rules/file-names';
import type { Db } from '../db/db-handle';
import { shopperVisits } from './purge-plan';

/**
 * Everything the app holds about one shopper, for an access request: each visit with its client,
 * site, wave, dates, scenario, times, answers with notes, touchpoint records, review and photo
 * details (the photo files themselves stay in the app; their hashes identify them).
 */
export function exportShopper(db: Db, shopper: string, at: Date): ShopperExport {
  const visits = shopperVisits(db, shopper).map((v) => {
    const audit = db
      .prepare(
        `SELECT a.title, a.audit_date, a.planned_date, a.started_at, a.ended_at, a.scenario, a.status, a.review_status,
                a.review_comment, a.auditor, w.name AS wave
         FROM audits a LEFT JOIN waves w ON w.id = a.wave_id WHERE a.id = ?`,
      )
      .get(v.id) as Record<string, unknown>;
    return {
      visitId: v.id,
      client: v.client_name,
      site: v.site,
      shopper: v.shopper,
      ...audit,
      moments: db.prepare('SELECT moment, at FROM visit_timestamps WHERE audit_id = ? ORDER BY at').all(v.id),
      answers: (
        db
          .prepare(
            'SELECT touchpoint_id, criterion_id, value_json, note, updated_at FROM answers WHERE audit_id = ? ORDER BY touchpoint_id, criterion_id',
          )
          .all(v.id) as {
          touchpoint_id: string;
          criterion_id: string;
          value_json: string | null;
          note: string;
          updated_at: string;
        }[]
      ).map((a) => ({
        ...a,
        value_json: undefined,
        value: a.value_json === null ? null : (JSON.parse(a.value_json) as unknown),
      })),
      touchpoints: db
        .prepare(
          'SELECT touchpoint_id, emotion, pain_points, worked, recommendation FROM touchpoint_records WHERE audit_id = ? ORDER BY touchpoint_id',
        )
        .all(v.id),
      photos: db
        .prepare(
          'SELECT id, touchpoint_id, original_name, mime, bytes, width, height, sha256, created_at FROM evidence WHERE audit_id = ? ORDER BY created_at',
        )
        .all(v.id),
    };
  });
  const document = { kind: 'journey-audit.shopper-data', version: 1, shopper, exportedAt: at.toISOString(), visits };
  return {
    fileName: suggestedFileName(['Shopper data', shopper, at.toISOString().slice(0, 10)], 'json', 'shopper-data'),
    json: JSON.stringify(document, null, 2),
  };
}
