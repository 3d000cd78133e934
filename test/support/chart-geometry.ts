import type { Page } from 'playwright-core';

export interface BarGroup {
  /** The category's full label (the wrapped tick keeps it in its <title>). */
  label: string;
  left: number;
  right: number;
  centre: number;
  /** Fill colours of the category's bars, from left to right on the screen. */
  fills: string[];
}

/** A drawn bar chart read from the screen: each category's label box and its bars in on-screen order. */
export function barGroups(page: Page, testId: string): Promise<BarGroup[]> {
  return page.getByTestId(testId).evaluate((frame) => {
    const labels = [...frame.querySelectorAll('text.axis-label')].map((t) => {
      const r = t.getBoundingClientRect();
      return {
        label: t.querySelector('title')?.textContent ?? '',
        left: r.left,
        right: r.right,
        centre: (r.left + r.right) / 2,
      };
    });
    const bars = [...frame.querySelectorAll('.recharts-bar-rectangle path')].map((p) => {
      const r = p.getBoundingClientRect();
      return { fill: (p.getAttribute('fill') ?? '').toUpperCase(), centre: (r.left + r.right) / 2 };
    });
    return labels.map((l) => ({
      ...l,
      fills: bars
        .filter(
          (b) =>
            labels.reduce((best, o) =>
              Math.abs(o.centre - b.centre) < Math.abs(best.centre - b.centre) ? o : best,
            ) === l,
        )
        .sort((a, b) => a.centre - b.centre)
        .map((b) => b.fill),
    }));
  });
}

/** Pairs of labels whose boxes overlap side by side (0.5 px of slack for rounding). */
export function overlappingLabels(groups: BarGroup[]): string[] {
  const sorted = [...groups].sort((a, b) => a.left - b.left);
  return sorted
    .slice(1)
    .flatMap((g, i) => (sorted[i]!.right > g.left + 0.5 ? [`${sorted[i]!.label} | ${g.label}`] : []));
}
