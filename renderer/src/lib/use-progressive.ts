import { startTransition, useEffect, useState } from 'react';

/**
 * How many of a screen's sections to show: 0 until `ready`, then one more per task, each after a
 * paint and rendered as a transition (React yields while it renders it). A long screen shows its
 * headline at once and the rest as it comes, without one long task holding the window.
 */
export function useProgressive(ready: boolean, sections: number): number {
  const [shown, setShown] = useState(0);
  useEffect(() => {
    if (!ready || shown >= sections) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => startTransition(() => setShown((s) => s + 1)), 0);
    });
    return () => {
      cancelAnimationFrame(frame);
      if (timer !== undefined) clearTimeout(timer);
    };
  }, [ready, shown, sections]);
  return ready ? shown : 0;
}
