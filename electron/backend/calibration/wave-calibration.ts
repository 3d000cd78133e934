import type { WaveCalibration } from '../../../shared/calibration/calibration-types';
import { accuracyOverSessions, raterKey } from '../../../shared/calibration/rater-accuracy';
import type { BackendContext } from '../context';
import { allSessionViews } from './calibration-rows';

/**
 * Calibration as a wave shows it: the accuracy over every session of each shopper who visited in
 * the wave (matched by name, case and spacing aside), and the sessions held on the templates the
 * wave's visits use.
 */
export function waveCalibration(ctx: BackendContext, waveId: string, shoppers: readonly string[]): WaveCalibration {
  const views = allSessionViews(ctx);
  if (views.length === 0) return { shoppers: [], sessions: [] };
  const wanted = new Set(shoppers.map(raterKey));
  const templates = new Set(
    ctx.db
      .prepare(
        `SELECT DISTINCT v.template_id FROM audits a JOIN template_versions v ON v.id = a.template_version_id
         WHERE a.wave_id = ?`,
      )
      .pluck()
      .all(waveId) as string[],
  );
  return {
    shoppers: accuracyOverSessions(views.map((v) => v.summary.raters)).filter((r) => wanted.has(raterKey(r.rater))),
    sessions: views
      .filter((v) => templates.has(v.session.templateId))
      .map((v) => ({
        id: v.session.id,
        title: v.session.title,
        createdAt: v.session.createdAt,
        raters: v.session.raters.length,
        nominal: v.summary.overall.nominal,
        interval: v.summary.overall.interval,
      })),
  };
}
