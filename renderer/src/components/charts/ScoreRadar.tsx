import { useTranslation } from 'react-i18next';
import { Legend, PolarAngleAxis, PolarGrid, PolarRadiusAxis, Radar, RadarChart, Tooltip } from 'recharts';
import { chartValue, formatPercent } from '../../lib/format-score';
import { ChartFrame } from './ChartFrame';
import { PercentTable } from './PercentTable';
import { AFTER_COLOUR, BEFORE_COLOUR } from './palette';

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
        <RadarChart width={width} height={280} data={data} outerRadius="70%">
          <PolarGrid />
          <PolarAngleAxis dataKey="label" tick={{ fontSize: 12 }} />
          <PolarRadiusAxis domain={[0, 100]} tickCount={5} tick={{ fontSize: 10 }} angle={90} />
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
