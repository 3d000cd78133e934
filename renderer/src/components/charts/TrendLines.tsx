import { useTranslation } from 'react-i18next';
import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { chartValue, formatPercent } from '../../lib/format-score';
import { ChartFrame } from './ChartFrame';
import { PercentTable } from './PercentTable';
import { DASHES, SERIES_COLOURS } from './palette';

export interface TrendSeries {
  key: string;
  name: string;
  values: (number | null)[];
}

/** Scores over successive audits; each series has its own colour and dash so it reads in grey too. */
export function TrendLines({
  title,
  subtitle,
  points,
  series,
  rtl,
  testId,
}: {
  title: string;
  subtitle?: string;
  points: string[];
  series: TrendSeries[];
  rtl: boolean;
  testId?: string;
}) {
  const { t, i18n } = useTranslation();
  const data = points.map((label, i) => ({
    label,
    ...Object.fromEntries(series.map((s) => [s.key, chartValue(s.values[i])])),
  }));
  const table = (
    <PercentTable columns={points} rows={series.map((s) => ({ key: s.key, label: s.name, values: s.values }))} />
  );
  return (
    <ChartFrame title={title} subtitle={subtitle} table={table} testId={testId}>
      <ResponsiveContainer width="100%" height={260}>
        <LineChart data={data} margin={{ top: 10, right: 16, bottom: 4, left: 16 }}>
          <CartesianGrid strokeDasharray="3 3" vertical={false} />
          <XAxis
            dataKey="label"
            reversed={rtl}
            tick={{ fontSize: 11 }}
            interval="preserveStartEnd"
            padding={{ left: 40, right: 40 }}
          />
          <YAxis
            domain={[0, 100]}
            ticks={[0, 25, 50, 75, 100]}
            unit="%"
            width={48}
            orientation={rtl ? 'right' : 'left'}
            tick={{ fontSize: 11 }}
          />
          <Tooltip formatter={(v, name) => [formatPercent(t, i18n.language, typeof v === 'number' ? v : null), name]} />
          {/* One series is named by the chart's title: a legend would only cost a second layout of the chart. */}
          {series.length > 1 ? <Legend itemSorter={null} /> : null}
          {series.map((s, i) => (
            <Line
              key={s.key}
              type="monotone"
              dataKey={s.key}
              name={s.name}
              stroke={SERIES_COLOURS[i % SERIES_COLOURS.length]}
              strokeDasharray={DASHES[i % DASHES.length]}
              strokeWidth={i === 0 ? 3 : 2}
              dot={{ r: points.length > 40 ? 0 : 4 }}
              connectNulls
              isAnimationActive={false}
            />
          ))}
        </LineChart>
      </ResponsiveContainer>
    </ChartFrame>
  );
}
