import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PurgePlan } from '../../../../shared/privacy/privacy-types';
import { isCalendarDate } from '../../../../shared/rules/dates';
import { TextField } from '../../components/TextField';
import { useAutosave, autosaveTextField } from '../../lib/autosave/use-autosave';
import { usePrivacy } from '../../stores/privacy-store';
import { PrivacyLog } from './PrivacyLog';
import { PurgePlanView } from './PurgePlanView';
import './privacy.css';

/** Retention periods offered; any whole number of months within the rule book's range is accepted by the API. */
const RETENTION_CHOICES = [6, 12, 18, 24, 36, 60] as const;

/** A client's privacy of mystery shopping: were staff informed, how long visit details are kept, and the purge. */
export function ClientPrivacyPanel({ clientId }: { clientId: string }) {
  const { t } = useTranslation();
  const settings = usePrivacy((s) => s.settings[clientId]);
  const load = usePrivacy((s) => s.load);
  const loadLog = usePrivacy((s) => s.loadLog);
  const planPurge = usePrivacy((s) => s.planPurge);
  const purge = usePrivacy((s) => s.purge);
  const [plan, setPlan] = useState<PurgePlan | null>(null);
  const [done, setDone] = useState(false);
  // Visits past the retention period are announced, never purged unasked: the purge needs a look first.
  const [due, setDue] = useState(0);
  const retention = settings?.retentionMonths ?? null;

  useEffect(() => {
    void load(clientId).catch(() => undefined);
    void loadLog(clientId).catch(() => undefined);
  }, [clientId, load, loadLog]);
  useEffect(() => {
    if (retention === null || done) return setDue(0);
    void planPurge(clientId).then(
      (p) => setDue(p.totals.visits),
      () => setDue(0),
    );
  }, [clientId, retention, done, planPurge]);

  return (
    <section className="privacy-panel" aria-labelledby={`privacy-${clientId}`} data-testid="client-privacy">
      <h3 id={`privacy-${clientId}`}>{t('privacy.title')}</h3>
      <p className="muted">{t('privacy.intro')}</p>
      {due > 0 && !plan && (
        <p className="privacy-due" role="status" data-testid="purge-due">
          {t('privacy.due', { count: due })}
        </p>
      )}
      {settings && <PrivacyFields clientId={clientId} />}
      <div className="privacy-actions">
        <button
          type="button"
          className="button"
          data-testid="purge-preview"
          onClick={() => {
            setDone(false);
            void planPurge(clientId).then(setPlan, () => undefined);
          }}
        >
          {t('privacy.preview')}
        </button>
        {done && (
          <span role="status" className="muted" data-testid="purge-done">
            {t('privacy.purged')}
          </span>
        )}
      </div>
      {plan && (
        <PurgePlanView
          plan={plan}
          onRun={(token) => purge(clientId, token)}
          onClose={(ran) => {
            setPlan(null);
            setDone(ran);
          }}
        />
      )}
      <PrivacyLog clientId={clientId} />
    </section>
  );
}

function PrivacyFields({ clientId }: { clientId: string }) {
  const { t } = useTranslation();
  const settings = usePrivacy((s) => s.settings[clientId])!;
  const update = usePrivacy((s) => s.update);
  const id = useId();
  const informed = useAutosave<string>({
    key: `privacy:${clientId}:staffInformed`,
    saved: settings.staffInformed ?? '',
    save: (v) => update(clientId, { staffInformed: v === 'yes' || v === 'no' ? v : null }),
  });
  const informedOn = useAutosave<string>({
    key: `privacy:${clientId}:staffInformedOn`,
    saved: settings.staffInformedOn ?? '',
    isValid: (v) => v === '' || isCalendarDate(v),
    save: (v) => update(clientId, { staffInformedOn: v === '' ? null : v }),
  });
  const note = useAutosave<string>({
    key: `privacy:${clientId}:staffInformedNote`,
    saved: settings.staffInformedNote,
    save: (v) => update(clientId, { staffInformedNote: v }),
  });
  const retention = useAutosave<string>({
    key: `privacy:${clientId}:retentionMonths`,
    saved: settings.retentionMonths === null ? '' : String(settings.retentionMonths),
    save: (v) => update(clientId, { retentionMonths: v === '' ? null : Number(v) }),
  });
  const months = settings.retentionMonths;
  const choices =
    months !== null && !(RETENTION_CHOICES as readonly number[]).includes(months)
      ? [...RETENTION_CHOICES, months].sort((a, b) => a - b)
      : RETENTION_CHOICES;

  return (
    <div className="privacy-fields">
      <fieldset className="radio-row">
        <legend>{t('privacy.staffInformed')}</legend>
        {(['yes', 'no', ''] as const).map((v) => (
          <label key={v || 'unrecorded'}>
            <input
              type="radio"
              name={`${id}-informed`}
              value={v}
              checked={informed.value === v}
              onChange={() => informed.change(v, true)}
            />{' '}
            {t(`privacy.informed.${v || 'unrecorded'}`)}
          </label>
        ))}
      </fieldset>
      <div className="form-grid">
        <div className={`field${informedOn.state?.kind === 'invalid' ? ' field-invalid' : ''}`}>
          <label htmlFor={`${id}-on`}>{t('privacy.informedOn')}</label>
          <input
            id={`${id}-on`}
            type="date"
            value={informedOn.value}
            onChange={(e) => informedOn.change(e.target.value)}
            onBlur={informedOn.flush}
            data-autosave={`privacy:${clientId}:staffInformedOn`}
          />
        </div>
        <div className="field">
          <label htmlFor={`${id}-retention`}>{t('privacy.retention')}</label>
          <select
            id={`${id}-retention`}
            value={retention.value}
            onChange={(e) => retention.change(e.target.value, true)}
            data-testid="retention-select"
            data-autosave={`privacy:${clientId}:retentionMonths`}
          >
            <option value="">{t('privacy.keep')}</option>
            {choices.map((m) => (
              <option key={m} value={String(m)}>
                {t('privacy.months', { count: m })}
              </option>
            ))}
          </select>
        </div>
      </div>
      <TextField
        {...autosaveTextField(note, `privacy:${clientId}:staffInformedNote`)}
        name="staffInformedNote"
        label={t('privacy.informedNote')}
        placeholder={t('privacy.informedNotePlaceholder')}
        multiline
      />
      <p className="muted">{t('privacy.retentionHint')}</p>
    </div>
  );
}
