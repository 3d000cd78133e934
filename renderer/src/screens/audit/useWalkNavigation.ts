import { useCallback, useEffect, useMemo, useState } from 'react';
import { touchpointsInScope, type AuditDetail } from '../../../../shared/domain/audit';
import type { Stage, Touchpoint } from '../../../../shared/domain/template';

/**
 * Where the auditor is in the walk: the touchpoints in scope, grouped by stage, the current one
 * and its active criterion. Resumes where the audit was left (or where the link points), and
 * records every move so a reload lands in the same place.
 */
export function useWalkNavigation(
  ready: AuditDetail | null,
  touchpointId: string | undefined,
  setPosition: (touchpointId: string, criterionId: string | null) => void,
) {
  const [currentId, setCurrentId] = useState<string | null>(null);
  const [active, setActive] = useState(0);
  const [noteOpen, setNoteOpen] = useState(false);

  const walk = useMemo(
    () => (ready ? touchpointsInScope(ready.definition, ready.scope) : []),
    [ready?.id, ready?.definition, ready?.scope],
  );
  const groups = useMemo(() => {
    const out: { stage: Stage; touchpoints: Touchpoint[] }[] = [];
    for (const { stage, touchpoint } of walk) {
      const last = out[out.length - 1];
      if (last && last.stage.id === stage.id) last.touchpoints.push(touchpoint);
      else out.push({ stage, touchpoints: [touchpoint] });
    }
    return out;
  }, [walk]);

  useEffect(() => {
    if (!ready || currentId) return;
    const start = touchpointId ?? ready.position?.touchpointId ?? walk[0]?.touchpoint.id ?? null;
    const entry = walk.find((w) => w.touchpoint.id === start) ?? walk[0];
    if (!entry) return;
    setCurrentId(entry.touchpoint.id);
    const criterionIndex = entry.touchpoint.criteria.findIndex((c) => c.id === ready.position?.criterionId);
    setActive(touchpointId ? 0 : Math.max(0, criterionIndex));
  }, [ready, walk, currentId, touchpointId]);

  const index = walk.findIndex((w) => w.touchpoint.id === currentId);
  const current = index >= 0 ? walk[index]! : null;

  /** `positionSaved`: the write that moved here already saves the position (an answer's `then`). */
  const jump = useCallback(
    (id: string, criterionIndex = 0, positionSaved = false) => {
      setCurrentId(id);
      setActive(criterionIndex);
      setNoteOpen(false);
      const entry = walk.find((w) => w.touchpoint.id === id);
      if (!positionSaved) setPosition(id, entry?.touchpoint.criteria[criterionIndex]?.id ?? null);
    },
    [walk, setPosition],
  );

  /** Where `move(delta)` goes from the active criterion, across touchpoints; null at either end of the walk. */
  const positionAfter = useCallback(
    (delta: 1 | -1): { touchpointId: string; criterionId: string | null; index: number } | null => {
      if (!current) return null;
      const next = active + delta;
      const here = current.touchpoint;
      if (next >= 0 && next < here.criteria.length)
        return { touchpointId: here.id, criterionId: here.criteria[next]!.id, index: next };
      const neighbour = walk[index + delta]?.touchpoint;
      if (!neighbour) return null;
      const at = delta === 1 ? 0 : Math.max(0, neighbour.criteria.length - 1);
      return { touchpointId: neighbour.id, criterionId: neighbour.criteria[at]?.id ?? null, index: at };
    },
    [current, active, walk, index],
  );

  /** The next or previous criterion, across touchpoints. */
  const move = useCallback(
    (delta: 1 | -1, positionSaved = false) => {
      const to = positionAfter(delta);
      if (!to || !current) return;
      if (to.touchpointId === current.touchpoint.id) {
        setActive(to.index);
        setNoteOpen(false);
        return;
      }
      jump(to.touchpointId, to.index, positionSaved);
    },
    [positionAfter, current, jump],
  );

  const step = useCallback(
    (delta: 1 | -1) => {
      const neighbour = walk[index + delta];
      if (neighbour) jump(neighbour.touchpoint.id);
    },
    [walk, index, jump],
  );

  return { walk, groups, index, current, active, setActive, noteOpen, setNoteOpen, jump, move, step, positionAfter };
}
