import { useTranslation } from 'react-i18next';
import { CartesianGrid, Legend, Line, LineChart, Tooltip, XAxis, YAxis } from 'recharts';
import { numberFormat } from '../../lib/formatters';
import { ChartFrame } from './ChartFrame';
import { AFTER_COLOUR, BEFORE_COLOUR } from './palette';
import { WrappedTick } from './WrappedTick';

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
    v === null
      ? t('map.noEmotion')
      : `${numberFormat(i18n.language, { maximumFractionDigits: 1 }).format(v)} · ${t(`emotions.${Math.round(v)}`)}`;
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
    <ChartFrame title={t('insights.emotionCurve')} table={table} testId="emotion-before-after">
      {(width) => (
        <LineChart width={width} height={240} data={points} margin={{ top: 14, right: 16, bottom: 4, left: 16 }}>
          <CartesianGrid strokeDasharray="3 3" vertical={false} />
          <XAxis
            dataKey="label"
            reversed={rtl}
            interval={0}
            tick={WrappedTick}
            height={56}
            padding={{ left: 40, right: 40 }}
          />
          <YAxis
            domain={[1, 5]}
            ticks={[1, 2, 3, 4, 5]}
            width={84}
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
      )}
    </ChartFrame>
  );
}
