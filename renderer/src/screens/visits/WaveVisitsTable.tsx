import { useTranslation } from 'react-i18next';
import type { WaveVisitRow } from '../../../../shared/api/visits-api';
import type { WaveCalibration } from '../../../../shared/calibration/calibration-types';
import { ShopperAccuracyMark } from '../calibration/ShopperAccuracyMark';
import { formatPercent } from '../../lib/format-score';
import { useRoute } from '../../stores/route-store';
import { ExplainScoreButton } from '../explain/ExplainScoreButton';
import { formatDuration } from './visit-format';
import { TableHead, numeric } from '../../components/TableHead';

/** Every visit of the wave (after filters) with its waiting and service times, status, review state and score. */
export function WaveVisitsTable({ visits, calibration }: { visits: WaveVisitRow[]; calibration: WaveCalibration }) {
  const { t, i18n } = useTranslation();
  const go = useRoute((s) => s.go);
  return (
    <table className="data-table" data-testid="wave-visits">
      <TableHead
        columns={[
          t('visits.visit'),
          t('visits.fields.site'),
          t('visits.fields.shopper'),
          t('visits.fields.scenario'),
          numeric(t('visits.waiting')),
          numeric(t('visits.service')),
          t('visits.status'),
          numeric(t('visits.score')),
        ]}
      />
      <tbody>
        {visits.map((v) => (
          <tr key={v.auditId}>
            <td>
              <button type="button" className="button-plain" onClick={() => go({ name: 'audit', id: v.auditId })}>
                <span dir="auto">{v.title}</span>
              </button>
            </td>
            <td>
              <span dir="auto">{v.siteName ?? t('visits.noSite')}</span>
            </td>
            <td>
              <span dir="auto">{v.shopper}</span>
              <ShopperAccuracyMark shopper={v.shopper} calibration={calibration} />
            </td>
            <td>
              <span dir="auto">{v.scenario}</span>
            </td>
            <td className="num">{formatDuration(t, v.durations.waitingSeconds)}</td>
            <td className="num">
              {formatDuration(t, v.durations.serviceSeconds)}
              {v.outOfOrder.length ? (
                <span className="visit-table-flag" data-testid="visit-row-out-of-order">
                  {' '}
                  {t('visitTimes.outOfOrderShort')}
                </span>
              ) : null}
            </td>
            <td>
              <span className={`status-pill status-${v.status}`}>{t(`audits.status.${v.status}`)}</span>{' '}
              {v.review.status !== 'none' ? (
                <span className={`review-pill review-${v.review.status}`}>
                  {t(`visits.reviewStatus.${v.review.status}`)}
                </span>
              ) : null}
            </td>
            <td className="num">
              {v.status === 'complete' ? formatPercent(t, i18n.language, v.score) : '—'}{' '}
              {v.score !== null ? <ExplainScoreButton auditId={v.auditId} /> : null}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
