/**
 * The consultant's report text: a small markdown subset, parsed into plain data that the renderer
 * turns into React elements (never into HTML, so user text is always text).
 *
 * - A blank line separates paragraphs; single line breaks inside a paragraph are kept.
 * - Lines starting with "- " or "* " make a bulleted list; "1. " (any number, or "1)") a numbered one.
 * - A line starting with "## " is a heading.
 * - **bold** inside any line.
 */
export interface RichSpan {
  text: string;
  bold: boolean;
}
export type RichLine = RichSpan[];
export type RichBlock =
  | { type: 'paragraph'; lines: RichLine[] }
  | { type: 'heading'; line: RichLine }
  | { type: 'bullets'; items: RichLine[] }
  | { type: 'numbers'; items: RichLine[] };

const BULLET = /^\s*[-*•]\s+(.*)$/;
const NUMBER = /^\s*\d{1,3}[.)]\s+(.*)$/;
const HEADING = /^\s*#{1,3}\s+(.*)$/;

/** Bold runs of a line: "**" pairs toggle bold; an unmatched "**" is kept as written. */
export function parseSpans(line: string): RichLine {
  const parts = line.split('**');
  if (parts.length % 2 === 0) return line ? [{ text: line, bold: false }] : [];
  return parts.map((text, i) => ({ text, bold: i % 2 === 1 })).filter((s) => s.text !== '');
}

export function parseRichText(source: string): RichBlock[] {
  const blocks: RichBlock[] = [];
  let current: RichBlock | null = null;
  const close = () => {
    if (current) blocks.push(current);
    current = null;
  };
  for (const raw of source.replace(/\r\n?/g, '\n').split('\n')) {
    const line = raw.trimEnd();
    if (line.trim() === '') {
      close();
      continue;
    }
    const bullet = BULLET.exec(line);
    const number = bullet ? null : NUMBER.exec(line);
    const heading = bullet || number ? null : HEADING.exec(line);
    if (bullet || number) {
      const type = bullet ? 'bullets' : 'numbers';
      const item = parseSpans((bullet ?? number)![1]!);
      const open = current as RichBlock | null;
      if (open && open.type === type) open.items.push(item);
      else {
        close();
        current = { type, items: [item] };
      }
    } else if (heading) {
      close();
      blocks.push({ type: 'heading', line: parseSpans(heading[1]!) });
    } else {
      const open = current as RichBlock | null;
      if (open && open.type === 'paragraph') open.lines.push(parseSpans(line.trim()));
      else if (open && (open.type === 'bullets' || open.type === 'numbers') && /^\s{2,}/.test(raw)) {
        // An indented line continues the list item above it.
        const last = open.items[open.items.length - 1]!;
        last.push({ text: ' ', bold: false }, ...parseSpans(line.trim()));
      } else {
        close();
        current = { type: 'paragraph', lines: [parseSpans(line.trim())] };
      }
    }
  }
  close();
  return blocks;
}
