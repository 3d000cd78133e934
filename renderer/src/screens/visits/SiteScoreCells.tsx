import { useTranslation } from 'react-i18next';
import type { ScoreChange, ScoreInterval } from '../../../../shared/stats/score-interval';
import { formatChange, formatPercent } from '../../lib/format-score';
import { numberFormat } from '../../lib/formatters';

/** A site's wave score with its 95% interval, or the reason it has none, and "too few visits" below the template's minimum. */
export function ScoreWithInterval({ interval }: { interval: ScoreInterval }) {
  const { t, i18n } = useTranslation();
  const one = (v: number) =>
    numberFormat(i18n.language, { maximumFractionDigits: 1, minimumFractionDigits: 1 }).format(v);
  return (
    <span className="score-interval" data-testid="site-score">
      <strong>{formatPercent(t, i18n.language, interval.mean)}</strong>
      <span className="small muted" data-testid="site-interval">
        {`${t('stats.n')} = ${interval.n} · `}
        {interval.status === 'one-visit'
          ? t('stats.oneVisit')
          : interval.status === 'no-visits'
            ? t('stats.noVisits')
            : interval.status === 'zero-spread'
              ? t('stats.zeroSpread')
              : `${t('stats.interval')}: ${t('stats.intervalRange', { low: one(interval.low!), high: one(interval.high!) })}`}
      </span>
      {interval.tooFew ? (
        <span
          className="chip chip-warn"
          title={t('stats.tooFewHint', { min: interval.minVisits })}
          data-testid="too-few-visits"
        >
          ⚠ {t('stats.tooFew')}
        </span>
      ) : null}
    </span>
  );
}

const ICON: Record<ScoreChange['verdict'], string> = { 'real-change': '', 'within-noise': '≈', 'no-interval': '?' };

/** The change since the previous wave, called real only when its interval excludes zero. */
export function ChangeVerdict({ change }: { change: ScoreChange }) {
  const { t, i18n } = useTranslation();
  if (change.change === null)
    return (
      <span className="muted" title={t('insights.movement.not-comparable')}>
        —
      </span>
    );
  const pts = (v: number) => formatChange(t, i18n.language, v);
  const arrow = change.verdict === 'real-change' ? (change.change > 0 ? '▲' : '▼') : ICON[change.verdict];
  const movement = change.verdict === 'real-change' ? (change.change > 0 ? 'improved' : 'regressed') : 'unchanged';
  return (
    <span
      className={`change-badge change-${movement}`}
      data-verdict={change.verdict}
      data-testid="change-verdict"
      title={
        change.low !== null && change.high !== null
          ? t('stats.changeInterval', { change: pts(change.change), low: pts(change.low), high: pts(change.high) })
          : t('stats.noIntervalHint')
      }
    >
      <span aria-hidden="true">{arrow}</span> {pts(change.change)}{' '}
      <span className="change-word">
        {t(
          change.verdict === 'real-change'
            ? 'stats.realChange'
            : change.verdict === 'within-noise'
              ? 'stats.withinNoise'
              : 'stats.noInterval',
        )}
      </span>
    </span>
  );
}

/** Beside a movement badge: whether the change is larger than the noise (its interval excludes zero). */
export function VerdictWord({ change }: { change: ScoreChange }) {
  const { t, i18n } = useTranslation();
  if (change.change === null) return null;
  const pts = (v: number) => formatChange(t, i18n.language, v);
  return (
    <span
      className={`verdict verdict-${change.verdict}`}
      data-verdict={change.verdict}
      data-testid="change-verdict"
      title={
        change.low !== null && change.high !== null
          ? t('stats.changeInterval', { change: pts(change.change), low: pts(change.low), high: pts(change.high) })
          : t('stats.noIntervalHint')
      }
    >
      {t(
        change.verdict === 'real-change'
          ? 'stats.realChange'
          : change.verdict === 'within-noise'
            ? 'stats.withinNoise'
            : 'stats.noInterval',
      )}
    </span>
  );
}
