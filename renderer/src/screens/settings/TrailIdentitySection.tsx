import { useTranslation } from 'react-i18next';
import { ACTOR_NAME_MAX, DEVICE_NAME_MAX } from '../../../../shared/trail/trail-types';
import { TextField } from '../../components/TextField';
import { useApiQuery } from '../../lib/use-api-query';
import { useAutosaveText } from '../../lib/use-autosave-text';
import { useTrail } from '../../stores/trail-store';

/** Who this laptop writes into every audit's trail: the auditor's name and the device's name. */
export function TrailIdentitySection() {
  const { t } = useTranslation();
  const query = useApiQuery('trail.identity', {});
  const setIdentity = useTrail((s) => s.setIdentity);
  const current = query.data ?? { actor: '', device: '' };
  const actor = useAutosaveText(current.actor, (value) => setIdentity({ ...current, actor: value }));
  const device = useAutosaveText(current.device, (value) =>
    value.trim() ? setIdentity({ ...current, device: value }) : undefined,
  );
  return (
    <section className="settings-group" aria-labelledby="settings-trail">
      <h2 id="settings-trail">{t('trail.settings.title')}</h2>
      <p className="muted small">{t('trail.settings.hint')}</p>
      <TextField
        name="trailActor"
        label={t('trail.settings.actor')}
        value={actor.value}
        onChange={actor.onChange}
        onBlur={actor.onBlur}
        maxLength={ACTOR_NAME_MAX}
      />
      <TextField
        name="trailDevice"
        label={t('trail.settings.device')}
        value={device.value}
        onChange={device.onChange}
        onBlur={device.onBlur}
        maxLength={DEVICE_NAME_MAX}
        required
      />
    </section>
  );
}
