import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApiQuery } from '../../lib/use-api-query';
import { NewSiteForm } from './NewSiteForm';
import { NEW_SITE, SiteOptions, WaveOptions } from './site-wave-options';

export interface VisitSetup {
  siteId: string;
  waveId: string;
}

/** Site and wave of a new mystery-shop visit, in the new-audit dialog; a site can be made on the spot. */
export function VisitSetupFields({
  clientId,
  value,
  onChange,
}: {
  clientId: string;
  value: VisitSetup;
  onChange(value: VisitSetup): void;
}) {
  const { t } = useTranslation();
  const sites = useApiQuery('sites.list', { clientId }, ['clients.changed']);
  const waves = useApiQuery('waves.list', { clientId }, ['clients.changed']);
  const [adding, setAdding] = useState(false);
  return (
    <>
      <label className="field">
        <span>{t('visits.fields.site')}</span>
        <select
          value={adding ? NEW_SITE : value.siteId}
          data-testid="new-audit-site"
          onChange={(e) =>
            e.target.value === NEW_SITE
              ? setAdding(true)
              : (setAdding(false), onChange({ ...value, siteId: e.target.value }))
          }
        >
          <SiteOptions sites={sites.data ?? []} />
        </select>
      </label>
      <label className="field">
        <span>{t('visits.fields.wave')}</span>
        <select
          value={value.waveId}
          data-testid="new-audit-wave"
          onChange={(e) => onChange({ ...value, waveId: e.target.value })}
        >
          <WaveOptions waves={waves.data ?? []} />
        </select>
      </label>
      {adding ? (
        <div className="visit-setup-new-site">
          <NewSiteForm
            clientId={clientId}
            onCancel={() => setAdding(false)}
            onCreated={(site) => {
              setAdding(false);
              onChange({ ...value, siteId: site.id });
            }}
          />
        </div>
      ) : null}
    </>
  );
}
