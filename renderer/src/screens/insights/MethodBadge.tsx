import { useTranslation } from 'react-i18next';
import type { RollupMethod } from '../../../../shared/domain/template';

/** The roll-up method goes wherever a score is shown: pooled points and averaged sections give different numbers. */
export function MethodBadge({ method }: { method: RollupMethod }) {
  const { t } = useTranslation();
  return (
    <span className="method-badge" title={t(`insights.methodHint.${method}`)} data-testid="method-badge">
      {t(`insights.method.${method}`)}
    </span>
  );
}
