import * as Dialog from '@radix-ui/react-dialog';
import { useTranslation } from 'react-i18next';
import type { WaveSiteRow, WaveVisitRow } from '../../../../shared/api/visits-api';
import { explainSiteScore } from '../../../../shared/stats/explain-site-score';
import { barePercent, formatPercent } from '../../lib/format-score';
import { numberFormat } from '../../lib/formatters';
import './explain.css';

/** "How is this computed?" beside a site's wave score: its visits, their mean and the t-interval step by step. */
export function SiteScoreExplainButton({ site, visits }: { site: WaveSiteRow; visits: WaveVisitRow[] }) {
  const { t, i18n } = useTranslation();
  const name = site.siteName ?? t('visits.noSite');
  const scored = visits
    .filter((v) => (v.siteId ?? '') === (site.siteId ?? '') && v.status === 'complete' && v.score !== null)
    .map((v) => ({ auditId: v.auditId, title: v.title, score: v.score! }));
  const e = explainSiteScore(scored, site.stats.interval);
  const num = (v: number, digits = 1) =>
    numberFormat(i18n.language, { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(v);
  const pct = (v: number) => formatPercent(t, i18n.language, v);
  return (
    <Dialog.Root>
      <Dialog.Trigger className="link-button explain-trigger" data-testid="explain-site-score">
        {t('explain.open')}
      </Dialog.Trigger>
      <Dialog.Portal>
        <Dialog.Overlay className="dialog-overlay" />
        <Dialog.Content className="dialog dialog-wide explain-dialog" data-testid="site-score-dialog">
          <Dialog.Title className="dialog-title">{t('siteScore.title', { site: name })}</Dialog.Title>
          <Dialog.Description className="muted small">{t('siteScore.intro')}</Dialog.Description>
          {e.n ? (
            <table className="data-table">
              <thead>
                <tr>
                  <th scope="col">{t('visits.visit')}</th>
                  <th scope="col" className="num">
                    {t('visits.score')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {e.visits.map((v) => (
                  <tr key={v.auditId}>
                    <th scope="row" dir="auto">
                      {v.title}
                    </th>
                    <td className="num">{pct(v.score)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          ) : null}
          <ul className="explain-steps" data-testid="site-score-steps">
            {e.mean === null ? <li>{t('siteScore.none')}</li> : null}
            {e.mean !== null && e.n > 1 ? <Step label={t('siteScore.sum', { n: e.n })} math={num(e.sum)} /> : null}
            {e.mean !== null ? (
              <Step
                label={t('siteScore.mean')}
                math={`${num(e.sum)} ÷ ${e.n} = ${barePercent(i18n.language, e.mean)}`}
              />
            ) : null}
            {e.n === 1 ? <li>{t('siteScore.one')}</li> : null}
            {e.interval ? (
              <>
                <Step label={t('siteScore.sd')} math={`s = ${num(e.interval.sd, 2)}`} />
                <Step label={t('siteScore.t', { df: e.interval.df })} math={num(e.interval.t, 3)} />
                <Step
                  label={t('siteScore.half')}
                  math={`t × s ÷ √n = ${num(e.interval.t, 3)} × ${num(e.interval.sd, 2)} ÷ √${e.n} = ${num(e.interval.halfWidth, 2)}`}
                />
                <Step
                  label={t('siteScore.range')}
                  math={`${num(e.mean!)} ± ${num(e.interval.halfWidth)} = ${num(e.interval.low)} – ${num(e.interval.high)}`}
                />
                {e.interval.clipped ? (
                  <li>
                    {t('siteScore.clipped', { rawLow: num(e.interval.rawLow), rawHigh: num(e.interval.rawHigh) })}
                  </li>
                ) : null}
              </>
            ) : null}
          </ul>
          <div className="dialog-actions">
            <Dialog.Close className="button">{t('explain.close')}</Dialog.Close>
          </div>
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}

/** One step: its words in the interface's direction, its arithmetic always left to right. */
function Step({ label, math }: { label: string; math: string }) {
  return (
    <li>
      {label}: <bdi dir="ltr">{math}</bdi>
    </li>
  );
}
