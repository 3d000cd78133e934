import * as Dialog from '@radix-ui/react-dialog';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { explainAudit } from '../../../../shared/scoring/explain-score';
import { describeError } from '../../lib/field-errors';
import { useApiQuery } from '../../lib/use-api-query';
import { ScoreExplanationView } from './ScoreExplanationView';
import './explain.css';

/**
 * "How is this computed?" beside a score: opens the audit's arithmetic, computed from the saved
 * answers by the same engine that gave the score (explainAudit runs scoreAudit).
 */
export function ExplainScoreButton({ auditId, label }: { auditId: string; label?: string }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  return (
    <Dialog.Root open={open} onOpenChange={setOpen}>
      <Dialog.Trigger className="link-button explain-trigger" data-testid="explain-score">
        {label ?? t('explain.open')}
      </Dialog.Trigger>
      <Dialog.Portal>
        <Dialog.Overlay className="dialog-overlay" />
        <Dialog.Content className="dialog dialog-wide explain-dialog" data-testid="explain-dialog">
          <Dialog.Title className="dialog-title">{t('explain.title')}</Dialog.Title>
          <Dialog.Description className="muted small">{t('explain.intro')}</Dialog.Description>
          {open ? <ExplanationOf auditId={auditId} /> : null}
          <div className="dialog-actions">
            <Dialog.Close className="button">{t('explain.close')}</Dialog.Close>
          </div>
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}

function ExplanationOf({ auditId }: { auditId: string }) {
  const { t } = useTranslation();
  const audit = useApiQuery('audits.get', { id: auditId }, ['audits.changed']);
  const explanation = useMemo(
    () => (audit.data ? explainAudit(audit.data.definition, audit.data.scope, audit.data.answers) : null),
    [audit.data],
  );
  if (audit.status === 'error' && !audit.data) return <p role="alert">{describeError(t, audit.error)}</p>;
  if (!explanation) return <p role="status">{t('app.loading')}</p>;
  return (
    <>
      <p className="small" dir="auto">
        {audit.data!.title}
      </p>
      <ScoreExplanationView explanation={explanation} />
    </>
  );
}
