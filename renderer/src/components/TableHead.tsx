import type { ReactNode } from 'react';

/** A column heading; numeric columns are aligned to the end (the `num` class). */
export type Column = ReactNode | { label: ReactNode; num: true };

/** A number column's heading. */
export const numeric = (label: ReactNode): Column => ({ label, num: true });

const isNum = (c: Column): c is { label: ReactNode; num: true } =>
  typeof c === 'object' && c !== null && 'num' in c && c.num === true;

/** The header row of a data table: one `th scope="col"` per column, in reading order. */
export function TableHead({ columns }: { columns: readonly Column[] }) {
  return (
    <thead>
      <tr>
        {columns.map((c, i) =>
          isNum(c) ? (
            <th key={i} scope="col" className="num">
              {c.label}
            </th>
          ) : (
            <th key={i} scope="col">
              {c}
            </th>
          ),
        )}
      </tr>
    </thead>
  );
}
