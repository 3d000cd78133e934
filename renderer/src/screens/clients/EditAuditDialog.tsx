import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { AuditSummary } from '../../../../shared/domain/audit';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { TextField } from '../../components/TextField';
import { apiErrorOf, describeError, fieldErrors } from '../../lib/field-errors';
import { useAuditsList } from '../../stores/audits-list-store';
import { useRoute } from '../../stores/route-store';
import { DialogCloseButton, FormDialog } from '../../components/FormDialog';

const today = () => new Date().toISOString().slice(0, 10);

/**
 * One audit's housekeeping: rename, re-date, re-assign and mark as a test audit (until it is
 * complete), start a re-audit from it, or delete it after a confirmation (refused by the backend
 * once a visit was reviewed).
 */
export function EditAuditDialog({ audit, onClose }: { audit: AuditSummary; onClose(): void }) {
  const { t } = useTranslation();
  const { update, remove, reaudit } = useAuditsList();
  const go = useRoute((s) => s.go);
  const [form, setForm] = useState({
    title: audit.title,
    site: audit.site,
    auditor: audit.auditor,
    auditDate: audit.auditDate,
    isTest: audit.isTest,
  });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);
  const locked = audit.status === 'complete' || audit.reviewStatus === 'reviewed';
  const reviewed = audit.reviewStatus === 'reviewed';
  useEffect(() => setFormError(null), [form]);

  const fail = (error: unknown) => {
    const apiError = apiErrorOf(error);
    setErrors(fieldErrors(t, apiError.issues, 'audits.fields'));
    setFormError(describeError(t, apiError, 'audits.fields'));
  };

  async function save(e: FormEvent) {
    e.preventDefault();
    try {
      const changes = Object.fromEntries(
        Object.entries(form).filter(([k, v]) => audit[k as keyof typeof form] !== v),
      ) as Partial<typeof form>;
      if (Object.keys(changes).length) await update(audit.id, audit.clientId, changes);
      onClose();
    } catch (error) {
      fail(error);
    }
  }

  async function startReaudit() {
    try {
      const id = await reaudit(audit.id, t('auditAdmin.reauditTitle', { title: audit.title }), today());
      onClose();
      go({ name: 'audit', id });
    } catch (error) {
      fail(error);
    }
  }

  async function confirmDelete() {
    try {
      await remove(audit.id, audit.clientId);
      onClose();
    } catch (error) {
      fail(error);
    }
  }

  const text = (name: 'title' | 'site' | 'auditor', required = false) => (
    <TextField
      name={name}
      label={t(`audits.fields.${name}`)}
      value={form[name]}
      onChange={(v) => setForm((f) => ({ ...f, [name]: v }))}
      error={errors[name]}
      required={required}
    />
  );

  return (
    <FormDialog
      open
      onOpenChange={(open) => (open ? undefined : onClose())}
      title={t('auditAdmin.editTitle', { title: audit.title })}
      titleDir="auto"
      description={locked ? t('auditAdmin.lockedBody') : t('auditAdmin.editBody')}
      testId="edit-audit-dialog"
      onSubmit={(e) => void save(e)}
      error={formError}
      actions={
        <>
          <button
            type="button"
            className="button button-danger"
            onClick={() => setConfirming(true)}
            disabled={reviewed}
            title={reviewed ? t('auditAdmin.deleteReviewed') : undefined}
            data-testid="delete-audit"
          >
            {t('auditAdmin.delete')}
          </button>
          <button type="button" className="button" onClick={() => void startReaudit()} data-testid="reaudit">
            {t('auditAdmin.reaudit')}
          </button>
          <span className="spacer" />
          <DialogCloseButton>{t('auditAdmin.cancel')}</DialogCloseButton>
          {locked ? null : (
            <button type="submit" className="button button-primary" data-testid="save-audit">
              {t('auditAdmin.save')}
            </button>
          )}
        </>
      }
      after={
        <>
          <ConfirmDialog
            open={confirming}
            onOpenChange={setConfirming}
            title={t('auditAdmin.deleteTitle', { title: audit.title })}
            body={t('auditAdmin.deleteBody')}
            confirmLabel={t('auditAdmin.delete')}
            cancelLabel={t('auditAdmin.cancel')}
            onConfirm={() => void confirmDelete()}
          />
        </>
      }
    >
      <fieldset disabled={locked} className="form-grid audit-edit-fields">
        {text('title', true)}
        {text('site')}
        {text('auditor')}
        <label className="field">
          <span>{t('audits.fields.auditDate')}</span>
          <input
            type="date"
            value={form.auditDate}
            onChange={(e) => setForm((f) => ({ ...f, auditDate: e.target.value }))}
            data-testid="edit-audit-date"
          />
          {errors.auditDate ? <span className="field-error">{errors.auditDate}</span> : null}
        </label>
        <label className="checkbox">
          <input
            type="checkbox"
            checked={form.isTest}
            onChange={(e) => setForm((f) => ({ ...f, isTest: e.target.checked }))}
            data-testid="edit-audit-test"
          />{' '}
          {t('auditAdmin.isTest')}
        </label>
      </fieldset>
    </FormDialog>
  );
}
