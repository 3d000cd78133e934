/** Roughly how wide a character of the 11 px tick font is, to break labels before they collide. */
const CHAR_PX = 6.2;
const MAX_LINES = 3;

/** Splits a label into at most three lines that fit `width` pixels; the last line ends in … when cut. */
export function wrapLabel(label: string, width: number): string[] {
  const perLine = Math.max(4, Math.floor(width / CHAR_PX));
  const lines: string[] = [];
  let line = '';
  for (const word of label.split(/\s+/).filter(Boolean)) {
    const next = line ? `${line} ${word}` : word;
    if (next.length <= perLine) line = next;
    else {
      if (line) lines.push(line);
      line = word.length > perLine ? `${word.slice(0, perLine - 1)}…` : word;
    }
  }
  if (line) lines.push(line);
  if (lines.length > MAX_LINES) {
    const kept = lines.slice(0, MAX_LINES);
    kept[MAX_LINES - 1] = `${kept[MAX_LINES - 1]!.slice(0, perLine - 1)}…`;
    return kept;
  }
  return lines;
}

interface TickProps {
  x?: number | string;
  y?: number | string;
  width?: number | string;
  visibleTicksCount?: number;
  payload?: { value?: unknown };
}

/**
 * A category label on a bar chart's axis, wrapped into its band (the whole label stays in the
 * chart's table and tooltip): at 1024 px or with ten stages, labels no longer run into each other.
 */
export function WrappedTick(props: TickProps) {
  const x = Number(props.x ?? 0);
  const y = Number(props.y ?? 0);
  const band = Number(props.width ?? 0) / Math.max(1, props.visibleTicksCount ?? 1);
  const label = String(props.payload?.value ?? '');
  const lines = wrapLabel(label, band - 6);
  return (
    <text className="axis-label" x={x} y={y + 4} textAnchor="middle" fontSize={11} fill="#444c57">
      <title>{label}</title>
      {lines.map((line, i) => (
        <tspan key={i} x={x} dy={i === 0 ? '0.8em' : '1.15em'}>
          {line}
        </tspan>
      ))}
    </text>
  );
}
