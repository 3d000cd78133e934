import { useTranslation } from 'react-i18next';
import { formatPercent } from '../../lib/format-score';

/** The numbers behind a chart: a row per section or series, a column per series or point. */
export function PercentTable({
  columns,
  rows,
}: {
  columns: string[];
  rows: { key: string; label: string; values: (number | null)[] }[];
}) {
  const { t, i18n } = useTranslation();
  return (
    <table className="data-table">
      <thead>
        <tr>
          <th scope="col">{t('insights.section')}</th>
          {columns.map((c, i) => (
            <th key={`${c}-${i}`} scope="col" dir="auto">
              {c}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.key}>
            <th scope="row" dir="auto">
              {r.label}
            </th>
            {r.values.map((v, i) => (
              <td key={i} className="num">
                {formatPercent(t, i18n.language, v)}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
