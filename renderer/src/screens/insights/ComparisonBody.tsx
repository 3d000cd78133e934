import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ComparisonView } from '../../../../shared/api/insights-api';
import type { TouchpointDelta } from '../../../../shared/comparison/comparison-types';
import { EmotionBeforeAfter } from '../../components/charts/EmotionBeforeAfter';
import { HeatTableView } from '../../components/charts/HeatTableView';
import { AFTER_COLOUR, BEFORE_COLOUR } from '../../components/charts/palette';
import { ScoreBars } from '../../components/charts/ScoreBars';
import { ScoreRadar } from '../../components/charts/ScoreRadar';
import { formatPercent } from '../../lib/format-score';
import { MetricsComparison } from '../metrics/MetricsComparison';
import { useProgressive } from '../../lib/use-progressive';
import { useRoute } from '../../stores/route-store';
import { ChangeBadge } from './ChangeBadge';
import { CriteriaDeltaTable } from './CriteriaDeltaTable';
import { DefinitionNote } from './DefinitionNote';
import { MethodBadge } from './MethodBadge';
import { ExplainScoreButton } from '../explain/ExplainScoreButton';

/** Headline deltas first, then the charts, then every criterion with filters. */
export function ComparisonBody({
  comparison: c,
  rtl,
  after: afterBody,
}: {
  comparison: ComparisonView;
  rtl: boolean;
  /** Shown below the comparison once all of it is (the series trend): it waits its turn behind the criteria. */
  after?: ReactNode;
}) {
  const { t, i18n } = useTranslation();
  const go = useRoute((s) => s.go);
  const [regressedOnly, setRegressedOnly] = useState(false);
  const [momentsOnly, setMomentsOnly] = useState(false);
  const pct = (v: number | null) => formatPercent(t, i18n.language, v);
  // "before → after" in reading order: the arrow points the way the line is read.
  const fromTo = (a: number | null, b: number | null) => `${pct(a)} ${rtl ? '←' : '→'} ${pct(b)}`;
  const before = t('insights.before');
  const after = t('insights.after');
  const tpById = new Map(c.touchpoints.map((tp) => [tp.touchpointId, tp]));
  const counts = { improved: 0, regressed: 0, unchanged: 0, 'not-comparable': 0 };
  for (const tp of c.touchpoints) counts[tp.movement]++;
  const criteria = c.criteria.filter(
    (cr) =>
      (!regressedOnly || cr.movement === 'regressed') && (!momentsOnly || tpById.get(cr.touchpointId)?.momentOfTruth),
  );
  // Headline first; then the lists, the charts (each queued by its frame) and the criteria, one per task.
  const shown = useProgressive(true, 4);
  const radarRows = (c.kinds.length >= 3 ? c.kinds.map((k) => ({ ...k, label: t(`kinds.${k.key}`) })) : c.channels).map(
    (s) => ({ label: s.label, before: s.before, after: s.after }),
  );
  const openTouchpoint = (tp: TouchpointDelta) =>
    go({ name: 'audit', id: c.followUp.id, touchpointId: tp.touchpointId });

  const deltaList = (items: TouchpointDelta[], empty: string, testId: string) =>
    items.length === 0 ? (
      <p className="muted">{empty}</p>
    ) : (
      <ol className="finding-list" data-testid={testId}>
        {items.map((tp) => (
          <li key={tp.touchpointId}>
            <button type="button" className="finding" onClick={() => openTouchpoint(tp)}>
              <span className="finding-name" dir="auto">
                {tp.momentOfTruth ? '★ ' : ''}
                {tp.name}
              </span>
              <span className="small">{fromTo(tp.before, tp.after)}</span>
              <ChangeBadge change={tp.change} movement={tp.movement} />
            </button>
          </li>
        ))}
      </ol>
    );

  return (
    <div className="comparison" data-testid="comparison">
      <section className="headline-cards" aria-label={t('insights.headline')}>
        <div className="headline-card" data-testid="overall-delta">
          <span className="muted small">{t('insights.overall')}</span>
          <strong className="big-number">{fromTo(c.overall.before, c.overall.after)}</strong>
          <ChangeBadge change={c.overall.change} movement={c.overall.movement} />
          <MethodBadge method={c.method} />
          <ExplainScoreButton auditId={c.baseline.id} label={t('insights.baseline')} />
          <ExplainScoreButton auditId={c.followUp.id} label={t('insights.followUp')} />
        </div>
        <div className="headline-card" data-testid="movement-counts">
          <span className="muted small">{t('insights.touchpoints')}</span>
          <span className="change-improved">▲ {t('insights.improvedCount', { count: counts.improved })}</span>
          <span className="change-regressed">▼ {t('insights.regressedCount', { count: counts.regressed })}</span>
          <span className="muted">■ {t('insights.unchangedCount', { count: counts.unchanged })}</span>
        </div>
        <div className="headline-card">
          <span className="muted small">{t('insights.versions')}</span>
          {c.sameVersion ? (
            <span>{t('insights.sameVersion')}</span>
          ) : (
            <span data-testid="version-note">
              {t('insights.differentVersions', { added: c.added.length, removed: c.removed.length })}
            </span>
          )}
          <span className="muted small">{t('insights.thresholdIs', { value: c.threshold })}</span>
        </div>
      </section>

      <DefinitionNote comparison={c} className="panel definition-note" />

      <MetricsComparison baselineAuditId={c.baseline.id} followUpAuditId={c.followUp.id} />

      {shown >= 1 ? (
        <>
          <div className="two-columns">
            <section className="panel" aria-labelledby="improved-title">
              <h3 id="improved-title">{t('insights.topImprovements')}</h3>
              {deltaList(c.topImprovements, t('insights.noImprovements'), 'top-improvements')}
            </section>
            <section className="panel" aria-labelledby="regressed-title">
              <h3 id="regressed-title">{t('insights.topRegressions')}</h3>
              {deltaList(c.topRegressions, t('insights.noRegressions'), 'top-regressions')}
            </section>
          </div>
          <section className="panel" aria-labelledby="still-failing-title" data-testid="still-failing">
            <h3 id="still-failing-title">{t('insights.stillFailing')}</h3>
            {deltaList(c.stillFailingMomentsOfTruth, t('insights.noStillFailing'), 'still-failing-list')}
          </section>
        </>
      ) : null}
      {shown >= 2 ? (
        <div className="chart-grid">
          <ScoreBars
            title={t('insights.byStage')}
            rows={c.stages.map((s) => ({ label: s.label, before: s.before, after: s.after }))}
            series={[
              { key: 'before', name: before, colour: BEFORE_COLOUR },
              { key: 'after', name: after, colour: AFTER_COLOUR },
            ]}
            rtl={rtl}
            testId="compare-stage-chart"
          />
          <ScoreBars
            title={t('insights.byKind')}
            rows={c.kinds.map((s) => ({ label: t(`kinds.${s.key}`), before: s.before, after: s.after }))}
            series={[
              { key: 'before', name: before, colour: BEFORE_COLOUR },
              { key: 'after', name: after, colour: AFTER_COLOUR },
            ]}
            rtl={rtl}
            testId="compare-kind-chart"
          />
          {radarRows.length >= 3 ? (
            <ScoreRadar
              title={c.kinds.length >= 3 ? t('insights.radarKinds') : t('insights.radarChannels')}
              rows={radarRows}
              beforeName={before}
              afterName={after}
              testId="compare-radar"
            />
          ) : null}
          {/* A row of its own: the curve runs across every stage (its labels would be cut in a third of the width). */}
          <EmotionBeforeAfter
            points={c.emotionCurve.map((p) => ({ label: p.label, before: p.before, after: p.after }))}
            rtl={rtl}
            beforeName={before}
            afterName={after}
          />
          <HeatTableView title={`${t('insights.stageByKind')} · ${before}`} heat={c.heatBefore} testId="heat-before" />
          <HeatTableView title={`${t('insights.stageByKind')} · ${after}`} heat={c.heatAfter} testId="heat-after" />
        </div>
      ) : null}

      <section className="panel" aria-labelledby="criteria-title">
        <header className="section-header">
          <h3 id="criteria-title">{t('insights.criteriaTable')}</h3>
          <div className="filters">
            <label className="check">
              <input
                type="checkbox"
                checked={regressedOnly}
                onChange={(e) => setRegressedOnly(e.target.checked)}
                data-testid="filter-regressed"
              />
              {t('insights.regressedOnly')}
            </label>
            <label className="check">
              <input
                type="checkbox"
                checked={momentsOnly}
                onChange={(e) => setMomentsOnly(e.target.checked)}
                data-testid="filter-moments"
              />
              {t('insights.momentsOnly')}
            </label>
          </div>
        </header>
        {shown >= 3 ? (
          <CriteriaDeltaTable criteria={criteria} touchpoints={tpById} before={before} after={after} />
        ) : null}
        {criteria.length === 0 ? <p className="muted">{t('insights.noCriteriaMatch')}</p> : null}
      </section>

      {c.added.length || c.removed.length ? (
        <section className="panel" aria-labelledby="changes-title" data-testid="version-changes">
          <h3 id="changes-title">{t('insights.templateChanges')}</h3>
          <div className="two-columns">
            <div>
              <h4>{t('insights.added', { count: c.added.length })}</h4>
              <ul>
                {c.added.map((a) => (
                  <li key={`${a.touchpointId}/${a.criterionId}`} dir="auto">
                    {a.touchpointName}: {a.question}
                  </li>
                ))}
              </ul>
            </div>
            <div>
              <h4>{t('insights.removed', { count: c.removed.length })}</h4>
              <ul>
                {c.removed.map((a) => (
                  <li key={`${a.touchpointId}/${a.criterionId}`} dir="auto">
                    {a.touchpointName}: {a.question}
                  </li>
                ))}
              </ul>
            </div>
          </div>
        </section>
      ) : null}
      {shown >= 4 ? afterBody : null}
    </div>
  );
}
