import { useTranslation } from 'react-i18next';
import { movementOf } from '../../../../shared/comparison/movement';
import { isRtl } from '../../../../shared/domain/settings';
import { EmotionFace } from '../../components/EmotionFace';
import { HeatTableView } from '../../components/charts/HeatTableView';
import { AFTER_COLOUR } from '../../components/charts/palette';
import { ScoreBars } from '../../components/charts/ScoreBars';
import { describeError } from '../../lib/field-errors';
import { formatPercent } from '../../lib/format-score';
import { formatDay } from '../../lib/formatters';
import { useApiQuery } from '../../lib/use-api-query';
import { useProgressive } from '../../lib/use-progressive';
import { useShowMore } from '../../lib/use-show-more';
import { FindingList } from './FindingList';
import { useRoute } from '../../stores/route-store';
import { useSettings } from '../../stores/settings-store';
import { DataExportButtons } from '../reports/DataExportButtons';
import { ChangeBadge } from './ChangeBadge';
import { MethodBadge } from './MethodBadge';
import { ChangeVerdict, ScoreWithInterval } from '../visits/SiteScoreCells';
import { ExplainScoreButton } from '../explain/ExplainScoreButton';
import { SeriesTrends } from './SeriesTrends';
import { answeredPercent } from '../../../../shared/audit-progress';

const REFRESH = ['audits.changed', 'clients.changed'] as const;

/** A client at a glance: latest score and its trend, where the journey is weak, what still fails, what is open. */
export function ClientDashboardScreen({ clientId }: { clientId: string }) {
  const { t, i18n } = useTranslation();
  const go = useRoute((s) => s.go);
  const rtl = isRtl(useSettings((s) => s.language));
  const client = useApiQuery('clients.get', { id: clientId }, ['clients.changed']);
  const board = useApiQuery('insights.client', { clientId }, REFRESH);
  const pct = (v: number | null) => formatPercent(t, i18n.language, v);
  const date = (iso: string) => formatDay(i18n.language, iso);

  const sitesShown = useShowMore(board.data?.sites ?? [], 25);
  // The headline at once; the charts, the lists and the sites after it, one per task.
  const shown = useProgressive(Boolean(board.data?.latest), 3);

  if (board.status === 'error' && !board.data)
    return (
      <main className="empty-state" role="alert">
        {describeError(t, board.error)}
      </main>
    );
  const data = board.data;
  const name = client.data?.name ?? '';

  return (
    <main className="insights" data-testid="client-dashboard" aria-busy={board.status === 'loading'}>
      <div className="walk-bar">
        <button type="button" className="button" onClick={() => go({ name: 'home' })}>
          {rtl ? '→' : '←'} {t('insights.backToClients')}
        </button>
        <div className="walk-title">
          <h1 className="walk-heading" dir="auto">
            {name}
          </h1>
          <span className="muted small">{t('insights.dashboard')}</span>
        </div>
        <div className="walk-bar-actions">
          <button
            type="button"
            className="button"
            onClick={() => go({ name: 'compare', clientId })}
            disabled={!data || data.auditCount < 2}
            data-testid="open-compare"
          >
            {t('insights.compareAudits')}
          </button>
          <button
            type="button"
            className="button"
            onClick={() => go({ name: 'triangulation', clientId })}
            data-testid="open-triangulation"
          >
            {t('triangulation.open')}
          </button>
          <button type="button" className="button" onClick={() => go({ name: 'help' })}>
            {t('insights.howScoresWork')}
          </button>
        </div>
      </div>
      {!data ? (
        <p className="empty-state">{t('app.loading')}</p>
      ) : !data.latest ? (
        <div className="empty-state" data-testid="dashboard-empty">
          <p>{t('insights.noAudits')}</p>
          <button type="button" className="button button-primary" onClick={() => go({ name: 'home' })}>
            {t('insights.startAudit')}
          </button>
        </div>
      ) : (
        <div className="insights-body">
          <section className="headline-cards" aria-label={t('insights.headline')}>
            <div className="headline-card" data-testid="latest-score">
              <span className="muted small">{t('insights.latestScore')}</span>
              <strong className="big-number">{pct(data.latest.overall)}</strong>
              {data.latest.status !== 'complete' ? (
                // Not complete: a score so far, said so, with how much of the audit it rests on.
                <span className="small" data-testid="latest-partial">
                  {t('walk.scoreSoFar')} ·{' '}
                  {t('walk.progressText', {
                    answered: data.latest.answered,
                    total: data.latest.total,
                    pct: answeredPercent(data.latest.answered, data.latest.total),
                  })}
                </span>
              ) : null}
              <span className="small" dir="auto">
                {data.latest.title} · {date(data.latest.auditDate)}
                {data.latest.site ? ` · ${data.latest.site}` : ''}
              </span>
              <MethodBadge method={data.latest.method} />
              <ExplainScoreButton auditId={data.latest.auditId} />
              <button
                type="button"
                className="link-button"
                onClick={() => go({ name: 'metrics', auditId: data.latest!.auditId })}
                data-testid="open-metrics"
              >
                {t('insights.customerMetrics')}
              </button>
            </div>
            <div className="headline-card" data-testid="latest-change">
              <span className="muted small">{t('insights.sincePrevious')}</span>
              {data.latest.previous ? (
                <>
                  <ChangeBadge
                    change={
                      data.latest.overall !== null && data.latest.previous.overall !== null
                        ? data.latest.overall - data.latest.previous.overall
                        : null
                    }
                    movement={movementOf(
                      data.latest.overall !== null && data.latest.previous.overall !== null
                        ? data.latest.overall - data.latest.previous.overall
                        : null,
                    )}
                  />
                  <span className="small" dir="auto">
                    {t('insights.wasScore', {
                      score: pct(data.latest.previous.overall),
                      title: data.latest.previous.title,
                    })}
                  </span>
                  <button
                    type="button"
                    className="link-button"
                    onClick={() =>
                      go({
                        name: 'compare',
                        clientId,
                        baselineId: data.latest!.previous!.auditId,
                        followUpId: data.latest!.auditId,
                      })
                    }
                    data-testid="compare-latest"
                  >
                    {t('insights.seeComparison')}
                  </button>
                </>
              ) : (
                <span className="small muted">{t('insights.noPrevious')}</span>
              )}
            </div>
            <div className="headline-card">
              <span className="muted small">{t('insights.failingMoments')}</span>
              <strong className="big-number">{data.failingMoments.length}</strong>
              <span className="small muted">{t('insights.auditsCount', { count: data.auditCount })}</span>
              {data.leftOut.drafts + data.leftOut.tests > 0 ? (
                <span className="small muted" data-testid="left-out">
                  {t('series.leftOut', data.leftOut)}
                </span>
              ) : null}
            </div>
            <div className="headline-card" data-testid="actions-card">
              <span className="muted small">{t('insights.openActions')}</span>
              <strong className="big-number">{data.actions.open + data.actions.inProgress}</strong>
              <span className={data.actions.overdue ? 'small overdue-text' : 'small muted'}>
                {data.actions.overdue ? '⚠ ' : ''}
                {t('insights.overdueCount', { count: data.actions.overdue })}
              </span>
            </div>
          </section>

          {shown >= 1 ? (
            <div className="chart-grid">
              <SeriesTrends trends={data.trends} rtl={rtl} />
              <ScoreBars
                title={t('insights.byStage')}
                subtitle={data.latest.title}
                rows={data.latest.stages.map((s) => ({ label: s.label, latest: s.percent }))}
                series={[{ key: 'latest', name: t('insights.latest'), colour: AFTER_COLOUR }]}
                rtl={rtl}
                testId="stage-chart"
              />
              <ScoreBars
                title={t('insights.byKind')}
                subtitle={data.latest.title}
                rows={data.latest.kinds.map((s) => ({ label: t(`kinds.${s.key}`), latest: s.percent }))}
                series={[{ key: 'latest', name: t('insights.latest'), colour: AFTER_COLOUR }]}
                rtl={rtl}
                testId="kind-chart"
              />
              <HeatTableView title={t('insights.stageByKind')} heat={data.latest.heat} testId="heat-table" />
            </div>
          ) : null}

          {shown >= 2 ? (
            <div className="two-columns">
              <FindingList
                id="failing-title"
                title={t('insights.failingMoments')}
                empty={t('insights.noFailingMoments')}
                items={data.failingMoments}
                testId="failing-moments"
              >
                {(m) => (
                  <>
                    <span className="finding-name" dir="auto">
                      ★ {m.name}
                    </span>
                    <span className="muted small" dir="auto">
                      {[m.stage, m.site].filter(Boolean).join(' · ')}
                    </span>
                    <span className={m.knockout ? 'chip chip-fail' : 'chip chip-warn'}>
                      {m.knockout ? t('insights.knockout') : pct(m.percent)}
                    </span>
                  </>
                )}
              </FindingList>
              <FindingList
                id="pain-title"
                title={t('insights.painPoints')}
                empty={t('insights.noPainPoints')}
                items={data.painPoints}
                testId="pain-points"
              >
                {(p) => (
                  <>
                    <span className="finding-name" dir="auto">
                      {p.emotion ? <EmotionFace level={p.emotion} size={18} /> : null} {p.name}
                    </span>
                    <span className="finding-text" dir="auto">
                      {p.text}
                    </span>
                  </>
                )}
              </FindingList>
            </div>
          ) : null}

          {shown >= 3 ? (
            <>
              <section className="panel" aria-labelledby="client-data-title">
                <h3 id="client-data-title">{t('exportDialog.dataFiles')}</h3>
                <DataExportButtons scope={{ clientId }} />
              </section>

              {data.sites.length > 1 ? (
                <section className="panel" aria-labelledby="sites-title" data-testid="sites-table">
                  <h3 id="sites-title">{t('insights.sites')}</h3>
                  <table className="data-table">
                    <thead>
                      <tr>
                        <th scope="col">{t('insights.site')}</th>
                        <th scope="col">{t('insights.lastAudit')}</th>
                        <th scope="col">{t('insights.score')}</th>
                        <th scope="col">{t('series.template')}</th>
                        <th scope="col">{t('insights.change')}</th>
                        <th scope="col">{t('series.comparedWith')}</th>
                        <th scope="col">{t('stats.latestRound')}</th>
                        <th scope="col">{t('stats.roundChange')}</th>
                        <th scope="col">{t('insights.audits')}</th>
                      </tr>
                    </thead>
                    <tbody>
                      {sitesShown.visible.map((s) => (
                        <tr key={s.siteId ?? s.site}>
                          <th scope="row" dir="auto">
                            {s.site || t('insights.noSite')}
                          </th>
                          <td>{date(s.auditDate)}</td>
                          <td className="num">
                            {pct(s.overall)}
                            {s.stats?.rankDependsOnMethod ? (
                              <span className="method-rank-flag" data-testid="rank-depends-on-method">
                                {t('explain.rankDependsOnMethod')}
                              </span>
                            ) : null}
                          </td>
                          <td dir="auto">{s.templateName}</td>
                          <td>
                            <ChangeBadge change={s.change} movement={movementOf(s.change)} />
                          </td>
                          <td className="small" data-testid="site-compared-with">
                            {s.notComparable ? (
                              <span className="muted">
                                {t(`series.reason.${s.notComparable.reason}`, {
                                  templates: s.notComparable.otherTemplates.join(', '),
                                })}
                              </span>
                            ) : s.previous ? (
                              <span dir="auto">
                                {s.previous.title} · {date(s.previous.auditDate)}
                              </span>
                            ) : null}
                          </td>
                          <td className="num">{s.stats ? <ScoreWithInterval interval={s.stats.interval} /> : '—'}</td>
                          <td>{s.stats ? <ChangeVerdict change={s.stats.change} /> : '—'}</td>
                          <td className="num">{s.audits}</td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                  {sitesShown.hidden ? (
                    <button type="button" className="button show-more" onClick={sitesShown.showMore}>
                      {t('insights.showMore', { count: sitesShown.hidden })}
                    </button>
                  ) : null}
                </section>
              ) : null}
            </>
          ) : null}
        </div>
      )}
    </main>
  );
}
