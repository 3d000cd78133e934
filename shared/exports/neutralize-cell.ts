/**
 * Spreadsheet ("CSV" or "formula") injection guard for every text cell of a data export.
 *
 * A spreadsheet program turns a cell whose text starts with `=`, `+`, `-` or `@` into a formula
 * (`=HYPERLINK(...)`, `=cmd|' /C calc'!A0`, `@SUM(...)`), and some also treat a leading tab or
 * carriage return as the start of one. Notes, action titles, site names and even imported
 * template questions are text people typed, so an export must never let them run.
 *
 * The approach is the one OWASP recommends ("CSV Injection"): prefix such a cell with a single
 * quote `'`, which every spreadsheet shows as text, and quote every CSV field that needs it
 * (RFC 4180, done by the CSV writer). Full-width look-alikes (＝ ＋ － ＠), which some programs
 * normalise to their ASCII forms, are prefixed as well. The same text goes into the CSV and into
 * the XLSX, so both files say the same thing (in an XLSX the cell is a string cell anyway; the
 * prefix keeps it inert if someone later saves that sheet as CSV).
 *
 * Markup (`<img src=x onerror=...>`) needs no change: a spreadsheet cell is never HTML, and the
 * writers escape what their formats need (CSV quotes, XML entities). Numbers, booleans and empty
 * cells are never touched, so scores stay numeric.
 */

/** First characters that make a spreadsheet read a cell as a formula (OWASP list plus full-width forms). */
export const FORMULA_TRIGGERS: readonly string[] = [
  '=',
  '+',
  '-',
  '@',
  '\t',
  '\r',
  '\uFF1D',
  '\uFF0B',
  '\uFF0D',
  '\uFF20',
];

const TRIGGER_CODES = new Set(FORMULA_TRIGGERS.map((c) => c.charCodeAt(0)));

/** What a data export writes into one cell. `null` is an empty cell (no score, no date). */
export type CellValue = string | number | boolean | null;

/** Text as it is safe to put in a spreadsheet cell: a leading `'` when it starts with a formula trigger. */
export function neutralizeText(text: string): string {
  return text.length > 0 && TRIGGER_CODES.has(text.charCodeAt(0)) ? `'${text}` : text;
}

/**
 * Text exactly as both writers put it in a cell: neutralised, then with line breaks as a single
 * LF, the line break a spreadsheet cell uses (an XLSX reader turns CRLF into LF anyway, so the
 * CSV does the same and the two files hold the same text).
 */
export function cellText(text: string): string {
  const safe = neutralizeText(text);
  return safe.includes('\r') ? safe.replace(/\r\n?/g, '\n') : safe;
}

/** Neutralises text and leaves numbers, booleans and empty cells exactly as they are. */
export function neutralizeCell(value: CellValue): CellValue {
  return typeof value === 'string' ? neutralizeText(value) : value;
}
