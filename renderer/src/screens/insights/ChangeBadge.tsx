import { useTranslation } from 'react-i18next';
import type { Movement } from '../../../../shared/comparison/comparison-types';
import { formatChange } from '../../lib/format-score';

const ICON: Record<Movement, string> = { improved: '▲', regressed: '▼', unchanged: '■', 'not-comparable': '–' };

/** A change with its meaning in words and an arrow, so colour is never the only signal. */
export function ChangeBadge({ change, movement }: { change: number | null; movement: Movement }) {
  const { t, i18n } = useTranslation();
  return (
    <span className={`change-badge change-${movement}`} data-movement={movement}>
      <span aria-hidden="true">{ICON[movement]}</span> {formatChange(t, i18n.language, change)}{' '}
      <span className="change-word">{t(`insights.movement.${movement}`)}</span>
    </span>
  );
}
