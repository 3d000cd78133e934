import { useEffect, useRef, useState } from 'react';

/**
 * A text that saves itself shortly after typing stops, at once on blur, and on unmount, so
 * leaving the screen mid-sentence loses nothing.
 */
export function useAutosaveText(saved: string, save: (value: string) => Promise<unknown> | void, delayMs = 700) {
  const [value, setValue] = useState(saved);
  const pending = useRef<string | null>(null);
  const timer = useRef<number | undefined>(undefined);
  const saveRef = useRef(save);
  saveRef.current = save;

  useEffect(() => {
    if (pending.current === null) setValue(saved);
  }, [saved]);

  const flush = () => {
    window.clearTimeout(timer.current);
    if (pending.current === null) return;
    const next = pending.current;
    pending.current = null;
    void Promise.resolve(saveRef.current(next)).catch(() => undefined);
  };

  useEffect(() => flush, []);

  return {
    value,
    onChange(next: string) {
      setValue(next);
      pending.current = next;
      window.clearTimeout(timer.current);
      timer.current = window.setTimeout(flush, delayMs);
    },
    onBlur: flush,
  };
}
