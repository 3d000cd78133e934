import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAuditsList } from '../../stores/audits-list-store';
import { apiErrorOf, describeError } from '../../lib/field-errors';
import { useClients } from '../../stores/clients-store';
import { useRoute } from '../../stores/route-store';
import { useSettings } from '../../stores/settings-store';

export function OpenSampleButton() {
  const { t } = useTranslation();
  const language = useSettings((s) => s.language);
  const go = useRoute((s) => s.go);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  return (
    <div className="sample-start">
      <button
        type="button"
        className="button button-large"
        disabled={busy}
        onClick={() => {
          setBusy(true);
          void useAuditsList
            .getState()
            .openSample(language)
            .then(async ({ auditId, clientId }) => {
              await useClients.getState().load();
              useClients.getState().select(clientId);
              go({ name: 'audit', id: auditId });
            })
            .catch((e: unknown) => setError(describeError(t, apiErrorOf(e))))
            .finally(() => setBusy(false));
        }}
      >
        {t('audits.sample')}
      </button>
      <p className="muted small">{t('audits.sampleHint')}</p>
      {error ? (
        <p className="form-error" role="alert">
          {error}
        </p>
      ) : null}
    </div>
  );
}
