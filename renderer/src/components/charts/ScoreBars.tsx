import { useTranslation } from 'react-i18next';
import { Bar, BarChart, CartesianGrid, LabelList, Legend, Tooltip, XAxis, YAxis } from 'recharts';
import { barePercent, chartValue, formatPercent, percentText } from '../../lib/format-score';

import { ChartFrame } from './ChartFrame';
import { PercentTable } from './PercentTable';
import { axisLabels, categoryBand, CHART_MARGIN_X as MARGIN_X, WrappedTick } from './WrappedTick';

const LABEL_FONT = 11;
/** Roughly how wide a glyph of the label font is, in em. */
const LABEL_CHAR_EM = 0.6;
const Y_AXIS_PX = 48;

/**
 * Whether the value labels stand on end: a label wider than its bar (several series in a narrow chart) would run
 * into its neighbour's, so each is turned to read upwards above its bar. `sample` is the longest label's text.
 */
export function upright(width: number, rows: number, series: number, sample: string): boolean {
  const band = categoryBand(width, Y_AXIS_PX, rows);
  // recharts' defaults: 10% of the band on each side of a group, 4 px between the bars of a group.
  const bar = (band * 0.8 - 4 * (series - 1)) / Math.max(1, series);
  return sample.length * LABEL_FONT * LABEL_CHAR_EM > bar;
}

interface ValueLabelProps {
  language: string;
  /** Turned to read upwards (narrow bars). */
  stand: boolean;
  /** Given by recharts' LabelList: the bar's box and value. */
  x?: number | string;
  y?: number | string;
  width?: number | string;
  value?: unknown;
}

/** The value on a bar, in the app's one percent format (as the chart's table and tooltip); upright when bars are narrow. */
function BarValue({ language, stand, ...bar }: ValueLabelProps) {
  if (typeof bar.value !== 'number') return null;
  const cx = Number(bar.x ?? 0) + Number(bar.width ?? 0) / 2;
  const top = Number(bar.y ?? 0) - 5;
  return (
    <text
      className="bar-value"
      x={cx}
      y={top}
      transform={stand ? `rotate(-90 ${cx} ${top})` : undefined}
      textAnchor={stand ? 'start' : 'middle'}
      dominantBaseline={stand ? 'central' : undefined}
      fontSize={LABEL_FONT}
      fill="#1b2430"
    >
      {percentText(language, bar.value)}
    </text>
  );
}

export interface BarSeries {
  key: string;
  name: string;
  colour: string;
}
export type BarRow = { label: string } & Record<string, number | null | string>;

/** Percent bars per section, one bar per series (e.g. before and after); "no score" is a gap, not a zero bar. */
export function ScoreBars({
  title,
  subtitle,
  rows,
  series,
  rtl,
  testId,
  height = 260,
}: {
  title: string;
  subtitle?: string;
  rows: BarRow[];
  series: BarSeries[];
  rtl: boolean;
  testId?: string;
  height?: number;
}) {
  const { t, i18n } = useTranslation();
  const data = rows.map((r) => ({
    ...r,
    ...Object.fromEntries(series.map((s) => [s.key, chartValue(r[s.key] as number | null)])),
  }));
  const table = (
    <PercentTable
      columns={series.map((s) => s.name)}
      rows={rows.map((r) => ({ key: r.label, label: r.label, values: series.map((s) => r[s.key] as number | null) }))}
    />
  );
  return (
    <ChartFrame title={title} subtitle={subtitle} table={table} testId={testId} outlineFirst>
      {/* Drawn afresh when the direction changes: recharts keeps its bars in the order they were first mounted. */}
      {(width, whole) => {
        const stand = upright(width, rows.length, series.length, barePercent(i18n.language, 100));
        const band = categoryBand(width, Y_AXIS_PX, rows.length);
        const ticks = axisLabels(
          rows.map((r) => r.label),
          band,
        );
        return (
          <BarChart
            width={width}
            height={height + (stand ? 26 : 0)}
            key={rtl ? 'rtl' : 'ltr'}
            data={data}
            margin={{ top: stand ? 46 : 20, right: MARGIN_X, bottom: 4, left: MARGIN_X }}
          >
            <CartesianGrid strokeDasharray="3 3" vertical={false} />
            <XAxis
              dataKey="label"
              reversed={rtl}
              interval={0}
              tick={<WrappedTick band={band} fontPx={ticks.fontSize} />}
              height={ticks.height}
            />
            <YAxis
              domain={[0, 100]}
              ticks={[0, 25, 50, 75, 100]}
              unit="%"
              width={Y_AXIS_PX}
              orientation={rtl ? 'right' : 'left'}
              tick={{ fontSize: 11 }}
            />
            {/* The marks, tooltip and legend come in the chart's second turn (ChartFrame outlineFirst). */}
            {whole ? (
              <>
                <Tooltip
                  formatter={(v, name) => [formatPercent(t, i18n.language, typeof v === 'number' ? v : null), name]}
                />
                {/* One series is named by the chart's title: a legend would only cost a second layout of the chart. */}
                {series.length > 1 ? (
                  <Legend itemSorter={(item) => series.findIndex((s) => s.key === item.dataKey)} />
                ) : null}
                {/* Right to left, each group reads before → after from the right, like the axis. */}
                {(rtl ? [...series].reverse() : series).map((s) => (
                  <Bar
                    key={s.key}
                    dataKey={s.key}
                    name={s.name}
                    fill={s.colour}
                    radius={[3, 3, 0, 0]}
                    minPointSize={2}
                    isAnimationActive={false}
                  >
                    {/* The value on each bar: a 0% bar is otherwise indistinguishable from "no score". */}
                    <LabelList dataKey={s.key} content={<BarValue language={i18n.language} stand={stand} />} />
                  </Bar>
                ))}
              </>
            ) : null}
          </BarChart>
        );
      }}
    </ChartFrame>
  );
}
