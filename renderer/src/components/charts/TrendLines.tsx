import { useTranslation } from 'react-i18next';
import { CartesianGrid, Legend, Line, LineChart, Tooltip, XAxis, YAxis } from 'recharts';
import { chartValue, formatPercent } from '../../lib/format-score';
import { ChartFrame } from './ChartFrame';
import { PercentTable } from './PercentTable';
import { DASHES, SERIES_COLOURS } from './palette';

const MARGIN = { top: 10, right: 16, bottom: 4, left: 16 };
const Y_AXIS_PX = 48;
const X_PADDING_PX = 40;
/** Roughly how wide a character of the 11 px tick font is (as WrappedTick), plus the gap kept between labels. */
const CHAR_PX = 6.2;
const LABEL_GAP_PX = 12;

/**
 * How many labels to pass over between two shown ones so that they do not collide, estimated from
 * their length: recharts' own spacing measures every label in the page, a layout inside the chart's draw.
 */
export function labelInterval(labels: readonly string[], plotWidth: number): number {
  if (labels.length < 2) return 0;
  const widest = Math.max(...labels.map((l) => l.length)) * CHAR_PX + LABEL_GAP_PX;
  const step = Math.max(1, plotWidth) / (labels.length - 1);
  return Math.max(0, Math.ceil(widest / step) - 1);
}

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
    <ChartFrame title={title} subtitle={subtitle} table={table} testId={testId} outlineFirst>
      {(width, whole) => (
        <LineChart width={width} height={260} data={data} margin={MARGIN}>
          <CartesianGrid strokeDasharray="3 3" vertical={false} />
          <XAxis
            dataKey="label"
            reversed={rtl}
            tick={{ fontSize: 11 }}
            interval={labelInterval(points, width - MARGIN.left - MARGIN.right - Y_AXIS_PX - 2 * X_PADDING_PX)}
            padding={{ left: X_PADDING_PX, right: X_PADDING_PX }}
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
            </>
          ) : null}
        </LineChart>
      )}
    </ChartFrame>
  );
}
