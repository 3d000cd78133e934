import type { ReportData } from '../../../../shared/api/reports-api';
import type { SectionDelta } from '../../../../shared/comparison/comparison-types';
import type { SectionScore } from '../../../../shared/scoring/score-types';
import { HeatTableView } from '../../components/charts/HeatTableView';
import {
  BASELINE_SERIES,
  CURRENT_SERIES,
  PrintBars,
  PrintEmotionCurve,
  PrintFigure,
  PrintLegend,
  type PrintBarRow,
} from './print-charts';
import { ReportSectionFrame, useReportFormat } from './report-common';

/** More channels than this make bars too thin to label: the channels are then left to the heat table and the findings. */
const MAX_CHANNEL_BARS = 12;

/** Scores by stage, kind and channel (before and after, when there is a baseline), the stage × kind heat table and the emotion curve. */
export function ReportCharts({ data, rtl }: { data: ReportData; rtl: boolean }) {
  const { t } = useReportFormat();
  const { score, baseline, audit } = data;
  const cmp = baseline?.comparison ?? null;
  const stageNames = new Map(audit.definition.stages.map((s) => [s.id, s.name]));
  const current = CURRENT_SERIES(cmp ? t('report.charts.thisAudit', { title: audit.title }) : t('report.charts.score'));
  const before = BASELINE_SERIES(t('report.charts.baseline', { title: baseline?.audit.title ?? '' }));
  // Reading order: the baseline first (on the left, or on the right in Arabic, where the axis runs the other way).
  const series = cmp ? (rtl ? [current, before] : [before, current]) : [current];
  const legend = cmp ? <PrintLegend series={[before, current]} /> : undefined;
  const subtitle = cmp ? t('report.charts.likeForLike') : t(`insights.method.${score.method}`);

  const fromScores = (sections: SectionScore[], label: (key: string) => string): PrintBarRow[] =>
    sections.map((s) => ({ label: label(s.key), current: s.percent }));
  const fromDeltas = (sections: SectionDelta[], label: (d: SectionDelta) => string): PrintBarRow[] =>
    sections.map((d) => ({ label: label(d), current: d.after, baseline: d.before }));
  const stageRows = cmp
    ? fromDeltas(cmp.stages, (d) => stageNames.get(d.key) ?? d.label)
    : fromScores(score.stages, (k) => stageNames.get(k) ?? k);
  const kindRows = cmp
    ? fromDeltas(cmp.kinds, (d) => t(`kinds.${d.key}`))
    : fromScores(score.kinds, (k) => t(`kinds.${k}`));
  const channels = score.channels.filter((c) => c.percent !== null);

  return (
    <ReportSectionFrame id="charts" title={t('report.sections.charts')}>
      <PrintFigure title={t('insights.byStage')} subtitle={subtitle} legend={legend} testId="report-chart-stages">
        <PrintBars rows={stageRows} series={series} rtl={rtl} height={240} />
      </PrintFigure>
      <PrintFigure title={t('insights.byKind')} subtitle={subtitle} legend={legend} testId="report-chart-kinds">
        <PrintBars rows={kindRows} series={series} rtl={rtl} height={220} />
      </PrintFigure>
      {channels.length > 1 && channels.length <= MAX_CHANNEL_BARS ? (
        <PrintFigure
          title={t('report.charts.byChannel')}
          subtitle={t(`insights.method.${score.method}`)}
          testId="report-chart-channels"
        >
          <PrintBars
            rows={fromScores(channels, (k) => k)}
            series={[CURRENT_SERIES(t('report.charts.score'))]}
            rtl={rtl}
            height={220}
          />
        </PrintFigure>
      ) : null}
      <div className="report-heat pb-avoid">
        <HeatTableView
          title={cmp ? t('report.charts.heatAfter') : t('insights.stageByKind')}
          heat={data.heat}
          testId="report-heat"
        />
      </div>
      {cmp ? (
        <div className="report-heat pb-avoid">
          <HeatTableView
            title={t('report.charts.heatBefore', { title: baseline!.audit.title })}
            heat={cmp.heatBefore}
          />
        </div>
      ) : null}
      {cmp && cmp.emotionCurve.some((p) => p.before !== null || p.after !== null) ? (
        <PrintFigure
          title={t('insights.emotionCurve')}
          legend={<PrintLegend series={[current, before]} line />}
          testId="report-chart-emotion"
        >
          <PrintEmotionCurve
            rows={cmp.emotionCurve.map((p) => ({
              label: stageNames.get(p.stageId) ?? p.label,
              current: p.after === null ? null : Math.round(p.after * 10) / 10,
              baseline: p.before === null ? null : Math.round(p.before * 10) / 10,
            }))}
            series={[current, before]}
            rtl={rtl}
            height={230}
          />
        </PrintFigure>
      ) : null}
    </ReportSectionFrame>
  );
}
