import type { CellValue } from './neutralize-cell';

/**
 * How a column's values are written: `text` as text (neutralised), `number` as a plain number,
 * `percent` as a fraction (0.633) shown as a percentage in the XLSX, `boolean` as true/false.
 * A null value is an empty cell in every kind: "no score" is never written as 0.
 */
export type ColumnKind = 'text' | 'number' | 'percent' | 'boolean';

export interface ExportColumn<R> {
  /** The stable column id, written as the header: it never changes with the language. */
  id: Extract<keyof R, string>;
  kind: ColumnKind;
}

/** One sheet (XLSX) or file (CSV): the columns in order and the rows, each an object keyed by column id. */
export interface ExportTable<R extends { [K in keyof R]: CellValue } = Record<string, CellValue>> {
  name: string;
  columns: readonly ExportColumn<R>[];
  rows: readonly R[];
}

/** Any table, its row type forgotten: what the file writers take (they read cells by column id). */
export interface AnyExportTable {
  name: string;
  columns: readonly { id: string; kind: ColumnKind }[];
  rows: readonly object[];
}

/** The cell of a row under a column id (rows are plain objects keyed by column id). */
export const cellOf = (row: object, id: string): CellValue => (row as Record<string, CellValue>)[id] ?? null;

/** Columns in the order of `spec`'s keys; the type makes a missing or unknown column id a compile error. */
export function columnsOf<R>(spec: { [K in Extract<keyof R, string>]: ColumnKind }): ExportColumn<R>[] {
  return (Object.keys(spec) as Extract<keyof R, string>[]).map((id) => ({ id, kind: spec[id] }));
}
