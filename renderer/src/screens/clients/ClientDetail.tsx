import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CLIENT_LIMITS, type Client, type ClientFields } from '../../../../shared/domain/client';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { ClientAudits } from './ClientAudits';
import { TextField } from '../../components/TextField';
import { apiErrorOf, fieldErrors } from '../../lib/field-errors';
import { useClients } from '../../stores/clients-store';
import { useRoute } from '../../stores/route-store';

type EditableField = keyof ClientFields;
const FIELDS: { name: EditableField; type?: 'email' | 'tel'; multiline?: boolean }[] = [
  { name: 'name' },
  { name: 'sector' },
  { name: 'country' },
  { name: 'contactName' },
  { name: 'contactEmail', type: 'email' },
  { name: 'contactPhone', type: 'tel' },
  { name: 'notes', multiline: true },
];
const SAVE_DELAY_MS = 500;

/**
 * Edits save themselves: shortly after typing stops, and at once when the field loses focus.
 * A value the backend refuses stays on screen with its reason, and the header says Not saved.
 */
export function ClientDetail({
  client,
  onArchived,
  onDeleted,
}: {
  client: Client;
  onArchived(client: Client): void;
  onDeleted(client: Client): void;
}) {
  const { t, i18n } = useTranslation();
  const update = useClients((s) => s.update);
  const setArchived = useClients((s) => s.setArchived);
  const remove = useClients((s) => s.remove);
  const go = useRoute((s) => s.go);
  const [draft, setDraft] = useState<Record<EditableField, string>>(() => pick(client));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [confirmOpen, setConfirmOpen] = useState(false);
  const timers = useRef(new Map<EditableField, number>());

  const save = useCallback(
    async (field: EditableField, value: string) => {
      window.clearTimeout(timers.current.get(field));
      timers.current.delete(field);
      try {
        await update(client.id, { [field]: value });
        setErrors((e) => {
          const { [field]: _gone, ...rest } = e;
          return rest;
        });
      } catch (error) {
        const apiError = apiErrorOf(error);
        setErrors((e) => ({ ...e, ...fieldErrors(t, apiError.issues, 'clients.fields') }));
      }
    },
    [client.id, update, t],
  );

  const onChange = (field: EditableField) => (value: string) => {
    setDraft((d) => ({ ...d, [field]: value }));
    window.clearTimeout(timers.current.get(field));
    timers.current.set(
      field,
      window.setTimeout(() => void save(field, value), SAVE_DELAY_MS),
    );
  };
  const onBlur = (field: EditableField) => () => {
    if (timers.current.has(field)) void save(field, draft[field]);
  };

  useEffect(() => {
    const pending = timers.current;
    return () => pending.forEach((timer) => window.clearTimeout(timer));
  }, []);

  const created = new Date(client.createdAt).toLocaleDateString(i18n.language, { dateStyle: 'medium' });

  return (
    <section className="detail" aria-labelledby="client-detail-title" data-testid="client-detail">
      <header className="detail-header">
        <div>
          <h2 id="client-detail-title" dir="auto">
            {draft.name || client.name}
          </h2>
          <p className="muted">
            {t('clients.createdOn', { date: created })} · {t('clients.autosaveHint')}
          </p>
        </div>
        <div className="detail-actions">
          <button
            type="button"
            className="button button-primary"
            onClick={() => go({ name: 'dashboard', clientId: client.id })}
            data-testid="open-dashboard"
          >
            {t('insights.dashboard')}
          </button>
          <button
            type="button"
            className="button"
            onClick={() =>
              void setArchived(client.id, !client.archived)
                .then((c) => c.archived && onArchived(c))
                .catch(() => undefined)
            }
          >
            {client.archived ? t('clients.unarchive') : t('clients.archive')}
          </button>
          <button type="button" className="button button-danger-outline" onClick={() => setConfirmOpen(true)}>
            {t('clients.delete')}
          </button>
        </div>
      </header>
      <div className="form-grid">
        {FIELDS.filter((f) => !f.multiline).map((f) => (
          <TextField
            key={f.name}
            name={f.name}
            label={t(`clients.fields.${f.name}`)}
            placeholder={t(`clients.placeholders.${f.name}`)}
            value={draft[f.name]}
            onChange={onChange(f.name)}
            onBlur={onBlur(f.name)}
            error={errors[f.name]}
            required={f.name === 'name'}
            maxLength={CLIENT_LIMITS[f.name]}
            {...(f.type ? { type: f.type } : {})}
          />
        ))}
      </div>
      <TextField
        name="notes"
        multiline
        label={t('clients.fields.notes')}
        placeholder={t('clients.placeholders.notes')}
        value={draft.notes}
        onChange={onChange('notes')}
        onBlur={onBlur('notes')}
        error={errors.notes}
        maxLength={CLIENT_LIMITS.notes}
      />
      <ClientAudits clientId={client.id} />
      <ConfirmDialog
        open={confirmOpen}
        onOpenChange={setConfirmOpen}
        title={t('clients.deleteTitle', { name: client.name })}
        body={t('clients.deleteBody')}
        confirmLabel={t('clients.deleteConfirm')}
        cancelLabel={t('clients.cancel')}
        onConfirm={() =>
          void remove(client.id)
            .then(() => onDeleted(client))
            .catch(() => undefined)
        }
      />
    </section>
  );
}

function pick(client: Client): Record<EditableField, string> {
  return {
    name: client.name,
    sector: client.sector,
    country: client.country,
    notes: client.notes,
    contactName: client.contactName,
    contactEmail: client.contactEmail,
    contactPhone: client.contactPhone,
  };
}
