import { useId, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * A chart with its title and a switch to the same numbers as a table. The plot is drawn left to
 * right in every language (the charts reverse their own axes for Arabic), because SVG text in a
 * right-to-left box is misplaced by the browser.
 */
export function ChartFrame({ title, subtitle, table, children, testId }: { title: string; subtitle?: string; table: ReactNode; children: ReactNode; testId?: string }) {
  const { t } = useTranslation();
  const [asTable, setAsTable] = useState(false);
  const id = useId();
  return (
    <figure className="chart-frame" aria-labelledby={id} data-testid={testId}>
      <figcaption className="chart-head">
        <span>
          <strong id={id}>{title}</strong>
          {subtitle ? <span className="muted small"> · {subtitle}</span> : null}
        </span>
        <button type="button" className="button button-small" aria-pressed={asTable} onClick={() => setAsTable((v) => !v)} data-testid="chart-table-toggle">
          {asTable ? t('insights.showChart') : t('insights.showTable')}
        </button>
      </figcaption>
      {asTable ? <div className="chart-table">{table}</div> : <div dir="ltr" className="chart-plot">{children}</div>}
    </figure>
  );
}
