import { useTranslation } from 'react-i18next';
import type { Site, Wave } from '../../../../shared/domain/visit';

/** The value of the "new site…" entry in a site select. */
export const NEW_SITE = '__new__';

/** A client's sites (with region), after "no site" and before "new site…". */
export function SiteOptions({ sites }: { sites: readonly Site[] }) {
  const { t } = useTranslation();
  return (
    <>
      <option value="">{t('visits.noSite')}</option>
      {sites.map((s) => (
        <option key={s.id} value={s.id}>
          {s.region ? `${s.name} (${s.region})` : s.name}
        </option>
      ))}
      <option value={NEW_SITE}>{t('visits.newSite')}</option>
    </>
  );
}

/** A client's waves, after "no wave". */
export function WaveOptions({ waves }: { waves: readonly Wave[] }) {
  const { t } = useTranslation();
  return (
    <>
      <option value="">{t('visits.noWave')}</option>
      {waves.map((w) => (
        <option key={w.id} value={w.id}>
          {w.name}
        </option>
      ))}
    </>
  );
}
