import { useTranslation } from 'react-i18next';
import { ACTOR_NAME_MAX, DEVICE_NAME_MAX } from '../../../../shared/trail/trail-types';
import { TextField } from '../../components/TextField';
import { useAutosave, autosaveTextField } from '../../lib/autosave/use-autosave';
import { useApiQuery } from '../../lib/use-api-query';
import { useTrail } from '../../stores/trail-store';

/** Who this laptop writes into every audit's trail: the auditor's name and the device's name. */
export function TrailIdentitySection() {
  const { t } = useTranslation();
  const query = useApiQuery('trail.identity', {});
  const setIdentity = useTrail((s) => s.setIdentity);
  const current = query.data ?? { actor: '', device: '' };
  const actor = useAutosave({
    key: 'settings:trailActor',
    saved: current.actor,
    save: (value) => setIdentity({ actor: value }),
  });
  const device = useAutosave({
    key: 'settings:trailDevice',
    saved: current.device,
    save: (value) => setIdentity({ device: value }),
    isValid: (value) => value.trim().length > 0,
  });
  return (
    <section className="settings-group" aria-labelledby="settings-trail">
      <h2 id="settings-trail">{t('trail.settings.title')}</h2>
      <p className="muted small">{t('trail.settings.hint')}</p>
      <TextField
        {...autosaveTextField(actor, 'settings:trailActor')}
        name="trailActor"
        label={t('trail.settings.actor')}
        maxLength={ACTOR_NAME_MAX}
      />
      <TextField
        {...autosaveTextField(device, 'settings:trailDevice')}
        name="trailDevice"
        label={t('trail.settings.device')}
        maxLength={DEVICE_NAME_MAX}
        required
      />
    </section>
  );
}
