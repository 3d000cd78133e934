import { startTransition, useEffect, useState } from 'react';
import { drawn, queueDraw } from './draw-queue';

/**
 * How many of a screen's sections to show: 0 until `ready`, then one more per task, rendered as a
 * transition (React yields while it renders it). The steps take their turns in the draw queue with
 * the charts, a paint between any two: a chart then never lays out a section committed just before
 * it, and a long screen shows its headline at once and the rest as it comes.
 */
export function useProgressive(ready: boolean, sections: number): number {
  const [shown, setShown] = useState(0);
  // The step just committed has been drawn: the queue moves on after the next paint.
  useEffect(() => {
    if (ready && shown > 0) drawn();
  }, [ready, shown]);
  useEffect(() => {
    if (!ready || shown >= sections) return;
    return queueDraw(() => startTransition(() => setShown((s) => s + 1)));
  }, [ready, shown, sections]);
  return ready ? shown : 0;
}
