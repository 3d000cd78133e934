import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useShowMore } from '../../lib/use-show-more';
import { useRoute } from '../../stores/route-store';

interface Finding {
  auditId: string;
  touchpointId: string;
}

/** A dashboard panel of findings, each a link into the walk at its touchpoint; long lists shown a page at a time. */
export function FindingList<T extends Finding>({
  id,
  title,
  empty,
  items,
  testId,
  children,
}: {
  id: string;
  title: string;
  empty: string;
  items: readonly T[];
  testId: string;
  children(item: T): ReactNode;
}) {
  const { t } = useTranslation();
  const go = useRoute((s) => s.go);
  const list = useShowMore(items, 12);
  return (
    <section className="panel" aria-labelledby={id} data-testid={testId}>
      <h3 id={id}>{title}</h3>
      {items.length === 0 ? (
        <p className="muted">{empty}</p>
      ) : (
        <ul className="finding-list">
          {list.visible.map((item) => (
            <li key={`${item.auditId}-${item.touchpointId}`}>
              <button
                type="button"
                className="finding"
                onClick={() => go({ name: 'audit', id: item.auditId, touchpointId: item.touchpointId })}
              >
                {children(item)}
              </button>
            </li>
          ))}
        </ul>
      )}
      {list.hidden ? (
        <button type="button" className="button show-more" onClick={list.showMore}>
          {t('insights.showMore', { count: list.hidden })}
        </button>
      ) : null}
    </section>
  );
}
