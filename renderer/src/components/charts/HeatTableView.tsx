import { useTranslation } from 'react-i18next';
import type { HeatTable } from '../../../../shared/scoring/heat-table';
import { formatPercent } from '../../lib/format-score';
import { heatColour, heatText } from './palette';

/** Stage x kind as a table: the number is always written in the cell; the shade only repeats it. */
export function HeatTableView({ title, heat, testId }: { title: string; heat: HeatTable; testId?: string }) {
  const { t, i18n } = useTranslation();
  return (
    <figure className="chart-frame" data-testid={testId}>
      <figcaption className="chart-head">
        <strong>{title}</strong>
      </figcaption>
      <table className="data-table heat-table">
        <thead>
          <tr>
            <th scope="col">{t('insights.stage')}</th>
            {heat.kinds.map((k) => (
              <th key={k} scope="col">
                {t(`kinds.${k}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {heat.stages.map((s, i) => (
            <tr key={s.key}>
              <th scope="row" dir="auto">
                {s.label}
              </th>
              {heat.kinds.map((k, j) => {
                const v = heat.cells[i]?.[j] ?? null;
                return (
                  <td key={k} className="num heat-cell" style={{ background: heatColour(v), color: heatText(v) }}>
                    {v === null ? <span className="muted">—</span> : formatPercent(t, i18n.language, v)}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
