import { useEffect, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { StampResult } from '../../../../shared/api/visits-api';
import type { AuditDetail } from '../../../../shared/domain/audit';
import { VISIT_MOMENTS, type VisitChanges, type VisitInfo, type VisitMoment } from '../../../../shared/domain/visit';
import { api } from '../../api/api';
import { apiErrorOf, describeError } from '../../lib/field-errors';
import { useApiQuery } from '../../lib/use-api-query';
import { useAudit } from '../../stores/audit-store';
import { useSaveStatus } from '../../stores/save-status-store';
import { NewSiteForm } from './NewSiteForm';
import { formatClock, formatDuration, fromLocalInput, toLocalInput } from './visit-format';
import './visits.css';
import { NEW_SITE, SiteOptions, WaveOptions } from './site-wave-options';

/** The visit's answer arrives: put it into the open audit (if it is still the one on screen). */
function applyVisit(auditId: string, result: StampResult): void {
  useAudit.setState((s) =>
    s.audit && s.audit.id === auditId
      ? {
          audit: {
            ...s.audit,
            visit: result.visit,
            status: s.audit.status === 'draft' ? 'in_progress' : s.audit.status,
            updatedAt: result.savedAt,
          },
          revision: s.revision + 1,
        }
      : {},
  );
}

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
  const [text, setText] = useState({ scenario: visit.scenario, shopper: visit.shopper });
  useEffect(
    () => setText({ scenario: visit.scenario, shopper: visit.shopper }),
    [audit.id, visit.scenario, visit.shopper],
  );

  const run = (call: () => Promise<StampResult>) => {
    setError(null);
    void useSaveStatus
      .getState()
      .track(call())
      .then((r) => applyVisit(audit.id, r))
      .catch((e: unknown) => setError(describeError(t, apiErrorOf(e))));
  };
  const stamp = (moment: VisitMoment, at: string | null) => {
    setUndo({ moment, previous: visit.timestamps[moment] ?? null });
    setConfirming(null);
    run(() => api().call('visits.stamp', { auditId: audit.id, moment, at }));
  };
  const update = (changes: VisitChanges) => run(() => api().call('visits.update', { auditId: audit.id, changes }));
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
      {error ? (
        <p className="form-error" role="alert">
          {error}
        </p>
      ) : null}
      <details className="visit-fields">
        <summary>
          {t('visits.details')}
          <span className="muted small review-meta visit-summary">
            {[visit.siteName, visit.waveName, visit.shopper]
              .filter((x): x is string => !!x)
              .map((x, i) => (
                <span key={i} dir="auto">
                  {x}
                </span>
              ))}
          </span>
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
            <label key={k} className="field">
              <span>{t(`visits.fields.${k}`)}</span>
              <input
                dir="auto"
                value={text[k]}
                readOnly={readOnly}
                data-testid={`visit-${k}`}
                onChange={(e) => setText((x) => ({ ...x, [k]: e.target.value }))}
                onBlur={() => text[k].trim() !== visit[k] && update({ [k]: text[k] })}
              />
            </label>
          ))}
          <label className="field">
            <span>{t('visits.fields.plannedDate')}</span>
            <input
              type="date"
              value={visit.plannedDate ?? ''}
              readOnly={readOnly}
              onChange={(e) => update({ plannedDate: e.target.value || null })}
            />
          </label>
          <label className="field">
            <span>{t('visits.fields.startedAt')}</span>
            <input
              type="datetime-local"
              value={toLocalInput(visit.startedAt)}
              readOnly={readOnly}
              onChange={(e) => update({ startedAt: fromLocalInput(e.target.value) })}
            />
          </label>
          <label className="field">
            <span>{t('visits.fields.endedAt')}</span>
            <input
              type="datetime-local"
              value={toLocalInput(visit.endedAt)}
              readOnly={readOnly}
              onChange={(e) => update({ endedAt: fromLocalInput(e.target.value) })}
            />
          </label>
        </div>
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
