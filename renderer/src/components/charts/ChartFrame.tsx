import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * A chart with its title and a switch to the same numbers as a table. The plot is drawn left to
 * right in every language (the charts reverse their own axes for Arabic), because SVG text in a
 * right-to-left box is misplaced by the browser.
 */
export function ChartFrame({
  title,
  subtitle,
  table,
  children,
  testId,
}: {
  title: string;
  subtitle?: string;
  table: ReactNode;
  children: ReactNode;
  testId?: string;
}) {
  const { t } = useTranslation();
  const [asTable, setAsTable] = useState(false);
  // A plot is drawn when it comes near the screen, each in a task of its own, so a page of six
  // charts never holds the window's thread for the sum of them.
  const [drawn, setDrawn] = useState(false);
  const frame = useRef<HTMLElement>(null);
  useEffect(() => {
    const el = frame.current;
    if (!el || drawn) return;
    const observer = new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && setDrawn(true), {
      rootMargin: '200px',
    });
    observer.observe(el);
    return () => observer.disconnect();
  }, [drawn]);
  const id = useId();
  return (
    <figure ref={frame} className="chart-frame" aria-labelledby={id} data-testid={testId} data-drawn={drawn}>
      <figcaption className="chart-head">
        <span>
          <strong id={id}>{title}</strong>
          {subtitle ? <span className="muted small"> · {subtitle}</span> : null}
        </span>
        <button
          type="button"
          className="button button-small"
          aria-pressed={asTable}
          onClick={() => setAsTable((v) => !v)}
          data-testid="chart-table-toggle"
        >
          {asTable ? t('insights.showChart') : t('insights.showTable')}
        </button>
      </figcaption>
      {asTable ? (
        <div className="chart-table">{table}</div>
      ) : (
        <div dir="ltr" className="chart-plot">
          {drawn ? children : null}
        </div>
      )}
    </figure>
  );
}
