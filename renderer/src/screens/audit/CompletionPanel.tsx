import * as Dialog from '@radix-ui/react-dialog';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AuditProgress } from '../../../../shared/audit-progress';
import type { AuditDetail } from '../../../../shared/domain/audit';
import { photosAwaitingRedaction } from '../../../../shared/evidence/markup';
import { failsWithoutComment } from '../../../../shared/scoring/fails-without-comment';
import { apiErrorOf, describeError } from '../../lib/field-errors';
import { useAudit } from '../../stores/audit-store';

interface Props {
  open: boolean;
  onOpenChange(open: boolean): void;
  audit: AuditDetail;
  progress: AuditProgress;
  onJump(touchpointId: string, criterionId: string): void;
}

/** Completing lists what is still unanswered (each a link back into the walk); reopening asks why, and the reason is kept. */
export function CompletionPanel({ open, onOpenChange, audit, progress, onJump }: Props) {
  const { t } = useTranslation();
  const complete = useAudit((s) => s.complete);
  const reopen = useAudit((s) => s.reopen);
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const tpName = (id: string) => audit.definition.touchpoints.find((tp) => tp.id === id);
  const isComplete = audit.status === 'complete';
  const locked = audit.visit.review.status === 'reviewed';
  // Worked out only while the panel is open: the walk renders it on every answer.
  const checking = open && !isComplete;
  const fails = checking ? failsWithoutComment(audit.definition, audit.scope, audit.answers) : [];
  const unredacted = checking ? photosAwaitingRedaction(audit.definition.redactionRequired, audit.evidence) : [];

  const run = (fn: () => Promise<void>) =>
    void fn()
      .then(() => {
        setError(null);
        setReason('');
        onOpenChange(false);
      })
      .catch((e: unknown) => setError(describeError(t, apiErrorOf(e))));

  return (
    <Dialog.Root open={open} onOpenChange={onOpenChange}>
      <Dialog.Portal>
        <Dialog.Overlay className="dialog-overlay" />
        <Dialog.Content className="dialog dialog-wide" data-testid="completion-panel">
          <Dialog.Title className="dialog-title">
            {isComplete ? t('walk.reopenTitle') : t('walk.completeTitle')}
          </Dialog.Title>
          {isComplete ? (
            <>
              <Dialog.Description className="dialog-body">{t('walk.reopenBody')}</Dialog.Description>
              <label className="field">
                <span>{t('walk.reopenReason')}</span>
                <textarea dir="auto" rows={2} value={reason} onChange={(e) => setReason(e.target.value)} />
              </label>
            </>
          ) : progress.unanswered.length ? (
            <>
              <Dialog.Description className="dialog-body">
                {t('walk.unansweredBody', { count: progress.unanswered.length })}
              </Dialog.Description>
              <ul className="unanswered-list" data-testid="unanswered-list">
                {progress.unanswered.slice(0, 100).map((u) => {
                  const tp = tpName(u.touchpointId);
                  const criterion = tp?.criteria.find((c) => c.id === u.criterionId);
                  return (
                    <li key={`${u.touchpointId}-${u.criterionId}`}>
                      <button
                        type="button"
                        className="button-plain"
                        onClick={() => onJump(u.touchpointId, u.criterionId)}
                      >
                        <strong dir="auto">{tp?.name}</strong> — <span dir="auto">{criterion?.question}</span>
                      </button>
                    </li>
                  );
                })}
              </ul>
              {progress.unanswered.length > 100 ? (
                <p className="muted small">{t('walk.andMore', { count: progress.unanswered.length - 100 })}</p>
              ) : null}
            </>
          ) : fails.length ? null : (
            <Dialog.Description className="dialog-body">{t('walk.completeBody')}</Dialog.Description>
          )}
          {fails.length ? (
            <>
              <p className="dialog-body">{t('visits.failsNeedComment', { count: fails.length })}</p>
              <ul className="unanswered-list" data-testid="fails-without-comment">
                {fails.slice(0, 100).map((f) => (
                  <li key={`${f.touchpointId}-${f.criterionId}`}>
                    <button
                      type="button"
                      className="button-plain"
                      onClick={() => onJump(f.touchpointId, f.criterionId)}
                    >
                      <strong dir="auto">{f.touchpointName}</strong> — <span dir="auto">{f.question}</span>
                    </button>
                  </li>
                ))}
              </ul>
            </>
          ) : null}
          {unredacted.length ? (
            <>
              <p className="dialog-body">{t('evidence.completion.waiting', { count: unredacted.length })}</p>
              <ul className="unanswered-list" data-testid="photos-unredacted">
                {unredacted.slice(0, 100).map((p) => (
                  <li key={p.id}>
                    <button
                      type="button"
                      className="button-plain"
                      onClick={() => onJump(p.touchpointId, tpName(p.touchpointId)?.criteria[0]?.id ?? '')}
                    >
                      <strong dir="auto">{tpName(p.touchpointId)?.name}</strong> — <bdi>{p.originalName}</bdi>
                    </button>
                  </li>
                ))}
              </ul>
            </>
          ) : null}
          {locked ? <p className="dialog-body">{t('visits.lockedBody')}</p> : null}
          {error ? (
            <p className="form-error" role="alert">
              {error}
            </p>
          ) : null}
          <div className="dialog-actions">
            <Dialog.Close className="button">{t('clients.cancel')}</Dialog.Close>
            {isComplete ? (
              <button
                type="button"
                className="button button-primary"
                disabled={!reason.trim() || locked}
                onClick={() => run(() => reopen(reason))}
              >
                {t('walk.reopen')}
              </button>
            ) : (
              <button
                type="button"
                className="button button-primary"
                disabled={progress.unanswered.length > 0 || fails.length > 0 || unredacted.length > 0}
                onClick={() => run(complete)}
                data-testid="confirm-complete"
              >
                {t('walk.complete')}
              </button>
            )}
          </div>
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}
