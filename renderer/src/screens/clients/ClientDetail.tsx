import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CLIENT_LIMITS, type Client, type ClientFields } from '../../../../shared/domain/client';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { ClientAudits } from './ClientAudits';
import { ClientPrivacyPanel } from '../privacy/ClientPrivacyPanel';
import { TextField } from '../../components/TextField';
import { useAutosave, autosaveTextField } from '../../lib/autosave/use-autosave';
import { describeError, fieldErrors } from '../../lib/field-errors';
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
  const setArchived = useClients((s) => s.setArchived);
  const remove = useClients((s) => s.remove);
  const go = useRoute((s) => s.go);
  const [confirmOpen, setConfirmOpen] = useState(false);

  const created = new Date(client.createdAt).toLocaleDateString(i18n.language, { dateStyle: 'medium' });

  return (
    <section className="detail" aria-labelledby="client-detail-title" data-testid="client-detail">
      <header className="detail-header">
        <div>
          <h2 id="client-detail-title" dir="auto">
            {client.name}
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
          <ClientField key={f.name} client={client} field={f} />
        ))}
      </div>
      <ClientField client={client} field={{ name: 'notes', multiline: true }} />
      <ClientAudits clientId={client.id} />
      <ClientPrivacyPanel clientId={client.id} />
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

/**
 * One field of the client: saves itself while typing (the app's one autosave). A value the backend
 * refuses stays on screen with its reason, and the header says Not saved.
 */
function ClientField({ client, field }: { client: Client; field: (typeof FIELDS)[number] }) {
  const { t } = useTranslation();
  const update = useClients((s) => s.update);
  const key = `client:${client.id}:${field.name}`;
  const text = useAutosave({
    key,
    saved: client[field.name],
    save: (value) => update(client.id, { [field.name]: value }),
  });
  const error =
    text.state?.kind === 'failed'
      ? (fieldErrors(t, text.state.error.issues, 'clients.fields')[field.name] ?? describeError(t, text.state.error))
      : undefined;
  return (
    <TextField
      {...autosaveTextField(text, key)}
      name={field.name}
      label={t(`clients.fields.${field.name}`)}
      placeholder={t(`clients.placeholders.${field.name}`)}
      error={error}
      required={field.name === 'name'}
      maxLength={CLIENT_LIMITS[field.name]}
      multiline={field.multiline}
      {...(field.type ? { type: field.type } : {})}
    />
  );
}
