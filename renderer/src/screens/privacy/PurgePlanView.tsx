import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PurgePlan } from '../../../../shared/privacy/privacy-types';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { apiErrorOf } from '../../lib/field-errors';
import { TableHead, numeric } from '../../components/TableHead';

/**
 * What a purge or an erasure would remove, visit by visit, before anything happens; the confirmed
 * run removes exactly this list (the backend refuses when the data no longer gives it).
 */
export function PurgePlanView({
  plan,
  onRun,
  onClose,
}: {
  plan: PurgePlan;
  onRun(token: string): Promise<unknown>;
  onClose(done: boolean): void;
}) {
  const { t, i18n } = useTranslation();
  const [confirming, setConfirming] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const date = (iso: string) => new Date(`${iso}T12:00:00`).toLocaleDateString(i18n.language, { dateStyle: 'medium' });

  if (plan.visits.length === 0)
    return (
      <div className="privacy-plan" data-testid="purge-plan" role="status">
        <p>
          {plan.kind === 'retention'
            ? plan.cutoff
              ? t('privacy.plan.nothingBefore', { date: date(plan.cutoff) })
              : t('privacy.plan.noRetention')
            : t('privacy.plan.nothingForShopper')}
        </p>
        <button type="button" className="button" onClick={() => onClose(false)}>
          {t('privacy.plan.close')}
        </button>
      </div>
    );

  const run = async () => {
    setProblem(null);
    try {
      await onRun(plan.token);
      onClose(true);
    } catch (error) {
      const e = apiErrorOf(error);
      setProblem(e.code === 'NOT_ALLOWED' ? t('privacy.plan.stale') : e.message);
    }
  };
  return (
    <div className="privacy-plan" data-testid="purge-plan">
      <p>
        {plan.kind === 'retention' && plan.cutoff
          ? t('privacy.plan.retentionIntro', { date: date(plan.cutoff), count: plan.totals.visits })
          : t('privacy.plan.shopperIntro', { count: plan.totals.visits })}
      </p>
      <table className="data-table privacy-plan-table">
        <TableHead
          columns={[
            t('privacy.plan.visit'),
            t('privacy.plan.date'),
            t('privacy.plan.site'),
            t('privacy.plan.shopper'),
            numeric(t('privacy.plan.texts')),
            numeric(t('privacy.plan.photos')),
          ]}
        />
        <tbody>
          {plan.visits.map((v) => (
            <tr key={v.auditId} data-testid="purge-visit">
              <td dir="auto">
                {v.title}
                {plan.kind === 'shopper' && (
                  <span className="muted" dir="auto">
                    {' '}
                    · {v.clientName}
                  </span>
                )}
              </td>
              <td>{date(v.date)}</td>
              <td dir="auto">{v.site}</td>
              <td dir="auto">{v.shopper}</td>
              <td className="num">{v.texts.toLocaleString(i18n.language)}</td>
              <td className="num">{v.photos.toLocaleString(i18n.language)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p data-testid="purge-totals">
        {t('privacy.plan.totals', {
          visits: plan.totals.visits,
          names: plan.totals.shopperNames,
          texts: plan.totals.texts,
          photos: plan.totals.photos,
        })}
      </p>
      <p className="muted">{t('privacy.plan.stays')}</p>
      <p className="muted">{t('privacy.plan.backups')}</p>
      {problem && (
        <p className="field-error" role="alert">
          {problem}
        </p>
      )}
      <div className="dialog-actions">
        <button type="button" className="button" onClick={() => onClose(false)}>
          {t('privacy.plan.cancel')}
        </button>
        <button
          type="button"
          className="button button-danger"
          onClick={() => setConfirming(true)}
          data-testid="purge-run"
        >
          {plan.kind === 'retention' ? t('privacy.plan.purgeNow') : t('privacy.plan.eraseNow')}
        </button>
      </div>
      <ConfirmDialog
        open={confirming}
        onOpenChange={setConfirming}
        title={plan.kind === 'retention' ? t('privacy.plan.confirmPurgeTitle') : t('privacy.plan.confirmEraseTitle')}
        body={t('privacy.plan.confirmBody', { count: plan.totals.visits })}
        confirmLabel={plan.kind === 'retention' ? t('privacy.plan.purgeNow') : t('privacy.plan.eraseNow')}
        cancelLabel={t('privacy.plan.cancel')}
        onConfirm={() => void run()}
      />
    </div>
  );
}
