import { useTranslation } from 'react-i18next';
import { useApiQuery } from '../../lib/use-api-query';
import { useRoute } from '../../stores/route-store';
import { ConflictsPanel } from './ConflictsPanel';
import { ExportPanel } from './ExportPanel';
import { ImportPanel } from './ImportPanel';
import './exchange.css';

/** Visit packages: export chosen visits or a whole wave, import a package (preview first), and settle conflicts. */
export function PackagesScreen({ clientId }: { clientId?: string }) {
  const { t } = useTranslation();
  const go = useRoute((s) => s.go);
  const clients = useApiQuery('clients.list', {}, ['clients.changed']);
  return (
    <main className="exchange-screen">
      <h1>{t('exchange.title')}</h1>
      <p className="exchange-intro">{t('exchange.intro')}</p>
      <label className="exchange-field">
        {t('exchange.client')}
        <select
          value={clientId ?? ''}
          onChange={(e) => go(e.target.value ? { name: 'packages', clientId: e.target.value } : { name: 'packages' })}
        >
          <option value="">{t('exchange.chooseClient')}</option>
          {(clients.data ?? []).map((c) => (
            <option key={c.id} value={c.id}>
              {c.name}
            </option>
          ))}
        </select>
      </label>
      {clientId ? <ExportPanel key={clientId} clientId={clientId} /> : null}
      <ImportPanel />
      <ConflictsPanel {...(clientId ? { clientId } : {})} />
    </main>
  );
}
