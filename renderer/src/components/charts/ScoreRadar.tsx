import { useTranslation } from 'react-i18next';
import { Legend, PolarAngleAxis, PolarGrid, PolarRadiusAxis, Radar, RadarChart, Tooltip } from 'recharts';
import { chartValue, formatPercent } from '../../lib/format-score';
import { ChartFrame } from './ChartFrame';
import { PercentTable } from './PercentTable';
import { AFTER_COLOUR, BEFORE_COLOUR } from './palette';

/** recharts draws the first spoke at 90° (up) and the others clockwise: half a step on is between the first two. */
export const radiusAngle = (spokes: number): number => 90 - 180 / Math.max(1, spokes);
const RADIUS_TICK = { fontSize: 10, fill: '#444c57', stroke: '#ffffff', strokeWidth: 3, paintOrder: 'stroke' };

export interface RadarRow {
  label: string;
  before: number | null;
  after: number | null;
}

/** Before and after on a radar of kinds or channels; needs three spokes at least to mean anything. */
export function ScoreRadar({
  title,
  rows,
  beforeName,
  afterName,
  testId,
}: {
  title: string;
  rows: RadarRow[];
  beforeName: string;
  afterName: string;
  testId?: string;
}) {
  const { t, i18n } = useTranslation();
  const data = rows.map((r) => ({
    label: r.label,
    before: chartValue(r.before) ?? 0,
    after: chartValue(r.after) ?? 0,
  }));
  const table = (
    <PercentTable
      columns={[beforeName, afterName]}
      rows={rows.map((r) => ({ key: r.label, label: r.label, values: [r.before, r.after] }))}
    />
  );
  return (
    <ChartFrame title={title} table={table} testId={testId}>
      {(width) => (
        <RadarChart width={width} height={320} data={data} outerRadius="72%">
          <PolarGrid />
          <PolarAngleAxis dataKey="label" tick={{ fontSize: 12 }} />
          {/* The scale's numbers run between the first two spokes, where no spoke's name is, on a white halo. */}
          <PolarRadiusAxis
            domain={[0, 100]}
            tickCount={5}
            tick={RADIUS_TICK}
            angle={radiusAngle(rows.length)}
            axisLine={false}
          />
          <Radar
            name={beforeName}
            dataKey="before"
            stroke={BEFORE_COLOUR}
            fill={BEFORE_COLOUR}
            fillOpacity={0.15}
            strokeDasharray="6 3"
            isAnimationActive={false}
          />
          <Radar
            name={afterName}
            dataKey="after"
            stroke={AFTER_COLOUR}
            fill={AFTER_COLOUR}
            fillOpacity={0.25}
            isAnimationActive={false}
          />
          <Tooltip formatter={(v, name) => [formatPercent(t, i18n.language, typeof v === 'number' ? v : null), name]} />
          <Legend itemSorter={null} />
        </RadarChart>
      )}
    </ChartFrame>
  );
}
