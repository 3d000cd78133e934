import { useEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { CartesianGrid, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { answerKey, indexAnswers } from '../../../../shared/audit-progress';
import { touchpointsInScope } from '../../../../shared/domain/audit';
import { isRtl } from '../../../../shared/domain/settings';
import type { Stage, Touchpoint } from '../../../../shared/domain/template';
import { answerMark, CARD_EDGES, cardEdge } from '../../../../shared/scoring/answer-marks';
import { EmotionFace } from '../../components/EmotionFace';
import { emotionMean } from '../../lib/format-score';
import { KindIcon } from '../../components/KindIcon';
import { useAudit } from '../../stores/audit-store';
import { useRoute } from '../../stores/route-store';
import { useSettings } from '../../stores/settings-store';
import { ExplainScoreButton } from '../explain/ExplainScoreButton';

/** A stage column's narrowest width: six stages fit a 1400 px window; a longer journey scrolls inside the map. */
const MIN_COLUMN_PX = 200;
const GAP_PX = 11;

/** Stages as columns, touchpoints as cards, the customer's emotion drawn across the stages above them. */
export function JourneyMapScreen({ auditId }: { auditId: string }) {
  const { t, i18n } = useTranslation();
  const { audit, load, revision } = useAudit();
  const go = useRoute((s) => s.go);
  const rtl = isRtl(useSettings((s) => s.language));

  useEffect(() => {
    void load(auditId).catch(() => undefined);
  }, [auditId, load]);
  const ready = audit?.id === auditId ? audit : null;

  const columns = useMemo(() => {
    if (!ready) return [];
    const out: { stage: Stage; touchpoints: Touchpoint[] }[] = [];
    for (const { stage, touchpoint } of touchpointsInScope(ready.definition, ready.scope)) {
      const last = out[out.length - 1];
      if (last && last.stage.id === stage.id) last.touchpoints.push(touchpoint);
      else out.push({ stage, touchpoints: [touchpoint] });
    }
    return out;
  }, [ready]);
  const answers = useMemo(() => indexAnswers(ready?.answers ?? []), [ready?.answers, revision]);
  const emotionOf = (tpId: string) => ready?.records.find((r) => r.touchpointId === tpId)?.emotion ?? null;
  const curve = useMemo(
    () =>
      columns.map(({ stage, touchpoints }) => {
        const emotions = touchpoints.map((tp) => emotionOf(tp.id)).filter((e): e is 1 | 2 | 3 | 4 | 5 => e !== null);
        const avg = emotions.length ? emotions.reduce((a, b) => a + b, 0) / emotions.length : null;
        return {
          stage: stage.name,
          emotion: avg,
          min: emotions.length ? Math.min(...emotions) : null,
          n: emotions.length,
        };
      }),
    [columns, ready?.records],
  );

  if (!ready) return <main className="empty-state">{t('app.loading')}</main>;
  const minWidth = columns.length * MIN_COLUMN_PX + (columns.length - 1) * GAP_PX;

  return (
    <main className="journey-map" data-testid="journey-map">
      <div className="walk-bar">
        <button type="button" className="button" onClick={() => go({ name: 'audit', id: ready.id })}>
          {rtl ? '→' : '←'} {t('map.backToWalk')}
        </button>
        <div className="walk-title">
          <h1 className="walk-heading" dir="auto">
            {ready.title}
          </h1>
          <span className="muted small" dir="auto">
            {ready.clientName} · {ready.site}
          </span>
        </div>
        <ExplainScoreButton auditId={ready.id} />
        <MapLegend />
      </div>
      <div className="map-scroll">
        <div
          className="map-board"
          style={{ minWidth, gridTemplateColumns: `repeat(${columns.length}, minmax(0, 1fr))` }}
        >
          <figure className="emotion-curve" aria-label={t('map.curveLabel')} data-testid="emotion-curve">
            <figcaption className="muted small">{t('map.curveTitle')}</figcaption>
            {/* The plot itself stays left-to-right (its axis is reversed in Arabic); mixed-direction SVG text otherwise overflows. */}
            <div dir="ltr">
              <ResponsiveContainer width="100%" height={170}>
                <LineChart data={curve} margin={{ top: 16, right: 0, bottom: 0, left: 0 }}>
                  <CartesianGrid strokeDasharray="3 3" vertical={false} />
                  <XAxis dataKey="stage" scale="band" reversed={rtl} tick={{ fontSize: 12 }} interval={0} />
                  <YAxis
                    domain={[1, 5]}
                    ticks={[1, 2, 3, 4, 5]}
                    width={84}
                    orientation={rtl ? 'right' : 'left'}
                    tickFormatter={(v: number) => t(`emotions.${v}`)}
                    tick={{ fontSize: 11 }}
                  />
                  <Tooltip
                    formatter={(v) => [
                      typeof v === 'number'
                        ? `${emotionMean(i18n.language, v)} · ${t(`emotions.${Math.round(v)}`)}`
                        : t('map.noEmotion'),
                      t('map.avgEmotion'),
                    ]}
                  />
                  <Line
                    type="monotone"
                    dataKey="emotion"
                    stroke="#1f4e79"
                    strokeWidth={3}
                    dot={{ r: 5 }}
                    connectNulls
                    isAnimationActive={false}
                    name={t('map.avgEmotion')}
                  />
                </LineChart>
              </ResponsiveContainer>
            </div>
          </figure>
          {columns.map(({ stage, touchpoints }) => (
            <section key={stage.id} className="map-column" aria-labelledby={`stage-${stage.id}`}>
              <h2 id={`stage-${stage.id}`} dir="auto">
                {stage.name} <span className="muted small">({touchpoints.length})</span>
              </h2>
              {touchpoints.map((tp) => {
                const record = ready.records.find((r) => r.touchpointId === tp.id);
                const marks = tp.criteria.map((c) => answerMark(answers.get(answerKey(tp.id, c.id))?.value, c));
                const edge = cardEdge(marks);
                const photos = ready.evidence.filter((e) => e.touchpointId === tp.id).length;
                return (
                  <button
                    key={tp.id}
                    type="button"
                    className={`map-card edge-${edge}`}
                    data-edge={edge}
                    onClick={() => go({ name: 'audit', id: ready.id, touchpointId: tp.id })}
                    data-testid={`map-card-${tp.id}`}
                  >
                    <span className="map-card-head">
                      <KindIcon kind={tp.kind} />
                      <span className="map-card-name" dir="auto">
                        {tp.name}
                      </span>
                      {tp.momentOfTruth ? (
                        <span className="mot-mark" title={t('walk.momentOfTruth')}>
                          ★
                        </span>
                      ) : null}
                      {record?.emotion ? <EmotionFace level={record.emotion} size={20} /> : null}
                    </span>
                    <span className="map-card-meta muted small" dir="auto">
                      {t(`kinds.${tp.kind}`)} · {tp.channel}
                      {photos ? ` · ${t('map.photos', { count: photos })}` : ''}
                    </span>
                    <span
                      className="chips"
                      aria-label={t('map.answersLabel', {
                        pass: marks.filter((m) => m === 'pass').length,
                        fail: marks.filter((m) => m === 'fail').length,
                        open: marks.filter((m) => m === 'open').length,
                      })}
                    >
                      {marks.map((m, i) => (
                        <span key={i} className={`chip chip-${m}`} aria-hidden="true">
                          {m === 'pass' ? '✓' : m === 'fail' ? '✗' : m === 'na' ? '–' : '·'}
                        </span>
                      ))}
                    </span>
                    {record?.painPoints ? (
                      <span className="map-pain" dir="auto">
                        ⚠ {record.painPoints.length > 140 ? `${record.painPoints.slice(0, 140)}…` : record.painPoints}
                      </span>
                    ) : null}
                  </button>
                );
              })}
            </section>
          ))}
        </div>
      </div>
    </main>
  );
}

/** What the chips and the cards' edges mean: the edge colour is named in words, never left to the colour alone. */
function MapLegend() {
  const { t } = useTranslation();
  return (
    <div className="map-legend" role="group" aria-label={t('map.legend')} data-testid="map-legend">
      <span className="map-legend-group">
        <span className="chip chip-pass">✓ {t('map.pass')}</span>
        <span className="chip chip-fail">✗ {t('map.fail')}</span>
        <span className="chip chip-na">– {t('walk.na')}</span>
        <span className="chip chip-open">· {t('map.open')}</span>
        <span>★ {t('walk.momentOfTruth')}</span>
      </span>
      <span className="map-legend-group" data-testid="map-edge-legend">
        <span className="muted">{t('map.edge.title')}:</span>
        {CARD_EDGES.map((edge) => (
          <span key={edge} className="edge-key" data-edge={edge}>
            <span className={`edge-swatch edge-${edge}`} aria-hidden="true" />
            {t(`map.edge.${edge}`)}
          </span>
        ))}
      </span>
    </div>
  );
}
