import { useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { AuditDetail } from '../../../../shared/domain/audit';
import {
  outOfOrderMoments,
  VISIT_MOMENTS,
  type VisitChanges,
  type VisitInfo,
  type VisitMoment,
} from '../../../../shared/domain/visit';
import { apiErrorOf, describeError } from '../../lib/field-errors';
import { useApiQuery } from '../../lib/use-api-query';
import { useAudit } from '../../stores/audit-store';
import { textFieldProps, useAutosave } from '../../lib/autosave/use-autosave';
import { MetaList } from '../../components/MetaList';
import { NewSiteForm } from './NewSiteForm';
import { formatClock, formatDuration, fromLocalInput, toLocalInput, visitDay } from './visit-format';
import { VisitMomentTime } from './VisitMomentTime';
import './visits.css';
import { NEW_SITE, SiteOptions, WaveOptions } from './site-wave-options';

/**
 * The mystery shopper's bar in the walk: one big button per moment (tap = now), the waiting,
 * service and total times they give, and the visit's fields. Enter and Space on the buttons work
 * as a tap; digit keys are left to the walk.
 */
export function VisitPanel({ audit, readOnly }: { audit: AuditDetail; readOnly: boolean }) {
  const { t, i18n } = useTranslation();
  const visit = audit.visit;
  const [confirming, setConfirming] = useState<VisitMoment | null>(null);
  const [undo, setUndo] = useState<{ moment: VisitMoment; previous: string | null } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [addingSite, setAddingSite] = useState(false);
  const sites = useApiQuery('sites.list', { clientId: audit.clientId }, ['clients.changed']);
  const waves = useApiQuery('waves.list', { clientId: audit.clientId }, ['clients.changed']);
  const updateVisit = useAudit((s) => s.updateVisit);
  const stampVisit = useAudit((s) => s.stampVisit);
  const outOfOrder = outOfOrderMoments(visit.timestamps);
  const day = visitDay(
    [...VISIT_MOMENTS.map((m) => visit.timestamps[m]), visit.startedAt],
    visit.plannedDate ?? audit.auditDate,
  );

  const run = (write: Promise<void>) => {
    setError(null);
    void write.catch((e: unknown) => setError(describeError(t, apiErrorOf(e))));
  };
  const stamp = (moment: VisitMoment, at: string | null) => {
    setUndo({ moment, previous: visit.timestamps[moment] ?? null });
    setConfirming(null);
    run(stampVisit(moment, at));
  };
  const update = (changes: VisitChanges) => run(updateVisit(changes));
  const tap = (moment: VisitMoment) => {
    if (readOnly) return;
    if (visit.timestamps[moment]) setConfirming(confirming === moment ? null : moment);
    else stamp(moment, new Date().toISOString());
  };
  // Enter and Space press the focused button here, not the walk's "open the note" key.
  const keepKeys = (e: KeyboardEvent) => {
    if (e.key === 'Enter' || e.key === ' ') e.stopPropagation();
  };

  return (
    <section className="visit-bar" aria-label={t('visits.barLabel')} data-testid="visit-panel" onKeyDown={keepKeys}>
      <ReviewNote visit={visit} />
      <div className="visit-moments" role="group" aria-label={t('visits.moments')}>
        {VISIT_MOMENTS.map((moment) => {
          const at = visit.timestamps[moment];
          return (
            <div key={moment} className="visit-moment">
              <button
                type="button"
                className={`visit-tap${at ? ' visit-tap-done' : ''}`}
                data-testid={`stamp-${moment}`}
                data-stamped={at ? 'true' : 'false'}
                aria-pressed={!!at}
                aria-expanded={at ? confirming === moment : undefined}
                disabled={readOnly}
                onClick={() => tap(moment)}
              >
                <span className="visit-tap-label">{t(`visits.moment.${moment}`)}</span>
                <span className="visit-tap-time">{at ? formatClock(i18n.language, at) : t('visits.tapNow')}</span>
                {outOfOrder.includes(moment) ? (
                  <span className="visit-tap-flag" data-testid={`stamp-flag-${moment}`}>
                    {t('visitTimes.outOfOrderShort')}
                  </span>
                ) : null}
              </button>
              {confirming === moment && at ? (
                <span
                  className="visit-confirm"
                  role="group"
                  aria-label={t('visits.restampTitle', { moment: t(`visits.moment.${moment}`) })}
                >
                  <button
                    type="button"
                    className="button button-small button-primary"
                    data-testid={`restamp-${moment}`}
                    onClick={() => stamp(moment, new Date().toISOString())}
                    autoFocus
                  >
                    {t('visits.restamp')}
                  </button>
                  <button
                    type="button"
                    className="button button-small"
                    data-testid={`clear-${moment}`}
                    onClick={() => stamp(moment, null)}
                  >
                    {t('visits.clearStamp')}
                  </button>
                  <button type="button" className="button button-small" onClick={() => setConfirming(null)}>
                    {t('visits.keep')}
                  </button>
                </span>
              ) : null}
            </div>
          );
        })}
        {undo && !readOnly ? (
          <button
            type="button"
            className="button button-small visit-undo"
            data-testid="stamp-undo"
            onClick={() => (stamp(undo.moment, undo.previous), setUndo(null))}
          >
            {t('visits.undoStamp', { moment: t(`visits.moment.${undo.moment}`) })}
          </button>
        ) : null}
      </div>
      <dl className="visit-durations" data-testid="visit-durations">
        <div>
          <dt>{t('visits.waiting')}</dt>
          <dd data-testid="duration-waiting">{formatDuration(t, visit.durations.waitingSeconds)}</dd>
        </div>
        <div>
          <dt>{t('visits.service')}</dt>
          <dd data-testid="duration-service">{formatDuration(t, visit.durations.serviceSeconds)}</dd>
        </div>
        <div>
          <dt>{t('visits.total')}</dt>
          <dd data-testid="duration-total">{formatDuration(t, visit.durations.totalSeconds)}</dd>
        </div>
      </dl>
      {outOfOrder.length ? (
        <p className="visit-order-alert" role="status" data-testid="visit-out-of-order">
          {t('visitTimes.outOfOrderAlert', {
            moments: outOfOrder.map((m) => t(`visits.moment.${m}`)).join(', '),
          })}
        </p>
      ) : null}
      {error ? (
        <p className="form-error" role="alert">
          {error}
        </p>
      ) : null}
      <details className="visit-fields">
        <summary>
          {t('visits.details')}
          <MetaList
            className="muted small review-meta visit-summary"
            items={[visit.siteName, visit.waveName, visit.shopper]}
          />
        </summary>
        <div className="visit-fields-grid">
          <label className="field">
            <span>{t('visits.fields.site')}</span>
            <select
              value={addingSite ? NEW_SITE : (visit.siteId ?? '')}
              disabled={readOnly}
              data-testid="visit-site"
              onChange={(e) => {
                if (e.target.value === NEW_SITE) return setAddingSite(true);
                setAddingSite(false);
                update({ siteId: e.target.value || null });
              }}
            >
              <SiteOptions sites={sites.data ?? []} />
            </select>
          </label>
          <label className="field">
            <span>{t('visits.fields.wave')}</span>
            <select
              value={visit.waveId ?? ''}
              disabled={readOnly}
              data-testid="visit-wave"
              onChange={(e) => update({ waveId: e.target.value || null })}
            >
              <WaveOptions waves={waves.data ?? []} />
            </select>
          </label>
          {(['scenario', 'shopper'] as const).map((k) => (
            <VisitText key={`${audit.id}-${k}`} auditId={audit.id} field={k} saved={visit[k]} readOnly={readOnly} />
          ))}
          <VisitDate
            key={`${audit.id}-planned`}
            auditId={audit.id}
            field="plannedDate"
            type="date"
            saved={visit.plannedDate ?? ''}
            readOnly={readOnly}
          />
          <VisitDate
            key={`${audit.id}-started`}
            auditId={audit.id}
            field="startedAt"
            type="datetime-local"
            saved={toLocalInput(visit.startedAt)}
            readOnly={readOnly}
          />
          <VisitDate
            key={`${audit.id}-ended`}
            auditId={audit.id}
            field="endedAt"
            type="datetime-local"
            saved={toLocalInput(visit.endedAt)}
            readOnly={readOnly}
          />
        </div>
        <fieldset className="visit-times" data-testid="visit-times">
          <legend>{t('visitTimes.title')}</legend>
          <p className="muted small">{t('visitTimes.intro')}</p>
          <div className="visit-times-grid">
            {VISIT_MOMENTS.map((moment) => (
              <VisitMomentTime
                key={`${audit.id}-${moment}`}
                auditId={audit.id}
                moment={moment}
                at={visit.timestamps[moment] ?? null}
                day={day}
                outOfOrder={outOfOrder.includes(moment)}
                readOnly={readOnly}
              />
            ))}
          </div>
        </fieldset>
        {addingSite ? (
          <NewSiteForm
            clientId={audit.clientId}
            onCancel={() => setAddingSite(false)}
            onCreated={(site) => {
              setAddingSite(false);
              update({ siteId: site.id });
            }}
          />
        ) : null}
      </details>
    </section>
  );
}

/** Scenario or shopper: saved while typing, like every field (never only on leaving it). */
function VisitText(props: { auditId: string; field: 'scenario' | 'shopper'; saved: string; readOnly: boolean }) {
  const { t } = useTranslation();
  const updateVisit = useAudit((s) => s.updateVisit);
  const key = `visit:${props.auditId}:${props.field}`;
  const text = useAutosave({
    key,
    saved: props.saved,
    disabled: props.readOnly,
    save: (value) => updateVisit({ [props.field]: value }),
  });
  return (
    <label className="field">
      <span>{t(`visits.fields.${props.field}`)}</span>
      <input dir="auto" readOnly={props.readOnly} data-testid={`visit-${props.field}`} {...textFieldProps(text, key)} />
    </label>
  );
}

/** The planned date and the start and end of the visit, each as the browser's date or time field. */
function VisitDate(props: {
  auditId: string;
  field: 'plannedDate' | 'startedAt' | 'endedAt';
  type: 'date' | 'datetime-local';
  saved: string;
  readOnly: boolean;
}) {
  const { t } = useTranslation();
  const updateVisit = useAudit((s) => s.updateVisit);
  const key = `visit:${props.auditId}:${props.field}`;
  const field = useAutosave({
    key,
    saved: props.saved,
    disabled: props.readOnly,
    save: (value) =>
      updateVisit(
        props.field === 'plannedDate' ? { plannedDate: value || null } : { [props.field]: fromLocalInput(value) },
      ),
  });
  return (
    <label className="field">
      <span>{t(`visits.fields.${props.field}`)}</span>
      <input
        type={props.type}
        readOnly={props.readOnly}
        data-testid={`visit-${props.field}`}
        {...textFieldProps(field, key)}
      />
    </label>
  );
}

/** What the lead said: a returned visit shows the comment until it is reviewed. */
function ReviewNote({ visit }: { visit: VisitInfo }) {
  const { t } = useTranslation();
  if (visit.review.status === 'none') return null;
  return (
    <p className={`visit-review visit-review-${visit.review.status}`} role="status" data-testid="visit-review">
      <strong>{t(`visits.reviewStatus.${visit.review.status}`)}</strong>
      {visit.review.comment ? (
        <>
          {' — '}
          <span dir="auto">{visit.review.comment}</span>
        </>
      ) : null}
    </p>
  );
}
