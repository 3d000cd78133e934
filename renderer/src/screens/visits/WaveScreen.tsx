import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { WaveSiteRow, WaveVisitRow } from '../../../../shared/api/visits-api';
import type { Movement } from '../../../../shared/comparison/comparison-types';
import { isRtl } from '../../../../shared/domain/settings';
import { api } from '../../api/api';
import { apiErrorOf, describeError } from '../../lib/field-errors';
import { formatPercent } from '../../lib/format-score';
import { formatDay } from '../../lib/formatters';
import { useApiQuery } from '../../lib/use-api-query';
import { useClients } from '../../stores/clients-store';
import { useRoute } from '../../stores/route-store';
import { useSettings } from '../../stores/settings-store';
import { ChangeBadge } from '../insights/ChangeBadge';
import { Sparkline } from './Sparkline';
import './visits.css';

type Filters = { region: string; scenario: string; shopper: string };
const THRESHOLD = 0.05;

const movementOf = (change: number | null): Movement =>
  change === null
    ? 'not-comparable'
    : change > THRESHOLD
      ? 'improved'
      : change < -THRESHOLD
        ? 'regressed'
        : 'unchanged';

/** One wave: the sites' league table (score, rank, change since the previous wave, trend), filters, and the review queue. */
export function WaveScreen({ waveId }: { waveId: string }) {
  const { t, i18n } = useTranslation();
  const rtl = isRtl(useSettings((s) => s.language));
  const go = useRoute((s) => s.go);
  const [filters, setFilters] = useState<Filters>({ region: '', scenario: '', shopper: '' });
  const input = useMemo(
    () => ({
      waveId,
      ...(filters.region ? { region: filters.region } : {}),
      ...(filters.scenario ? { scenario: filters.scenario } : {}),
      ...(filters.shopper ? { shopper: filters.shopper } : {}),
    }),
    [waveId, filters],
  );
  const view = useApiQuery('waves.view', input, ['audits.changed', 'clients.changed']);
  const data = view.data;

  if (!data) {
    return (
      <main className="empty-state">
        <p role={view.status === 'error' ? 'alert' : 'status'}>
          {view.status === 'error' ? describeError(t, view.error) : t('app.loading')}
        </p>
      </main>
    );
  }
  const waveLabels = data.waves.map((w) => w.name);
  const queue = data.visits.filter((v) => v.status === 'complete' && v.review.status !== 'reviewed');
  const dates = [data.wave.startsOn, data.wave.endsOn].map((d) => (d ? formatDay(i18n.language, d) : '…'));

  return (
    <main className="insights wave-screen" data-testid="wave-screen">
      <div className="insights-body">
        <header className="wave-head">
          <button
            type="button"
            className="button button-link-dark"
            onClick={() => go({ name: 'waves', clientId: data.clientId })}
          >
            {rtl ? '→' : '←'} {t('visits.allWaves')} · <span dir="auto">{data.clientName}</span>
          </button>
          <h1 dir="auto">{t('visits.waveTitle', { name: data.wave.name })}</h1>
          <p className="muted">
            {data.wave.startsOn || data.wave.endsOn ? `${dates[0]} – ${dates[1]} · ` : ''}
            {data.previousWave
              ? t('visits.comparedWith', { name: data.previousWave.name })
              : t('visits.noPreviousWave')}
          </p>
          <label className="field wave-switch">
            <span>{t('visits.otherWave')}</span>
            <select
              value={waveId}
              onChange={(e) => go({ name: 'wave', waveId: e.target.value })}
              data-testid="wave-switch"
            >
              {data.waves.map((w) => (
                <option key={w.id} value={w.id}>
                  {w.name}
                </option>
              ))}
            </select>
          </label>
        </header>

        <div className="wave-filters" role="group" aria-label={t('visits.filters')}>
          {(
            [
              ['region', data.options.regions],
              ['scenario', data.options.scenarios],
              ['shopper', data.options.shoppers],
            ] as const
          ).map(([key, options]) => (
            <label key={key} className="field">
              <span>{t(`visits.fields.${key}`)}</span>
              <select
                value={filters[key]}
                onChange={(e) => setFilters((f) => ({ ...f, [key]: e.target.value }))}
                data-testid={`filter-${key}`}
              >
                <option value="">{t('visits.all')}</option>
                {options.map((o) => (
                  <option key={o} value={o}>
                    {o}
                  </option>
                ))}
              </select>
            </label>
          ))}
        </div>

        <section aria-labelledby="league-title" className="panel">
          <h2 id="league-title">{t('visits.league')}</h2>
          {data.sites.length === 0 ? (
            <p className="muted">
              {data.visits.length || filters.region || filters.scenario || filters.shopper
                ? t('visits.noSitesFiltered')
                : t('visits.noVisitsYet')}
            </p>
          ) : (
            <table className="data-table wave-table" data-testid="wave-table">
              <thead>
                <tr>
                  <th scope="col">{t('visits.fields.site')}</th>
                  <th scope="col">{t('visits.fields.region')}</th>
                  <th scope="col" className="num">
                    {t('visits.score')}
                  </th>
                  <th scope="col" className="num">
                    {t('visits.rank')}
                  </th>
                  <th scope="col">
                    {data.previousWave ? t('visits.changeSince', { name: data.previousWave.name }) : t('visits.change')}
                  </th>
                  <th scope="col">{t('visits.trend')}</th>
                  <th scope="col" className="num">
                    {t('visits.visits')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {data.sites.map((s) => (
                  <SiteRow key={s.siteId ?? 'none'} site={s} labels={waveLabels} rtl={rtl} />
                ))}
              </tbody>
            </table>
          )}
        </section>

        <ReviewQueue visits={queue} />

        <section aria-labelledby="visits-title" className="panel">
          <h2 id="visits-title">{t('visits.allVisits', { count: data.visits.length })}</h2>
          {data.visits.length === 0 ? (
            <p className="muted">{t('visits.noVisitsYet')}</p>
          ) : (
            <table className="data-table" data-testid="wave-visits">
              <thead>
                <tr>
                  <th scope="col">{t('visits.visit')}</th>
                  <th scope="col">{t('visits.fields.site')}</th>
                  <th scope="col">{t('visits.fields.shopper')}</th>
                  <th scope="col">{t('visits.fields.scenario')}</th>
                  <th scope="col">{t('visits.status')}</th>
                  <th scope="col" className="num">
                    {t('visits.score')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {data.visits.map((v) => (
                  <tr key={v.auditId}>
                    <td>
                      <button
                        type="button"
                        className="button-plain"
                        onClick={() => go({ name: 'audit', id: v.auditId })}
                      >
                        <span dir="auto">{v.title}</span>
                      </button>
                    </td>
                    <td>
                      <span dir="auto">{v.siteName ?? t('visits.noSite')}</span>
                    </td>
                    <td>
                      <span dir="auto">{v.shopper}</span>
                    </td>
                    <td>
                      <span dir="auto">{v.scenario}</span>
                    </td>
                    <td>
                      <span className={`status-pill status-${v.status}`}>{t(`audits.status.${v.status}`)}</span>{' '}
                      {v.review.status !== 'none' ? (
                        <span className={`review-pill review-${v.review.status}`}>
                          {t(`visits.reviewStatus.${v.review.status}`)}
                        </span>
                      ) : null}
                    </td>
                    <td className="num">{v.status === 'complete' ? formatPercent(t, i18n.language, v.score) : '—'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </section>
      </div>
    </main>
  );
}

function SiteRow({ site, labels, rtl }: { site: WaveSiteRow; labels: string[]; rtl: boolean }) {
  const { t, i18n } = useTranslation();
  return (
    <tr data-testid="wave-site-row">
      <th scope="row">
        <span dir="auto">{site.siteName ?? t('visits.noSite')}</span>
      </th>
      <td>
        <span dir="auto">{site.region}</span>
      </td>
      <td className="num">{formatPercent(t, i18n.language, site.score)}</td>
      <td className="num">{site.rank ?? '—'}</td>
      <td>
        {site.change === null ? (
          <span className="muted" title={t('insights.movement.not-comparable')}>
            —
          </span>
        ) : (
          <ChangeBadge change={site.change} movement={movementOf(site.change)} />
        )}
      </td>
      <td>
        <Sparkline values={site.trend} labels={labels} rtl={rtl} />
      </td>
      <td className="num">{t('visits.visitCount', { done: site.completedVisits, total: site.visits })}</td>
    </tr>
  );
}

/** Completed visits the lead has not reviewed yet: mark reviewed (locks it) or return with a comment (reopens it). */
function ReviewQueue({ visits }: { visits: WaveVisitRow[] }) {
  const { t, i18n } = useTranslation();
  const go = useRoute((s) => s.go);
  const [returning, setReturning] = useState<string | null>(null);
  const [comment, setComment] = useState('');
  const [error, setError] = useState<string | null>(null);
  const decide = (auditId: string, decision: 'reviewed' | 'returned') => {
    setError(null);
    const call =
      decision === 'reviewed'
        ? api().call('visits.review', { auditId, decision, comment: '' })
        : api().call('visits.review', { auditId, decision, comment });
    void call
      .then(() => {
        setReturning(null);
        setComment('');
      })
      .catch((e: unknown) => setError(describeError(t, apiErrorOf(e))));
  };
  return (
    <section aria-labelledby="review-title" className="panel" data-testid="review-queue">
      <h2 id="review-title">{t('visits.reviewQueue', { count: visits.length })}</h2>
      {error ? (
        <p className="form-error" role="alert">
          {error}
        </p>
      ) : null}
      {visits.length === 0 ? (
        <p className="muted">{t('visits.reviewQueueEmpty')}</p>
      ) : (
        <ul className="review-list">
          {visits.map((v) => (
            <li key={v.auditId} className="review-item" data-testid="review-item">
              <div className="review-item-head">
                <button type="button" className="button-plain" onClick={() => go({ name: 'audit', id: v.auditId })}>
                  <strong dir="auto">{v.title}</strong>
                </button>
                <span className="muted small review-meta">
                  {[v.siteName, v.shopper, v.completedAt ? formatDay(i18n.language, v.completedAt.slice(0, 10)) : null]
                    .filter((x): x is string => !!x)
                    .map((x, i) => (
                      <span key={i} dir="auto">
                        {x}
                      </span>
                    ))}
                </span>
                <span className="num">{formatPercent(t, i18n.language, v.score)}</span>
                {v.review.status === 'returned' ? (
                  <span className="review-pill review-returned">{t('visits.resubmitted')}</span>
                ) : null}
                <span className="review-actions">
                  <button
                    type="button"
                    className="button button-primary button-small"
                    onClick={() => decide(v.auditId, 'reviewed')}
                    data-testid="mark-reviewed"
                  >
                    {t('visits.markReviewed')}
                  </button>
                  <button
                    type="button"
                    className="button button-small"
                    aria-expanded={returning === v.auditId}
                    onClick={() => (setReturning(returning === v.auditId ? null : v.auditId), setComment(''))}
                    data-testid="return-visit"
                  >
                    {t('visits.returnVisit')}
                  </button>
                </span>
              </div>
              {returning === v.auditId ? (
                <div className="review-return">
                  <label className="field">
                    <span>{t('visits.returnComment')}</span>
                    <textarea
                      dir="auto"
                      rows={2}
                      value={comment}
                      autoFocus
                      onChange={(e) => setComment(e.target.value)}
                      data-testid="return-comment"
                    />
                  </label>
                  <button
                    type="button"
                    className="button button-small"
                    disabled={!comment.trim()}
                    onClick={() => decide(v.auditId, 'returned')}
                    data-testid="confirm-return"
                  >
                    {t('visits.confirmReturn')}
                  </button>
                </div>
              ) : null}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** The client's waves: open one, or create the next. */
export function WavesScreen({ clientId }: { clientId: string }) {
  const { t, i18n } = useTranslation();
  const rtl = isRtl(useSettings((s) => s.language));
  const go = useRoute((s) => s.go);
  const waves = useApiQuery('waves.list', { clientId }, ['clients.changed', 'audits.changed']);
  const client = useApiQuery('clients.get', { id: clientId });
  const [form, setForm] = useState({ name: '', startsOn: '', endsOn: '' });
  const [error, setError] = useState<string | null>(null);
  const create = () => {
    setError(null);
    void api()
      .call('waves.create', { clientId, name: form.name, startsOn: form.startsOn || null, endsOn: form.endsOn || null })
      .then((w) => go({ name: 'wave', waveId: w.id }))
      .catch((e: unknown) => setError(describeError(t, apiErrorOf(e))));
  };
  return (
    <main className="insights wave-screen" data-testid="waves-screen">
      <div className="insights-body">
        <header className="wave-head">
          <button
            type="button"
            className="button button-link-dark"
            onClick={() => (useClients.getState().select(clientId), go({ name: 'home' }))}
          >
            {rtl ? '→' : '←'} <span dir="auto">{client.data?.name ?? ''}</span>
          </button>
          <h1>{t('visits.wavesTitle')}</h1>
          <p className="muted">{t('visits.wavesIntro')}</p>
        </header>
        <section className="panel" aria-labelledby="waves-list-title">
          <h2 id="waves-list-title">{t('visits.wavesList')}</h2>
          {waves.data && waves.data.length === 0 ? <p className="muted">{t('visits.noWaves')}</p> : null}
          <ul className="wave-list" data-testid="wave-list">
            {(waves.data ?? []).map((w) => (
              <li key={w.id}>
                <button type="button" className="button-plain" onClick={() => go({ name: 'wave', waveId: w.id })}>
                  <strong dir="auto">{w.name}</strong>
                </button>{' '}
                <span className="muted small">
                  {w.startsOn ? formatDay(i18n.language, w.startsOn) : '…'} –{' '}
                  {w.endsOn ? formatDay(i18n.language, w.endsOn) : '…'} · {t('visits.visitsCount', { count: w.visits })}
                </span>
              </li>
            ))}
          </ul>
        </section>
        <section className="panel" aria-labelledby="new-wave-title">
          <h2 id="new-wave-title">{t('visits.newWave')}</h2>
          <form
            className="wave-form"
            onSubmit={(e) => {
              e.preventDefault();
              create();
            }}
          >
            <label className="field">
              <span>{t('visits.waveFields.name')}</span>
              <input
                dir="auto"
                value={form.name}
                placeholder={t('visits.waveFields.namePlaceholder')}
                onChange={(e) => setForm((f) => ({ ...f, name: e.target.value }))}
                data-testid="wave-name"
              />
            </label>
            <label className="field">
              <span>{t('visits.waveFields.startsOn')}</span>
              <input
                type="date"
                value={form.startsOn}
                onChange={(e) => setForm((f) => ({ ...f, startsOn: e.target.value }))}
              />
            </label>
            <label className="field">
              <span>{t('visits.waveFields.endsOn')}</span>
              <input
                type="date"
                value={form.endsOn}
                onChange={(e) => setForm((f) => ({ ...f, endsOn: e.target.value }))}
              />
            </label>
            <button type="submit" className="button button-primary" disabled={!form.name.trim()}>
              {t('visits.createWave')}
            </button>
          </form>
          {error ? (
            <p className="form-error" role="alert">
              {error}
            </p>
          ) : null}
        </section>
      </div>
    </main>
  );
}
