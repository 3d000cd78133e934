import { useTranslation } from 'react-i18next';
import { Bar, BarChart, CartesianGrid, LabelList, Legend, Tooltip, XAxis, YAxis } from 'recharts';
import { chartValue, formatPercent, percentText } from '../../lib/format-score';

const WHOLE = { min: 0, max: 0 };
import { ChartFrame } from './ChartFrame';
import { PercentTable } from './PercentTable';
import { WrappedTick } from './WrappedTick';

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
      {(width, whole) => (
        <BarChart
          width={width}
          height={height}
          key={rtl ? 'rtl' : 'ltr'}
          data={data}
          margin={{ top: 20, right: 8, bottom: 4, left: 8 }}
        >
          <CartesianGrid strokeDasharray="3 3" vertical={false} />
          <XAxis dataKey="label" reversed={rtl} interval={0} tick={WrappedTick} height={56} />
          <YAxis
            domain={[0, 100]}
            ticks={[0, 25, 50, 75, 100]}
            unit="%"
            width={48}
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
                  <LabelList
                    dataKey={s.key}
                    position="top"
                    fontSize={11}
                    fill="#1b2430"
                    formatter={(v) => (typeof v === 'number' ? percentText(i18n.language, v, WHOLE) : '')}
                  />
                </Bar>
              ))}
            </>
          ) : null}
        </BarChart>
      )}
    </ChartFrame>
  );
}
