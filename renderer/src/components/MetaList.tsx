import { Fragment } from 'react';

/**
 * Short facts in a row (site · wave · shopper), each isolated with <bdi> and the " · " between them
 * as real text outside the isolates: a separator drawn inside an item (a CSS ::before) lands on the
 * wrong side in right-to-left lines and screen readers never hear it ("Wave 2 – Q1 2027Cluj Center").
 */
export function MetaList({ items, className }: { items: readonly (string | null | undefined)[]; className?: string }) {
  const shown = items.filter((x): x is string => !!x);
  return (
    <span className={className}>
      {shown.map((x, i) => (
        <Fragment key={i}>
          {i > 0 ? ' · ' : null}
          <bdi>{x}</bdi>
        </Fragment>
      ))}
    </span>
  );
}
