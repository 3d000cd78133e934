import { useEffect, useRef, useState, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  CONSULTANT_NAME_MAX,
  DEFAULT_ACCENT_COLOUR,
  LOGO_MAX_BYTES,
  type Settings,
  type SettingsUpdate,
} from '../../../../shared/domain/settings';
import { LanguageSelect } from '../../components/LanguageSelect';
import { TextField } from '../../components/TextField';
import { apiErrorOf, describeError } from '../../lib/field-errors';
import { useApiQuery } from '../../lib/use-api-query';
import { useAutosave, autosaveTextField } from '../../lib/autosave/use-autosave';
import { TrailIdentitySection } from './TrailIdentitySection';
import { useSettings } from '../../stores/settings-store';
import './settings.css';
import { BackupsSection } from './BackupsSection';
import { TeamSection } from '../team/TeamSection';
import { ShopperRequestsSection } from '../privacy/ShopperRequestsSection';

function readAsBase64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result).replace(/^data:[^,]*,/, ''));
    reader.onerror = () => reject(reader.error ?? new Error('The file could not be read.'));
    reader.readAsDataURL(file);
  });
}

/** Settings: the interface language and the report's branding (consultant's name, accent colour, logo). Everything saves itself. */
export function SettingsScreen() {
  const { t } = useTranslation();
  const query = useApiQuery('settings.get', {}, ['settings.changed']);
  const [local, setLocal] = useState<Settings | null>(null);
  const settings = local ?? query.data;
  const [logoError, setLogoError] = useState<string | null>(null);
  const [logoBusy, setLogoBusy] = useState(false);
  const fileInput = useRef<HTMLInputElement>(null);
  const saveSettings = useSettings((s) => s.update);

  // What the backend last said wins; a change shows at once and is replaced by the saved value.
  useEffect(() => setLocal(null), [query.data]);
  const update = async (changes: SettingsUpdate) => {
    const next = await saveSettings(changes);
    setLocal(next);
    return next;
  };
  const setAccent = (colour: string) => {
    if (settings) setLocal({ ...settings, accentColour: colour });
    void update({ accentColour: colour }).catch(() => undefined);
  };
  const name = useAutosave({
    key: 'settings:consultantName',
    saved: settings?.consultantName ?? '',
    save: (value) => update({ consultantName: value }),
  });

  const chooseLogo = async (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0];
    e.target.value = '';
    if (!file) return;
    setLogoError(null);
    if (file.size > LOGO_MAX_BYTES) {
      setLogoError(t('settings.logoErrors.FILE_TOO_LARGE', { name: file.name, max: LOGO_MAX_BYTES / 1024 / 1024 }));
      return;
    }
    setLogoBusy(true);
    try {
      await update({ logo: { fileName: file.name, base64: await readAsBase64(file) } });
    } catch (error) {
      const apiError = apiErrorOf(error);
      setLogoError(
        apiError.code === 'UNSUPPORTED_IMAGE' || apiError.code === 'FILE_TOO_LARGE'
          ? t(`settings.logoErrors.${apiError.code}`, { name: file.name, max: LOGO_MAX_BYTES / 1024 / 1024 })
          : describeError(t, apiError),
      );
    } finally {
      setLogoBusy(false);
    }
  };

  if (!settings) {
    return (
      <main className="settings-screen">
        {query.status === 'error' ? (
          <p className="form-error">{describeError(t, query.error)}</p>
        ) : (
          <p className="muted">{t('app.loading')}</p>
        )}
      </main>
    );
  }
  return (
    <main className="settings-screen" data-testid="settings-screen">
      <h1>{t('settings.title')}</h1>

      <section className="settings-group" aria-labelledby="settings-language">
        <h2 id="settings-language">{t('settings.language')}</h2>
        <label className="field">
          <span className="settings-label">{t('settings.languageLabel')}</span>
          <LanguageSelect data-testid="settings-language" />
        </label>
      </section>

      <section className="settings-group" aria-labelledby="settings-branding">
        <h2 id="settings-branding">{t('settings.branding')}</h2>
        <p className="muted">{t('settings.brandingHint')}</p>
        <TextField
          {...autosaveTextField(name, 'settings:consultantName')}
          name="consultantName"
          label={t('settings.consultantName')}
          maxLength={CONSULTANT_NAME_MAX}
          placeholder={t('settings.consultantPlaceholder')}
        />

        <div className="field settings-colour">
          <label htmlFor="settings-accent">{t('settings.accentColour')}</label>
          <div className="settings-colour-row">
            <input
              id="settings-accent"
              type="color"
              value={settings.accentColour}
              onChange={(e) => setAccent(e.target.value)}
              data-testid="settings-accent"
            />
            <code dir="ltr">{settings.accentColour}</code>
            {settings.accentColour !== DEFAULT_ACCENT_COLOUR ? (
              <button type="button" className="button button-small" onClick={() => setAccent(DEFAULT_ACCENT_COLOUR)}>
                {t('settings.resetColour')}
              </button>
            ) : null}
          </div>
          <p className="muted small">{t('settings.accentHint')}</p>
          <p
            className="settings-accent-sample"
            style={{ borderColor: settings.accentColour, color: settings.accentColour }}
          >
            {t('settings.accentSample')}
          </p>
        </div>

        <div className="field settings-logo">
          <span className="settings-label">{t('settings.logo')}</span>
          {settings.logoDataUrl ? (
            <img
              className="settings-logo-preview"
              src={settings.logoDataUrl}
              alt={t('settings.logoPreview')}
              data-testid="settings-logo-preview"
            />
          ) : (
            <p className="muted">{t('settings.noLogo')}</p>
          )}
          <div className="settings-logo-buttons">
            <input
              ref={fileInput}
              type="file"
              accept="image/png,image/jpeg,image/webp,image/gif,image/svg+xml"
              className="visually-hidden"
              onChange={(e) => void chooseLogo(e)}
              data-testid="settings-logo-input"
              aria-label={t('settings.chooseLogo')}
              tabIndex={-1}
            />
            <button type="button" className="button" disabled={logoBusy} onClick={() => fileInput.current?.click()}>
              {logoBusy
                ? t('settings.logoSaving')
                : settings.logoDataUrl
                  ? t('settings.replaceLogo')
                  : t('settings.chooseLogo')}
            </button>
            {settings.logoDataUrl ? (
              <button
                type="button"
                className="button button-danger-outline"
                disabled={logoBusy}
                onClick={() => void update({ logo: null }).catch(() => undefined)}
                data-testid="settings-logo-remove"
              >
                {t('settings.removeLogo')}
              </button>
            ) : null}
          </div>
          <p className="muted small">{t('settings.logoHint')}</p>
          {logoError ? (
            <p className="form-error" role="alert" data-testid="settings-logo-error">
              {logoError}
            </p>
          ) : null}
        </div>
      </section>
      <BackupsSection />
      <TeamSection />
      <ShopperRequestsSection />
      <TrailIdentitySection />
    </main>
  );
}
