import { useTranslation } from 'react-i18next';
import type { WaveCalibration } from '../../../../shared/calibration/calibration-types';
import { raterKey } from '../../../../shared/calibration/rater-accuracy';
import { formatPercent } from '../../lib/format-score';

/** "low accuracy" beside a shopper whose calibration answers matched the consensus too rarely (with the figures). */
export function ShopperAccuracyMark({ shopper, calibration }: { shopper: string; calibration: WaveCalibration }) {
  const { t, i18n } = useTranslation();
  const record = shopper ? calibration.shoppers.find((r) => raterKey(r.rater) === raterKey(shopper)) : undefined;
  if (!record?.low || record.accuracy === null) return null;
  const hint = t('calibration.lowAccuracyHint', {
    rater: record.rater,
    accuracy: formatPercent(t, i18n.language, record.accuracy * 100),
    compared: record.compared,
  });
  return (
    <>
      {' '}
      <span className="badge badge-low-accuracy" data-testid="shopper-low-accuracy" title={hint}>
        {t('calibration.lowAccuracy')}
      </span>
      <span className="visually-hidden">{hint}</span>
    </>
  );
}
