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
  outlineFirst = false,
  wide = false,
  testId,
}: {
  title: string;
  subtitle?: string;
  table: ReactNode;
  /**
   * The plot at the plot box's width in CSS pixels (a chart is given its size, never measures it while it
   * mounts). With `outlineFirst`, first its outline (`whole` false: axes and grid), then in a later turn the whole.
   */
  children: (width: number, whole: boolean) => ReactNode;
  /** Draw the outline and the marks in two turns of the draw queue: each is about half the work of a whole chart. */
  outlineFirst?: boolean;
  /** The chart takes a whole row of its grid (a curve across every stage needs the room). */
  wide?: boolean;
  testId?: string;
}) {
  const { t } = useTranslation();
  const [asTable, setAsTable] = useState(false);
  // A plot is drawn when it comes near the screen, one chart at a time with a paint between them
  // (draw-queue), so a page of eight charts never holds the window's thread for the sum of them.
  const [drawnHere, setDrawn] = useState(false);
  const [whole, setWhole] = useState(!outlineFirst);
  const frame = useRef<HTMLElement>(null);
  // The plot box's width, as the browser reports it after a layout (ResizeObserver): a chart that reads its
  // container's size while it mounts forces a layout of the whole page inside its own task.
  const plot = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState(0);
  useEffect(() => {
    const el = plot.current;
    if (!el) return;
    const observer = new ResizeObserver((entries) => {
      const box = entries[entries.length - 1]!.contentRect;
      setWidth(Math.floor(box.width));
    });
    observer.observe(el);
    return () => observer.disconnect();
  }, [asTable]);
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
  const plotted = drawnHere && width > 0;
  useEffect(() => {
    if (!plotted) return;
    drawn();
    // The marks take a turn of their own once the outline is painted.
    if (!whole) return queueDraw(() => setWhole(true));
  }, [plotted, whole]);
  const id = useId();
  return (
    <figure
      ref={frame}
      className={wide ? 'chart-frame chart-frame-wide' : 'chart-frame'}
      aria-labelledby={id}
      data-testid={testId}
      data-drawn={drawnHere && whole}
    >
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
        <div ref={plot} dir="ltr" className="chart-plot">
          {plotted ? children(width, whole) : null}
        </div>
      )}
    </figure>
  );
}
