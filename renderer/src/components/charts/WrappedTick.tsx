import { tickLayout, tickLines, TICK_FONT_MAX, type TickLayout } from './tick-layout';

/** The room kept between two neighbouring labels, in px. */
const LABEL_GAP_PX = 6;

/**
 * How a chart's category labels are set in bands of `band` px: one font size for the row (the largest at which
 * every word fits its band, down to 7 px) and the axis height that holds the tallest label.
 */
export const axisLabels = (labels: readonly string[], band: number): TickLayout =>
  tickLayout(labels, band - LABEL_GAP_PX);

/** The side margin of a chart with category bands (recharts' `margin.left` and `margin.right`). */
export const CHART_MARGIN_X = 8;

/** The width each of `count` categories gets in a chart `width` px wide whose value axis takes `yAxis` px. */
export const categoryBand = (width: number, yAxis: number, count: number): number =>
  (width - yAxis - 2 * CHART_MARGIN_X) / Math.max(1, count);

interface TickProps {
  /** Given by recharts: where the tick is and its category. */
  x?: number | string;
  y?: number | string;
  payload?: { value?: unknown };
  /** The band each label has (px) and the font size of the row (`axisLabels`). */
  band: number;
  fontPx?: number;
}

/**
 * A category label on a chart's axis, wrapped between words into its band; a word wider than the band makes the
 * row's font smaller rather than being cut with "…" (the whole label is in its title, the table and the tooltip).
 */
export function WrappedTick({ x, y, payload, band, fontPx = TICK_FONT_MAX }: TickProps) {
  const cx = Number(x ?? 0);
  const label = String(payload?.value ?? '');
  const lines = tickLines(label, band - LABEL_GAP_PX, fontPx);
  return (
    <text className="axis-label" x={cx} y={Number(y ?? 0) + 4} textAnchor="middle" fontSize={fontPx} fill="#444c57">
      <title>{label}</title>
      {lines.map((line, i) => (
        <tspan key={i} x={cx} dy={i === 0 ? '0.8em' : '1.15em'}>
          {line}
        </tspan>
      ))}
    </text>
  );
}
