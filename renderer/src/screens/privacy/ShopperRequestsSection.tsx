import { useCallback, useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PurgePlan, ShopperSummary } from '../../../../shared/privacy/privacy-types';
import { downloadText } from '../../lib/download';
import { usePrivacy } from '../../stores/privacy-store';
import { PrivacyLog } from './PrivacyLog';
import { PurgePlanView } from './PurgePlanView';
import './privacy.css';

/** Access and erasure requests of one shopper, across every client. */
export function ShopperRequestsSection() {
  const { t } = useTranslation();
  const id = useId();
  const store = usePrivacy();
  const [shoppers, setShoppers] = useState<ShopperSummary[] | null>(null);
  const [chosen, setChosen] = useState('');
  const [plan, setPlan] = useState<PurgePlan | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const { shoppers: listShoppers, loadLog } = store;

  const refresh = useCallback(() => {
    void listShoppers().then((list) => {
      setShoppers(list);
      setChosen((c) => (list.some((s) => s.shopper === c) ? c : (list[0]?.shopper ?? '')));
    });
    void loadLog().catch(() => undefined);
  }, [listShoppers, loadLog]);
  useEffect(refresh, [refresh]);

  return (
    <section className="settings-group" aria-labelledby={`${id}-title`} data-testid="shopper-requests">
      <h2 id={`${id}-title`}>{t('privacy.shoppers.title')}</h2>
      <p className="muted">{t('privacy.shoppers.intro')}</p>
      {shoppers && shoppers.length === 0 ? (
        <p data-testid="no-shoppers">{t('privacy.shoppers.none')}</p>
      ) : (
        <>
          <div className="field">
            <label htmlFor={`${id}-shopper`}>{t('privacy.shoppers.choose')}</label>
            <select
              id={`${id}-shopper`}
              value={chosen}
              onChange={(e) => {
                setChosen(e.target.value);
                setPlan(null);
                setMessage(null);
              }}
              data-testid="shopper-select"
            >
              {(shoppers ?? []).map((s) => (
                <option key={s.shopper} value={s.shopper} dir="auto">
                  {t('privacy.shoppers.option', { name: s.shopper, visits: s.visits, clients: s.clients })}
                </option>
              ))}
            </select>
          </div>
          <div className="privacy-actions">
            <button
              type="button"
              className="button"
              disabled={!chosen}
              data-testid="shopper-export"
              onClick={() =>
                void store.exportShopper(chosen).then((file) => {
                  downloadText(file.fileName, file.json);
                  setMessage(t('privacy.shoppers.exported', { file: file.fileName }));
                })
              }
            >
              {t('privacy.shoppers.export')}
            </button>
            <button
              type="button"
              className="button button-danger-outline"
              disabled={!chosen}
              data-testid="shopper-erase"
              onClick={() => {
                setMessage(null);
                void store.planErasure(chosen).then(setPlan);
              }}
            >
              {t('privacy.shoppers.erase')}
            </button>
          </div>
        </>
      )}
      {message && (
        <p role="status" className="muted" data-testid="shopper-message" dir="auto">
          {message}
        </p>
      )}
      {plan && (
        <PurgePlanView
          plan={plan}
          onRun={(token) => store.erase(chosen, token)}
          onClose={(ran) => {
            setPlan(null);
            if (ran) {
              setMessage(t('privacy.shoppers.erased'));
              refresh();
            }
          }}
        />
      )}
      <PrivacyLog />
    </section>
  );
}
