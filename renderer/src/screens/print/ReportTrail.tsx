import type { TrailVerification } from '../../../../shared/trail/trail-types';
import { dateFormat } from '../../lib/formatters';
import { useReportFormat } from './report-common';
import './report-trail.css';

/** The audit trail's chain head and when it was verified, so a reader can later check the data behind the report is the data it was made from. */
export function ReportTrail({ trail }: { trail: TrailVerification }) {
  const { t, lang } = useReportFormat();
  const when = dateFormat(lang, { dateStyle: 'long', timeStyle: 'short' }).format(new Date(trail.verifiedAt));
  return (
    <div className="report-trail pb-avoid" data-testid="report-trail">
      <h2 className="report-h2 pb-keep">{t('trail.report.title')}</h2>
      <p className="report-small">{t('trail.report.intro')}</p>
      <p>
        {t('trail.report.head')}{' '}
        <code dir="ltr" className="report-trail-hash" data-testid="report-trail-head">
          {trail.head ?? '—'}
        </code>
      </p>
      <p data-testid="report-trail-outcome">
        {trail.ok
          ? t(trail.redactedEntries ? 'trail.report.okRedacted' : 'trail.report.ok', {
              at: when,
              entries: trail.entries,
              checked: trail.entries - trail.redactedEntries,
              redacted: trail.redactedEntries,
              photos: trail.photosChecked,
            })
          : t('trail.report.broken', { at: when, index: trail.firstProblem?.entryIndex ?? '—' })}
      </p>
    </div>
  );
}
