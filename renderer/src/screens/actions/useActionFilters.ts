import { useMemo, useState } from 'react';
import {
  ACTION_STATUSES,
  isOverdue,
  type Action,
  type ActionPriority,
  type ActionStatus,
} from '../../../../shared/domain/action';
import { useActions } from '../../stores/actions-store';
import { touchpointName } from './action-format';

export type SortKey = 'title' | 'touchpoint' | 'owner' | 'dueDate' | 'priority' | 'status' | 'audit';
export type Sort = { key: SortKey; descending: boolean } | null;
const PRIORITY_RANK: Record<ActionPriority, number> = { high: 0, medium: 1, low: 2 };
const STATUS_RANK: Record<ActionStatus, number> = { open: 0, in_progress: 1, done: 2, dropped: 3 };

export interface ActionLine {
  action: Action;
  touchpoint: string | null;
}

/** The plan's filters (status, priority, owner, overdue) and column sort; the rows they leave, in order. */
export function useActionFilters(actions: readonly Action[] | undefined, today: string, language: string) {
  const audits = useActions((s) => s.audits);
  const [statuses, setStatuses] = useState<ActionStatus[]>([...ACTION_STATUSES]);
  const [priority, setPriority] = useState<ActionPriority | ''>('');
  const [owner, setOwner] = useState('');
  const [overdueOnly, setOverdueOnly] = useState(false);
  const [sort, setSort] = useState<Sort>(null);

  const rows = useMemo((): ActionLine[] => {
    const needle = owner.trim().toLocaleLowerCase();
    const lines = (actions ?? [])
      .filter(
        (a) =>
          statuses.includes(a.status) &&
          (!priority || a.priority === priority) &&
          (!needle || a.owner.toLocaleLowerCase().includes(needle)) &&
          (!overdueOnly || isOverdue(a, today)),
      )
      .map((a) => ({ action: a, touchpoint: touchpointName(a, audits) }));
    if (!sort) return lines;
    const collator = new Intl.Collator(language, { sensitivity: 'base', numeric: true });
    const text = (v: string | null) => v ?? '';
    const due = (a: Action) => a.dueDate ?? '9999';
    const compare = (x: ActionLine, y: ActionLine): number => {
      const a = x.action;
      const b = y.action;
      switch (sort.key) {
        case 'title':
          return collator.compare(a.title, b.title);
        case 'touchpoint':
          return collator.compare(text(x.touchpoint), text(y.touchpoint));
        case 'owner':
          return collator.compare(a.owner, b.owner);
        case 'dueDate':
          return due(a) < due(b) ? -1 : due(a) > due(b) ? 1 : 0;
        case 'priority':
          return PRIORITY_RANK[a.priority] - PRIORITY_RANK[b.priority];
        case 'status':
          return STATUS_RANK[a.status] - STATUS_RANK[b.status];
        case 'audit':
          return collator.compare(text(a.auditTitle), text(b.auditTitle));
      }
    };
    return lines
      .map((r, i) => ({ r, i }))
      .sort((p, q) => (sort.descending ? -1 : 1) * compare(p.r, q.r) || p.i - q.i)
      .map(({ r }) => r);
  }, [actions, statuses, priority, owner, overdueOnly, today, sort, audits, language]);

  const owners = useMemo(() => [...new Set((actions ?? []).map((a) => a.owner).filter(Boolean))].sort(), [actions]);
  const active = statuses.length !== ACTION_STATUSES.length || priority !== '' || owner.trim() !== '' || overdueOnly;
  const clear = () => {
    setStatuses([...ACTION_STATUSES]);
    setPriority('');
    setOwner('');
    setOverdueOnly(false);
  };
  const toggleStatus = (s: ActionStatus) =>
    setStatuses((list) => (list.includes(s) ? list.filter((x) => x !== s) : [...list, s]));
  /** Ascending, then descending, then back to the plan's own order. */
  const cycleSort = (key: SortKey) =>
    setSort((current) =>
      current?.key === key ? (current.descending ? null : { key, descending: true }) : { key, descending: false },
    );

  return {
    rows,
    owners,
    active,
    clear,
    statuses,
    toggleStatus,
    priority,
    setPriority,
    owner,
    setOwner,
    overdueOnly,
    setOverdueOnly,
    sort,
    cycleSort,
  };
}

export type ActionFilters = ReturnType<typeof useActionFilters>;
