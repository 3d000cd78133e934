import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  ACTION_LIMITS,
  ACTION_PRIORITIES,
  ACTION_STATUSES,
  type Action,
  type ActionChanges,
  type ActionPriority,
  type ActionStatus,
} from '../../../../shared/domain/action';
import { TextField } from '../../components/TextField';
import { apiErrorOf, describeError, fieldErrors } from '../../lib/field-errors';
import { useActions } from '../../stores/actions-store';
import { useAuditsList } from '../../stores/audits-list-store';
import { DialogCloseButton, FormDialog } from '../../components/FormDialog';

/** What a new action starts with, e.g. from a finding in the walk. */
export interface ActionPrefill {
  title?: string;
  detail?: string;
  auditId?: string | null;
  touchpointId?: string | null;
  criterionId?: string | null;
}

interface Form {
  title: string;
  detail: string;
  owner: string;
  dueDate: string;
  priority: ActionPriority;
  status: ActionStatus;
  auditId: string;
  touchpointId: string;
  criterionId: string | null;
}

function initialForm(action: Action | null | undefined, prefill: ActionPrefill | undefined): Form {
  if (action) {
    return {
      title: action.title,
      detail: action.detail,
      owner: action.owner,
      dueDate: action.dueDate ?? '',
      priority: action.priority,
      status: action.status,
      auditId: action.auditId ?? '',
      touchpointId: action.touchpointId ?? '',
      criterionId: action.criterionId,
    };
  }
  return {
    title: prefill?.title ?? '',
    detail: prefill?.detail ?? '',
    owner: '',
    dueDate: '',
    priority: 'medium',
    status: 'open',
    auditId: prefill?.auditId ?? '',
    touchpointId: prefill?.touchpointId ?? '',
    criterionId: prefill?.criterionId ?? null,
  };
}

interface ActionDialogProps {
  open: boolean;
  onOpenChange(open: boolean): void;
  clientId: string;
  /** The action to edit; none creates a new one. */
  action?: Action | null;
  prefill?: ActionPrefill;
  onSaved?(action: Action): void;
}

/**
 * New or edit: what to do, details, owner, due date, priority, status, and the audit and
 * touchpoint it answers. Typing here never reaches the walk's keys (they ignore dialogs).
 */
export function ActionDialog({ open, onOpenChange, clientId, action, prefill, onSaved }: ActionDialogProps) {
  const { t } = useTranslation();
  const audits = useAuditsList((s) => s.byClient[clientId]);
  const loadAudits = useAuditsList((s) => s.loadClient);
  const touchpointsByAudit = useActions((s) => s.audits);
  const loadAudit = useActions((s) => s.loadAudit);
  const create = useActions((s) => s.create);
  const update = useActions((s) => s.update);
  const [form, setForm] = useState<Form>(() => initialForm(action, prefill));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    if (!open) return;
    setForm(initialForm(action, prefill));
    setErrors({});
    setFormError(null);
    void loadAudits(clientId).catch(() => undefined);
    // Only on opening: the form must not reset under the user's fingers when the list refreshes.
  }, [open]);

  useEffect(() => {
    if (open && form.auditId) void loadAudit(form.auditId);
  }, [open, form.auditId, loadAudit]);

  const set = <K extends keyof Form>(name: K, value: Form[K]) => setForm((f) => ({ ...f, [name]: value }));
  const touchpoints = form.auditId ? (touchpointsByAudit[form.auditId]?.touchpoints ?? []) : [];
  const touchpointKnown = !form.touchpointId || touchpoints.some((tp) => tp.id === form.touchpointId);

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (busy) return;
    const fields = {
      title: form.title,
      detail: form.detail,
      owner: form.owner,
      dueDate: form.dueDate || null,
      priority: form.priority,
      status: form.status,
      auditId: form.auditId || null,
      touchpointId: form.touchpointId || null,
      criterionId: form.touchpointId ? form.criterionId : null,
    };
    setBusy(true);
    try {
      let saved: Action;
      if (action) {
        const changes: ActionChanges = {};
        for (const k of Object.keys(fields) as (keyof typeof fields)[]) {
          if (fields[k] !== action[k]) Object.assign(changes, { [k]: fields[k] });
        }
        saved = Object.keys(changes).length ? await update(action, changes) : action;
      } else {
        saved = await create({ clientId, ...fields });
      }
      onOpenChange(false);
      onSaved?.(saved);
    } catch (error) {
      const apiError = apiErrorOf(error);
      setErrors(fieldErrors(t, apiError.issues, 'actions.fields'));
      setFormError(describeError(t, apiError, 'actions.fields'));
    } finally {
      setBusy(false);
    }
  }

  const auditOptions = audits ?? [];
  const auditMissing = form.auditId && !auditOptions.some((a) => a.id === form.auditId);

  return (
    <FormDialog
      open={open}
      onOpenChange={onOpenChange}
      title={action ? t('actions.dialog.editTitle') : t('actions.dialog.newTitle')}
      description={t('actions.dialog.body')}
      testId="action-dialog"
      className="action-dialog"
      onSubmit={(e) => void submit(e)}
      error={formError}
      actions={
        <>
          <DialogCloseButton>{t('actions.cancel')}</DialogCloseButton>
          <button className="button button-primary" type="submit" disabled={busy} data-testid="action-save">
            {action ? t('actions.dialog.save') : t('actions.dialog.create')}
          </button>
        </>
      }
    >
      <TextField
        name="title"
        label={t('actions.fields.title')}
        placeholder={t('actions.placeholders.title')}
        value={form.title}
        onChange={(v) => set('title', v)}
        error={errors.title}
        required
        autoFocus
        maxLength={ACTION_LIMITS.title}
      />
      <TextField
        name="detail"
        multiline
        label={t('actions.fields.detail')}
        placeholder={t('actions.placeholders.detail')}
        value={form.detail}
        onChange={(v) => set('detail', v)}
        error={errors.detail}
        maxLength={ACTION_LIMITS.detail}
      />
      <div className="form-grid action-form-grid">
        <TextField
          name="owner"
          label={t('actions.fields.owner')}
          placeholder={t('actions.placeholders.owner')}
          value={form.owner}
          onChange={(v) => set('owner', v)}
          error={errors.owner}
          maxLength={ACTION_LIMITS.owner}
        />
        <label className={`field${errors.dueDate ? ' field-invalid' : ''}`}>
          <span className="field-label">{t('actions.fields.dueDate')}</span>
          <input
            type="date"
            name="dueDate"
            value={form.dueDate}
            onChange={(e) => set('dueDate', e.target.value)}
            aria-invalid={errors.dueDate ? true : undefined}
          />
          {errors.dueDate ? <span className="field-error">{errors.dueDate}</span> : null}
        </label>
        <label className="field">
          <span className="field-label">{t('actions.fields.priority')}</span>
          <select
            name="priority"
            value={form.priority}
            onChange={(e) => set('priority', e.target.value as ActionPriority)}
          >
            {ACTION_PRIORITIES.map((p) => (
              <option key={p} value={p}>
                {t(`actions.priority.${p}`)}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span className="field-label">{t('actions.fields.status')}</span>
          <select name="status" value={form.status} onChange={(e) => set('status', e.target.value as ActionStatus)}>
            {ACTION_STATUSES.map((s) => (
              <option key={s} value={s}>
                {t(`actions.status.${s}`)}
              </option>
            ))}
          </select>
        </label>
        <label className={`field${errors.auditId ? ' field-invalid' : ''}`}>
          <span className="field-label">{t('actions.fields.auditId')}</span>
          <select
            name="auditId"
            value={form.auditId}
            onChange={(e) => setForm((f) => ({ ...f, auditId: e.target.value, criterionId: null }))}
            dir="auto"
          >
            <option value="">{t('actions.noAuditOption')}</option>
            {auditMissing ? (
              <option value={form.auditId}>
                {action?.auditTitle ?? touchpointsByAudit[form.auditId]?.title ?? '…'}
              </option>
            ) : null}
            {auditOptions.map((a) => (
              <option key={a.id} value={a.id}>
                {a.title}
              </option>
            ))}
          </select>
          {errors.auditId ? <span className="field-error">{errors.auditId}</span> : null}
        </label>
        <label className={`field${errors.touchpointId ? ' field-invalid' : ''}`}>
          <span className="field-label">{t('actions.fields.touchpointId')}</span>
          <select
            name="touchpointId"
            value={form.touchpointId}
            onChange={(e) => setForm((f) => ({ ...f, touchpointId: e.target.value, criterionId: null }))}
            dir="auto"
          >
            <option value="">{t('actions.noTouchpointOption')}</option>
            {!touchpointKnown ? <option value={form.touchpointId}>{form.touchpointId}</option> : null}
            {touchpoints.map((tp) => (
              <option key={tp.id} value={tp.id}>
                {tp.name}
              </option>
            ))}
          </select>
          {errors.touchpointId ? <span className="field-error">{errors.touchpointId}</span> : null}
        </label>
      </div>
    </FormDialog>
  );
}
