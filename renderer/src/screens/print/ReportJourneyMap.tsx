import { useMemo } from 'react';
import type { ReportData } from '../../../../shared/api/reports-api';
import { answerKey, indexAnswers } from '../../../../shared/audit-progress';
import { touchpointsInScope } from '../../../../shared/domain/audit';
import type { Stage, Touchpoint } from '../../../../shared/domain/template';
import { EmotionFace } from '../../components/EmotionFace';
import { KindIcon } from '../../components/KindIcon';
import { CURRENT_SERIES, PRINT_CONTENT_WIDTH, PrintEmotionCurve, PrintFigure } from './print-charts';
import { answerMark } from '../../../../shared/scoring/answer-marks';
import { MARK_SYMBOL } from './report-format';
import { ReportSectionFrame, ScoreText, UserText, useReportFormat } from './report-common';

/**
 * Stage columns side by side on paper: up to five share one band (3.6 cm each at five); more are
 * split into bands as even as possible, at most four columns each (six: 3 + 3, seven: 4 + 3).
 */
export function columnsPerBand(stages: number): number {
  if (stages <= 5) return Math.max(2, stages);
  const bands = Math.ceil(stages / 4);
  return Math.ceil(stages / bands);
}
const PAIN_MAX = 160;

interface Column {
  stage: Stage;
  touchpoints: Touchpoint[];
  emotion: number | null;
}

/** The journey map for paper: the emotion curve over each band of stage columns, touchpoints as cards. */
export function ReportJourneyMap({ data, rtl }: { data: ReportData; rtl: boolean }) {
  const { t } = useReportFormat();
  const { audit, score } = data;
  const answers = useMemo(() => indexAnswers(audit.answers), [audit.answers]);
  const records = useMemo(() => new Map(audit.records.map((r) => [r.touchpointId, r])), [audit.records]);
  const scores = useMemo(() => new Map(score.touchpoints.map((tp) => [tp.touchpointId, tp])), [score.touchpoints]);

  const columns = useMemo(() => {
    const out: Column[] = [];
    for (const { stage, touchpoint } of touchpointsInScope(audit.definition, audit.scope)) {
      const last = out[out.length - 1];
      if (last && last.stage.id === stage.id) last.touchpoints.push(touchpoint);
      else out.push({ stage, touchpoints: [touchpoint], emotion: null });
    }
    for (const col of out) {
      const emotions = col.touchpoints
        .map((tp) => records.get(tp.id)?.emotion ?? null)
        .filter((e): e is 1 | 2 | 3 | 4 | 5 => e !== null);
      col.emotion = emotions.length ? emotions.reduce((a, b) => a + b, 0) / emotions.length : null;
    }
    return out;
  }, [audit, records]);

  const card = (tp: Touchpoint) => {
    const record = records.get(tp.id);
    const tpScore = scores.get(tp.id);
    const marks = tp.criteria.map((c) => answerMark(answers.get(answerKey(tp.id, c.id))?.value, c));
    const pain = record?.painPoints.trim() ?? '';
    return (
      <div
        className={`map-print-card${marks.includes('fail') || tpScore?.criticalFailed ? ' has-fail' : ''}`}
        data-testid={`report-map-card-${tp.id}`}
      >
        {/* Marks on their own line, so the name has the card's whole width and breaks only between words. */}
        <div className="map-print-card-marks">
          <KindIcon kind={tp.kind} size={14} />
          {tp.momentOfTruth ? <span title={t('walk.momentOfTruth')}>★</span> : null}
          {record?.emotion ? <EmotionFace level={record.emotion} size={16} /> : null}
        </div>
        <UserText className="map-print-name" text={tp.name} />
        <div className="report-muted report-small">
          {t(`kinds.${tp.kind}`)} · <bdi>{tp.channel}</bdi>
          {record?.emotion ? ` · ${t(`emotions.${record.emotion}`)}` : ''}
        </div>
        <div className="map-print-score">
          <ScoreText percent={tpScore?.percent ?? null} knockout={tpScore?.criticalFailed ?? false} />
        </div>
        <div className="report-chips" aria-hidden="true">
          {marks.map((m, i) => (
            <span key={i} className={`report-chip chip-${m}`}>
              {MARK_SYMBOL[m]}
            </span>
          ))}
        </div>
        {pain ? (
          <UserText
            as="p"
            className="map-print-pain"
            text={`⚠ ${pain.length > PAIN_MAX ? `${pain.slice(0, PAIN_MAX)}…` : pain}`}
          />
        ) : null}
      </div>
    );
  };

  const perBand = columnsPerBand(columns.length);
  const bands: Column[][] = [];
  for (let i = 0; i < columns.length; i += perBand) bands.push(columns.slice(i, i + perBand));
  const legend = (
    <p className="map-print-legend report-small">
      <span className="report-chip chip-pass">{MARK_SYMBOL.pass}</span> {t('map.pass')}{' '}
      <span className="report-chip chip-fail">{MARK_SYMBOL.fail}</span> {t('map.fail')}{' '}
      <span className="report-chip chip-na">{MARK_SYMBOL.na}</span> {t('walk.na')}{' '}
      <span className="report-chip chip-open">{MARK_SYMBOL.open}</span> {t('map.open')} · ★ {t('walk.momentOfTruth')}
    </p>
  );

  return (
    <ReportSectionFrame id="journeyMap" title={t('report.sections.journeyMap')} intro={t('report.journeyMap.intro')}>
      {legend}
      {columns.length === 0 ? <p className="report-muted">{t('report.journeyMap.empty')}</p> : null}
      {bands.map((band, b) => {
        // Every band is as wide as the page, so its columns (and the curve's points above them) line up band after band.
        const width = PRINT_CONTENT_WIDTH;
        const colWidth = width / perBand;
        const curveWidth = colWidth * band.length;
        return (
          <div key={b} className="map-print-band">
            {band.some((c) => c.emotion !== null) ? (
              <PrintFigure title={t('map.curveTitle')} testId={b === 0 ? 'report-emotion-curve' : undefined}>
                <div
                  className="map-print-curve"
                  style={{ width: curveWidth, marginInlineStart: rtl ? width - curveWidth : 0 }}
                >
                  <PrintEmotionCurve
                    rows={band.map((c) => ({
                      label: c.stage.name,
                      current: c.emotion,
                    }))}
                    series={[CURRENT_SERIES(t('map.avgEmotion'))]}
                    rtl={rtl}
                    width={curveWidth}
                    height={150}
                    bands
                  />
                </div>
              </PrintFigure>
            ) : (
              <p className="report-muted report-small pb-avoid">
                {t('map.curveTitle')}: {t('map.noEmotion')}
              </p>
            )}
            {/* A table, so its header row of stage names is repeated on every page the band continues on;
                each row (the n-th touchpoint of every stage) is kept whole. */}
            <table className="map-print-board" style={{ width }} data-testid={b === 0 ? 'report-map-board' : undefined}>
              <colgroup>
                {Array.from({ length: perBand }, (_, i) => (
                  <col key={i} style={{ width: colWidth }} />
                ))}
              </colgroup>
              <thead>
                <tr>
                  {band.map((col) => (
                    <th key={col.stage.id} scope="col" className="map-print-stage" dir="auto">
                      {col.stage.name}
                    </th>
                  ))}
                  {band.length < perBand ? <td colSpan={perBand - band.length} /> : null}
                </tr>
              </thead>
              <tbody>
                {Array.from({ length: Math.max(...band.map((c) => c.touchpoints.length)) }, (_, row) => (
                  <tr key={row} className="pb-avoid">
                    {band.map((col) => {
                      const tp = col.touchpoints[row];
                      return <td key={col.stage.id}>{tp ? card(tp) : null}</td>;
                    })}
                    {band.length < perBand ? <td colSpan={perBand - band.length} /> : null}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        );
      })}
    </ReportSectionFrame>
  );
}
