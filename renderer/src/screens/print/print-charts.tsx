import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Bar, BarChart, CartesianGrid, LabelList, Line, LineChart, XAxis, YAxis } from 'recharts';
import { AFTER_COLOUR, BEFORE_COLOUR } from '../../components/charts/palette';
import { chartValue, emotionMean, percentText } from '../../lib/format-score';
import { tickLayout, tickLines } from '../../components/charts/tick-layout';

/**
 * Charts for paper: a fixed size (no measuring of the container), drawn at once (no animation, no
 * lazy drawing), no tooltip or table switch. Every series differs in pattern or dash as well as
 * colour, and every value is written on the chart, so a grey-scale print reads the same.
 */

/** The report's text column: A4 (210 mm) less 14 mm margins each side, at 96 px per inch, rounded down. */
export const PRINT_CONTENT_WIDTH = 680;

export interface PrintSeries {
  key: string;
  name: string;
  /** 'solid' fills with the colour; 'hatched' draws diagonal lines of it on white. */
  style: 'solid' | 'hatched';
  colour: string;
}

export const CURRENT_SERIES = (name: string): PrintSeries => ({
  key: 'current',
  name,
  style: 'solid',
  colour: AFTER_COLOUR,
});
export const BASELINE_SERIES = (name: string): PrintSeries => ({
  key: 'baseline',
  name,
  style: 'hatched',
  colour: BEFORE_COLOUR,
});

const patternId = (colour: string) => `print-hatch-${colour.replace('#', '')}`;
const fillOf = (s: PrintSeries) => (s.style === 'hatched' ? `url(#${patternId(s.colour)})` : s.colour);

function HatchDefs({ series }: { series: PrintSeries[] }) {
  return (
    <defs>
      {series
        .filter((s) => s.style === 'hatched')
        .map((s) => (
          <pattern
            key={s.key}
            id={patternId(s.colour)}
            patternUnits="userSpaceOnUse"
            width="6"
            height="6"
            patternTransform="rotate(45)"
          >
            <rect width="6" height="6" fill="#ffffff" />
            <rect width="3" height="6" fill={s.colour} />
          </pattern>
        ))}
    </defs>
  );
}

/** The key of a chart, in HTML (so it follows the page's direction), each swatch drawn like its series. */
export function PrintLegend({ series, line = false }: { series: PrintSeries[]; line?: boolean }) {
  return (
    <ul className="report-legend">
      {series.map((s, i) => (
        <li key={s.key}>
          <svg width="26" height="14" aria-hidden="true">
            {line ? (
              <line
                x1="1"
                y1="7"
                x2="25"
                y2="7"
                stroke={s.colour}
                strokeWidth={i === 0 ? 3 : 2}
                strokeDasharray={s.style === 'hatched' ? '6 3' : undefined}
              />
            ) : (
              <>
                <HatchDefs series={[s]} />
                <rect x="1" y="1" width="24" height="12" fill={fillOf(s)} stroke={s.colour} strokeWidth="1" />
              </>
            )}
          </svg>
          <span dir="auto">{s.name}</span>
        </li>
      ))}
    </ul>
  );
}

/** A figure that is never cut across pages; the pipeline waits for every [data-print-chart] to hold its drawing. */
export function PrintFigure({
  title,
  subtitle,
  legend,
  children,
  testId,
}: {
  title: string;
  subtitle?: string | undefined;
  legend?: ReactNode;
  children: ReactNode;
  testId?: string;
}) {
  return (
    <figure className="report-chart pb-avoid" data-print-chart="" data-testid={testId}>
      <figcaption>
        <strong>{title}</strong>
        {subtitle ? <span className="report-muted"> · {subtitle}</span> : null}
      </figcaption>
      {legend}
      {/* The plot stays left to right; the axis is reversed for Arabic (SVG text in a right-to-left box is misplaced). */}
      <div dir="ltr" className="report-plot">
        {children}
      </div>
    </figure>
  );
}

/**
 * The grids draw no vertical lines, but recharts still works out where they would go, measuring
 * every category label in the page's DOM (a second for a 300-touchpoint chart): none asked for.
 */
const NO_VERTICAL_LINES = () => [];

/** A category label under the axis, on as many lines as it needs (components/charts/tick-layout.ts): never cut with "…". */
function WrappedTick(props: { x?: number; y?: number; payload?: { value: string }; width: number; fontSize: number }) {
  const lines = tickLines(props.payload?.value ?? '', props.width, props.fontSize);
  return (
    <text
      className="print-axis-label"
      x={props.x}
      y={(props.y ?? 0) + 4}
      textAnchor="middle"
      fontSize={props.fontSize}
      fill="#1b2430"
    >
      {lines.map((line, i) => (
        <tspan key={i} x={props.x} dy={i === 0 ? '0.9em' : '1.2em'}>
          {line}
        </tspan>
      ))}
    </text>
  );
}

export type PrintBarRow = { label: string } & Record<string, number | null | string>;

/** Percent bars per section (stage, kind, channel), one bar per series; "no score" is a gap with a dash, never a 0% bar. */
export function PrintBars({
  rows,
  series,
  rtl,
  width = PRINT_CONTENT_WIDTH,
  height = 230,
}: {
  rows: PrintBarRow[];
  series: PrintSeries[];
  rtl: boolean;
  width?: number;
  height?: number;
}) {
  const { i18n } = useTranslation();
  const data = rows.map((r) => ({
    ...r,
    ...Object.fromEntries(series.map((s) => [s.key, chartValue(r[s.key] as number | null)])),
  }));
  const band = (width - 56) / Math.max(1, rows.length);
  const ticks = tickLayout(
    rows.map((r) => r.label),
    band - 6,
  );
  // One decimal, as every score in the report; a 0% bar keeps a sliver and its label, so it never reads as "no score".
  const pct = (v: unknown) => (typeof v === 'number' ? percentText(i18n.language, v) : '');
  return (
    <BarChart
      width={width}
      height={height}
      data={data}
      margin={{ top: 18, right: 8, bottom: 4, left: 8 }}
      barCategoryGap="18%"
    >
      <HatchDefs series={series} />
      <CartesianGrid
        strokeDasharray="3 3"
        vertical={false}
        verticalCoordinatesGenerator={NO_VERTICAL_LINES}
        stroke="#c9cfd6"
      />
      <XAxis
        dataKey="label"
        reversed={rtl}
        interval={0}
        height={ticks.height}
        tick={<WrappedTick width={band - 6} fontSize={ticks.fontSize} />}
        tickLine={false}
      />
      <YAxis
        domain={[0, 100]}
        ticks={[0, 25, 50, 75, 100]}
        unit="%"
        width={40}
        orientation={rtl ? 'right' : 'left'}
        tick={{ fontSize: 10, fill: '#1b2430' }}
      />
      {series.map((s) => (
        <Bar
          key={s.key}
          dataKey={s.key}
          name={s.name}
          fill={fillOf(s)}
          stroke={s.colour}
          strokeWidth={1}
          minPointSize={2}
          maxBarSize={110}
          isAnimationActive={false}
        >
          <LabelList dataKey={s.key} position="top" fontSize={10} fill="#1b2430" formatter={pct} />
        </Bar>
      ))}
    </BarChart>
  );
}

export interface EmotionRow {
  label: string;
  current: number | null;
  baseline?: number | null;
}

/**
 * The customer's average emotion per stage (1 angry … 5 delighted). With `bands`, the points sit in
 * the middle of equal columns (the journey map's stages below it) and the axes are hidden.
 */
export function PrintEmotionCurve({
  rows,
  series,
  rtl,
  width = PRINT_CONTENT_WIDTH,
  height = 190,
  bands = false,
}: {
  rows: EmotionRow[];
  series: PrintSeries[];
  rtl: boolean;
  width?: number;
  height?: number;
  bands?: boolean;
}) {
  const { t, i18n } = useTranslation();
  const label = (v: unknown) =>
    typeof v === 'number' ? `${emotionMean(i18n.language, v)} ${t(`emotions.${Math.round(v)}`)}` : '';
  const band = (width - (bands ? 0 : 96)) / Math.max(1, rows.length);
  const ticks = tickLayout(
    rows.map((r) => r.label),
    band - 6,
  );
  return (
    <LineChart
      width={width}
      height={height}
      data={rows}
      margin={{ top: 22, right: bands ? 0 : 12, bottom: 4, left: bands ? 0 : 12 }}
    >
      <CartesianGrid
        strokeDasharray="3 3"
        vertical={false}
        verticalCoordinatesGenerator={NO_VERTICAL_LINES}
        stroke="#c9cfd6"
      />
      <XAxis
        dataKey="label"
        scale={bands ? 'band' : 'point'}
        reversed={rtl}
        interval={0}
        hide={bands}
        height={ticks.height}
        padding={bands ? undefined : { left: 40, right: 40 }}
        tick={<WrappedTick width={band - 6} fontSize={ticks.fontSize} />}
        tickLine={false}
      />
      <YAxis
        domain={[0.6, 5.4]}
        ticks={[1, 2, 3, 4, 5]}
        hide={bands}
        width={84}
        orientation={rtl ? 'right' : 'left'}
        tickFormatter={(v: number) => t(`emotions.${v}`)}
        tick={{ fontSize: 10, fill: '#1b2430' }}
      />
      {series.map((s, i) => (
        <Line
          key={s.key}
          type="linear"
          dataKey={s.key}
          name={s.name}
          stroke={s.colour}
          strokeWidth={i === 0 ? 3 : 2}
          strokeDasharray={s.style === 'hatched' ? '6 3' : undefined}
          dot={{
            r: i === 0 ? 4 : 3,
            fill: s.style === 'hatched' ? '#fff' : s.colour,
            stroke: s.colour,
            strokeWidth: 2,
          }}
          connectNulls
          isAnimationActive={false}
        >
          {/* A white halo keeps the label readable where the line crosses it. */}
          <LabelList
            dataKey={s.key}
            position={i === 0 ? 'top' : 'bottom'}
            offset={9}
            fontSize={10}
            fill="#1b2430"
            stroke="#ffffff"
            strokeWidth={3}
            paintOrder="stroke"
            formatter={label}
          />
        </Line>
      ))}
    </LineChart>
  );
}
