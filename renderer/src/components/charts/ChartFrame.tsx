import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { drawn, queueDraw } from '../../lib/draw-queue';

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
  // A plot is drawn when it comes near the screen, one chart at a time with a paint between them
  // (draw-queue), so a page of eight charts never holds the window's thread for the sum of them.
  const [drawnHere, setDrawn] = useState(false);
  const frame = useRef<HTMLElement>(null);
  useEffect(() => {
    const el = frame.current;
    if (!el || drawnHere) return;
    let cancel: (() => void) | null = null;
    const observer = new IntersectionObserver(
      (entries) => {
        if (cancel || !entries.some((e) => e.isIntersecting)) return;
        observer.disconnect();
        cancel = queueDraw(() => setDrawn(true));
      },
      { rootMargin: '200px' },
    );
    observer.observe(el);
    return () => {
      observer.disconnect();
      cancel?.();
    };
  }, [drawnHere]);
  useEffect(() => {
    if (drawnHere) drawn();
  }, [drawnHere]);
  const id = useId();
  return (
    <figure ref={frame} className="chart-frame" aria-labelledby={id} data-testid={testId} data-drawn={drawnHere}>
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
          {drawnHere ? children : null}
        </div>
      )}
    </figure>
  );
}
