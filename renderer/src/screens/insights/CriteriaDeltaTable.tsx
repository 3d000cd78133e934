import { useVirtualizer } from '@tanstack/react-virtual';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { CriterionDelta, TouchpointDelta } from '../../../../shared/comparison/comparison-types';
import { formatPercent } from '../../lib/format-score';
import { ChangeBadge } from './ChangeBadge';

/** A row's height before it is measured (one line of text); real heights are reported once rows are laid out. */
const ROW_ESTIMATE_PX = 38;

/**
 * Every criterion's before and after, in a scrolling box that draws only the rows in view (a
 * comparison of 960 criteria lays out about twenty): the whole list stays one scroll away, with
 * its row count and each row's place told to assistive technology.
 */
export function CriteriaDeltaTable({
  criteria,
  touchpoints,
  before,
  after,
}: {
  criteria: readonly CriterionDelta[];
  touchpoints: ReadonlyMap<string, TouchpointDelta>;
  before: string;
  after: string;
}) {
  const { t, i18n } = useTranslation();
  const pct = (v: number | null) => formatPercent(t, i18n.language, v);
  const box = useRef<HTMLDivElement>(null);
  const rows = useVirtualizer({
    count: criteria.length,
    getScrollElement: () => box.current,
    estimateSize: () => ROW_ESTIMATE_PX,
    overscan: 6,
    // Heights as the ResizeObserver reports them after the browser's own layout; the default reads each
    // row's height as it mounts, which lays out the whole page inside the table's first draw.
    measureElement: (row, entry, v) => {
      const box = entry?.borderBoxSize?.[0];
      if (box) return Math.round(box.blockSize);
      return v.itemSizeCache.get(v.options.getItemKey(v.indexFromElement(row))) ?? ROW_ESTIMATE_PX;
    },
  });
  const items = rows.getVirtualItems();
  const top = items[0]?.start ?? 0;
  const bottom = rows.getTotalSize() - (items[items.length - 1]?.end ?? 0);
  return (
    <div ref={box} className="virtual-table-box" tabIndex={0} role="region" aria-label={t('insights.criteriaTable')}>
      <table className="data-table" data-testid="criteria-table" aria-rowcount={criteria.length + 1}>
        <thead>
          <tr aria-rowindex={1}>
            <th scope="col">{t('insights.touchpoint')}</th>
            <th scope="col">{t('insights.criterion')}</th>
            <th scope="col">{before}</th>
            <th scope="col">{after}</th>
            <th scope="col">{t('insights.change')}</th>
          </tr>
        </thead>
        {top > 0 ? (
          <tbody aria-hidden="true">
            <tr style={{ height: top }} />
          </tbody>
        ) : null}
        <tbody>
          {items.map((item) => {
            const cr = criteria[item.index]!;
            const tp = touchpoints.get(cr.touchpointId);
            return (
              <tr
                key={`${cr.touchpointId}/${cr.criterionId}`}
                ref={rows.measureElement}
                data-index={item.index}
                aria-rowindex={item.index + 2}
                data-criterion={`${cr.touchpointId}/${cr.criterionId}`}
              >
                <td dir="auto">
                  {tp?.momentOfTruth ? '★ ' : ''}
                  {tp?.name ?? cr.touchpointId}
                </td>
                <td dir="auto">
                  {cr.question}
                  {cr.critical ? <span className="chip chip-fail small-chip">{t('walk.critical')}</span> : null}
                </td>
                <td className="num">{pct(cr.before)}</td>
                <td className="num">{pct(cr.after)}</td>
                <td>
                  <ChangeBadge change={cr.change} movement={cr.movement} />
                </td>
              </tr>
            );
          })}
        </tbody>
        {bottom > 0 ? (
          <tbody aria-hidden="true">
            <tr style={{ height: bottom }} />
          </tbody>
        ) : null}
      </table>
    </div>
  );
}
