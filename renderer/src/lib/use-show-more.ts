import { useState } from 'react';

/**
 * The first `page` items of a long list, and a way to show the next ones: a table of a thousand
 * rows would otherwise hold the window's thread for half a second while it is laid out.
 */
export function useShowMore<T>(
  items: readonly T[],
  page: number,
): { visible: readonly T[]; hidden: number; showMore(): void } {
  const [limit, setLimit] = useState(page);
  return {
    visible: items.length > limit ? items.slice(0, limit) : items,
    hidden: Math.max(0, items.length - limit),
    showMore: () => setLimit((l) => l + page * 4),
  };
}
