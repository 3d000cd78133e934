import { useTranslation } from 'react-i18next';
import type { TouchpointMovement } from '../../../../shared/api/insights-api';
import type { TouchpointScore } from '../../../../shared/scoring/score-types';
import { formatPercent } from '../../lib/format-score';
import { ChangeBadge } from '../insights/ChangeBadge';

/**
 * The touchpoint's score as answered so far and, in a follow-up, how it moved since the baseline
 * with the actions taken on it: where the improvement loop closes, visibly.
 */
export function TouchpointScoreLine({
  score,
  movement,
  baseline,
}: {
  score: TouchpointScore | undefined;
  movement: TouchpointMovement['touchpoints'][number] | undefined;
  baseline: TouchpointMovement['baseline'];
}) {
  const { t, i18n } = useTranslation();
  if (!score) return null;
  return (
    <p className="touchpoint-score" data-testid="touchpoint-score">
      <span>
        {t('walk.scoreHere')}:{' '}
        <strong>
          {score.criticalFailed ? t('insights.knockout') : formatPercent(t, i18n.language, score.percent)}
        </strong>
        {score.criticalFailed ? (
          <span className="muted small">
            {' '}
            ({t('walk.calculated', { score: formatPercent(t, i18n.language, score.calculatedPercent) })})
          </span>
        ) : null}
      </span>
      {baseline && movement && movement.actions > 0 ? (
        <span className="loop-line" data-testid="touchpoint-movement">
          {t('walk.sinceBaseline', { title: baseline.title })}:{' '}
          <ChangeBadge change={movement.change} movement={movement.movement} />{' '}
          <span className="muted small">
            {t('walk.actionsTaken', { count: movement.actions, done: movement.actionsDone })}
          </span>
        </span>
      ) : null}
    </p>
  );
}
