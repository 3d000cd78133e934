/**
 * Category labels under a chart's axis (on screen and on paper), never cut: a label wraps between words onto as many
 * lines as it needs, and when its longest word is wider than its band the font gets smaller (down to
 * 7 px) instead of the word being cut with "…" or running into the next label. The axis is as tall as
 * the tallest label.
 */

/** An average glyph of the app's and the report's sans-serif, in em (Noto Sans is about 0.52; a little room for wide letters). */
const CHAR_EM = 0.56;
const LINE_EM = 1.2;
export const TICK_FONT_MAX = 11;
const TICK_FONT_MIN = 7;

export interface TickLayout {
  fontSize: number;
  /** The axis height that holds every label's lines. */
  height: number;
}

/** Words (split after hyphens and slashes too, as the reader would) set into lines of at most `width` px. */
export function tickLines(label: string, width: number, fontSize: number): string[] {
  const perLine = Math.max(1, Math.floor(width / (fontSize * CHAR_EM)));
  const lines: string[] = [];
  let line = '';
  for (const word of label.split(/\s+/).filter(Boolean)) {
    const next = line ? `${line} ${word}` : word;
    if (next.length <= perLine || !line) line = next;
    else {
      lines.push(line);
      line = word;
    }
  }
  if (line) lines.push(line);
  return lines;
}

/** One font size for every label of the chart (they read as a row), the largest at which every word fits its band. */
export function tickLayout(labels: readonly string[], band: number): TickLayout {
  const longest = Math.max(1, ...labels.flatMap((l) => l.split(/\s+/).map((w) => w.length)));
  let fontSize = TICK_FONT_MAX;
  while (fontSize > TICK_FONT_MIN && longest * fontSize * CHAR_EM > band) fontSize -= 0.5;
  const lines = Math.max(1, ...labels.map((l) => tickLines(l, band, fontSize).length));
  return { fontSize, height: Math.ceil(8 + lines * fontSize * LINE_EM) };
}
