import { useTranslation } from 'react-i18next';
import { CartesianGrid, Legend, Line, LineChart, Tooltip, XAxis, YAxis } from 'recharts';
import { emotionMean } from '../../lib/format-score';
import { ChartFrame } from './ChartFrame';
import { AFTER_COLOUR, BEFORE_COLOUR } from './palette';
import { axisLabels, categoryBand, CHART_MARGIN_X as MARGIN_X, WrappedTick } from './WrappedTick';

/** The emotion words' column: as wide as the longest word of the language needs. */
const yAxisWidth = (words: string[]) => Math.ceil(12 + Math.max(...words.map((w) => w.length)) * 11 * 0.58);

export interface EmotionPoint {
  label: string;
  before: number | null;
  after: number | null;
}

/** The customer's average emotion per stage, before and after, on one chart (1 angry … 5 delighted). */
export function EmotionBeforeAfter({
  points,
  rtl,
  beforeName,
  afterName,
}: {
  points: EmotionPoint[];
  rtl: boolean;
  beforeName: string;
  afterName: string;
}) {
  const { t, i18n } = useTranslation();
  const fmt = (v: number | null) =>
    v === null ? t('map.noEmotion') : `${emotionMean(i18n.language, v)} · ${t(`emotions.${Math.round(v)}`)}`;
  const table = (
    <table className="data-table">
      <thead>
        <tr>
          <th scope="col">{t('insights.stage')}</th>
          <th scope="col">{beforeName}</th>
          <th scope="col">{afterName}</th>
        </tr>
      </thead>
      <tbody>
        {points.map((p) => (
          <tr key={p.label}>
            <th scope="row" dir="auto">
              {p.label}
            </th>
            <td>{fmt(p.before)}</td>
            <td>{fmt(p.after)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
  return (
    <ChartFrame title={t('insights.emotionCurve')} table={table} testId="emotion-before-after" wide>
      {(width) => {
        const words = [1, 2, 3, 4, 5].map((v) => t(`emotions.${v}`));
        const yWidth = yAxisWidth(words);
        // Each stage has an equal band with its point in the middle (half a band of padding at each end), so the
        // first and last labels have as much room as the others and none runs into the emotion words.
        const band = categoryBand(width, yWidth, points.length);
        const ticks = axisLabels(
          points.map((p) => p.label),
          band,
        );
        return (
          <LineChart
            width={width}
            height={220 + ticks.height}
            data={points}
            margin={{ top: 14, right: MARGIN_X, bottom: 4, left: MARGIN_X }}
          >
            <CartesianGrid strokeDasharray="3 3" vertical={false} />
            <XAxis
              dataKey="label"
              reversed={rtl}
              interval={0}
              tick={<WrappedTick band={band} fontPx={ticks.fontSize} />}
              height={ticks.height}
              padding={{ left: band / 2, right: band / 2 }}
            />
            <YAxis
              domain={[1, 5]}
              ticks={[1, 2, 3, 4, 5]}
              width={yWidth}
              orientation={rtl ? 'right' : 'left'}
              tickFormatter={(v: number) => t(`emotions.${v}`)}
              tick={{ fontSize: 11 }}
            />
            <Tooltip formatter={(v, name) => [fmt(typeof v === 'number' ? v : null), name]} />
            <Legend itemSorter={null} />
            <Line
              type="monotone"
              dataKey="before"
              name={beforeName}
              stroke={BEFORE_COLOUR}
              strokeWidth={2}
              strokeDasharray="6 3"
              dot={{ r: 4 }}
              connectNulls
              isAnimationActive={false}
            />
            <Line
              type="monotone"
              dataKey="after"
              name={afterName}
              stroke={AFTER_COLOUR}
              strokeWidth={3}
              dot={{ r: 5 }}
              connectNulls
              isAnimationActive={false}
            />
          </LineChart>
        );
      }}
    </ChartFrame>
  );
}
