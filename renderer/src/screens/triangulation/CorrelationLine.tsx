import { useTranslation } from 'react-i18next';
import type { Triangulated } from '../../../../shared/stats/triangulation';
import { numberFormat } from '../../lib/formatters';

/** r with its 95% interval and n, or in words why no correlation is shown. */
export function CorrelationLine({ result }: { result: Triangulated }) {
  const { t, i18n } = useTranslation();
  const two = (v: number) =>
    numberFormat(i18n.language, { minimumFractionDigits: 2, maximumFractionDigits: 2, signDisplay: 'negative' }).format(
      v,
    );
  const c = result.correlation;
  return (
    <div data-testid="correlation" data-status={c.status}>
      <p className="triangulation-r">
        {c.status === 'shown'
          ? t('triangulation.shown', { r: two(c.r), low: two(c.low), high: two(c.high), n: c.n })
          : c.status === 'too-few'
            ? t('triangulation.tooFew', { n: c.n, minimum: c.minimum })
            : t('triangulation.noVariation', { n: c.n })}
      </p>
      {result.leftOut ? <p className="muted small">{t('triangulation.leftOut', { n: result.leftOut })}</p> : null}
      {result.cesScales.length > 1 ? <p className="form-error">{t('triangulation.mixedCes')}</p> : null}
      <p className="muted small">{t('triangulation.caution')}</p>
    </div>
  );
}
