import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { CLIENT_LIMITS, type ClientFieldsInput } from '../../../../shared/domain/client';
import { DialogCloseButton, FormDialog } from '../../components/FormDialog';
import { TextField } from '../../components/TextField';
import { apiErrorOf, describeError, fieldErrors } from '../../lib/field-errors';
import { useClients } from '../../stores/clients-store';

const EMPTY = {
  name: '',
  sector: '',
  country: '',
  contactName: '',
  contactEmail: '',
  contactPhone: '',
  notes: '',
} satisfies Required<ClientFieldsInput>;
type Draft = typeof EMPTY;

export function NewClientDialog({ open, onOpenChange }: { open: boolean; onOpenChange(open: boolean): void }) {
  const { t } = useTranslation();
  const create = useClients((s) => s.create);
  const [draft, setDraft] = useState<Draft>(EMPTY);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const change = (field: keyof Draft) => (value: string) => setDraft((d) => ({ ...d, [field]: value }));

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    try {
      await create(draft);
      setDraft(EMPTY);
      setErrors({});
      setFormError(null);
      onOpenChange(false);
    } catch (error) {
      const apiError = apiErrorOf(error);
      setErrors(fieldErrors(t, apiError.issues, 'clients.fields'));
      setFormError(apiError.code === 'VALIDATION' ? t('errors.VALIDATION') : describeError(t, apiError));
    } finally {
      setBusy(false);
    }
  }

  const field = (
    name: keyof Draft,
    extra: { multiline?: boolean; type?: 'email' | 'tel'; required?: boolean; autoFocus?: boolean } = {},
  ) => (
    <TextField
      name={name}
      label={t(`clients.fields.${name}`)}
      placeholder={t(`clients.placeholders.${name}`)}
      value={draft[name]}
      onChange={change(name)}
      error={errors[name]}
      maxLength={CLIENT_LIMITS[name]}
      {...extra}
    />
  );

  return (
    <FormDialog
      open={open}
      onOpenChange={(next) => {
        if (!next) {
          setErrors({});
          setFormError(null);
        }
        onOpenChange(next);
      }}
      title={t('clients.newTitle')}
      description={t('clients.newBody')}
      testId="new-client-dialog"
      onSubmit={(e) => void submit(e)}
      error={formError}
      actions={
        <>
          <DialogCloseButton>{t('clients.cancel')}</DialogCloseButton>
          <button className="button button-primary" type="submit" disabled={busy}>
            {t('clients.create')}
          </button>
        </>
      }
    >
      <div className="form-grid">
        {field('name', { required: true, autoFocus: true })}
        {field('sector')}
        {field('country')}
        {field('contactName')}
        {field('contactEmail', { type: 'email' })}
        {field('contactPhone', { type: 'tel' })}
      </div>
      {field('notes', { multiline: true })}
    </FormDialog>
  );
}
