import { useTranslation } from 'react-i18next';
import type { AuditComparison } from '../../../../shared/comparison/comparison-types';
import { formatChange, formatPercent } from '../../lib/format-score';

/**
 * Which definitions scored both audits and, where the template versions differ, how much of the
 * change comes from the answers and how much from the template alone. Shown on the compare screen
 * and in the PDF (same component, so both say the same).
 */
export function DefinitionNote({ comparison: c, className }: { comparison: AuditComparison; className?: string }) {
  const { t, i18n } = useTranslation();
  if (c.sameVersion && c.definitions.identical) return null;
  const d = c.definitions;
  const s = c.changeSources;
  const lang = i18n.language;
  return (
    <div className={className ?? 'definition-note'} data-testid="definition-note">
      <p>{t('likeForLike.scoredWith')}</p>
      <ul className="definition-sources">
        <li>{t('likeForLike.baselineOwn', { value: formatPercent(t, lang, s.baselineOwn) })}</li>
        <li>{t('likeForLike.baselineRescored', { value: formatPercent(t, lang, s.baselineRescored) })}</li>
        <li>
          <strong>{t('likeForLike.fromAnswers', { value: formatChange(t, lang, s.fromAnswers) })}</strong>
        </li>
        <li>{t('likeForLike.fromTemplate', { value: formatChange(t, lang, s.fromTemplate) })}</li>
      </ul>
      {d.method.baseline !== d.method.followUp ? (
        <p>
          {t('likeForLike.method', {
            baseline: t(`insights.method.${d.method.baseline}`),
            followUp: t(`insights.method.${d.method.followUp}`),
          })}
        </p>
      ) : null}
      {d.momentOfTruthMultiplier.baseline !== d.momentOfTruthMultiplier.followUp ? (
        <p>{t('likeForLike.multiplier', d.momentOfTruthMultiplier)}</p>
      ) : null}
      {d.differences.length ? (
        <>
          <p>{t('likeForLike.differences', { n: d.differences.length })}</p>
          <ul className="definition-differences">
            {d.differences.map((x) => (
              <li key={`${x.touchpointId}/${x.criterionId}`}>
                <bdi>{x.touchpointName}</bdi> — <bdi>{x.question}</bdi>:{' '}
                {x.fields.map((f) => t(`likeForLike.fields.${f}`)).join(', ')}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </div>
  );
}
