import { useCallback, useEffect, useRef } from 'react';
import type { TemplateDetail } from '../../../../shared/api/templates-api';
import type { TemplateDefinition } from '../../../../shared/domain/template';
import type { ApiError } from '../../../../shared/result';
import { apiErrorOf } from '../../lib/field-errors';
import { useSaveStatus } from '../../stores/save-status-store';
import { useTemplates } from '../../stores/templates-store';

export const TEMPLATE_SAVE_DELAY_MS = 600;

interface Callbacks {
  onSaved(detail: TemplateDetail, sent: TemplateDefinition): void;
  onFailed(error: ApiError, sent: TemplateDefinition): void;
}

/**
 * Saves the whole working definition shortly after the last change (no Save button). One write at a
 * time: changes made while a write is in flight are sent right after it, so the newest always wins.
 * `flush` saves at once (on blur, before leaving the screen, when the page is hidden).
 * The header says Saving from the first keystroke until the last change is written: a change
 * waiting for the debounce is not saved yet, and the indicator must not claim it is.
 */
export function useTemplateAutosave(templateId: string, callbacks: Callbacks) {
  const update = useTemplates((s) => s.update);
  const pending = useRef<TemplateDefinition | null>(null);
  const timer = useRef<number | undefined>(undefined);
  const inFlight = useRef<Promise<void> | null>(null);
  const cb = useRef(callbacks);
  cb.current = callbacks;
  /** Settles the "unsaved changes" entry in the save indicator. */
  const unsaved = useRef<{ resolve(): void; reject(error: unknown): void } | null>(null);

  const markUnsaved = () => {
    if (unsaved.current) return;
    const entry = new Promise<void>((resolve, reject) => {
      unsaved.current = { resolve, reject };
    });
    void useSaveStatus
      .getState()
      .track(entry)
      .catch(() => undefined);
  };
  const settle = (error?: unknown) => {
    const entry = unsaved.current;
    unsaved.current = null;
    if (!entry) return;
    if (error === undefined) entry.resolve();
    else entry.reject(error);
  };

  const run = useCallback((): Promise<void> => {
    window.clearTimeout(timer.current);
    timer.current = undefined;
    if (inFlight.current) return inFlight.current;
    const sent = pending.current;
    if (!sent) return Promise.resolve();
    pending.current = null;
    const write = (async () => {
      try {
        const detail = await update(templateId, sent);
        cb.current.onSaved(detail, sent);
        if (!pending.current) settle();
      } catch (error) {
        cb.current.onFailed(apiErrorOf(error), sent);
        // Same reason as the write itself, so the header keeps saying why it is not saved.
        settle(error);
        if (pending.current) markUnsaved();
      } finally {
        inFlight.current = null;
        if (pending.current && timer.current === undefined) void run();
      }
    })();
    inFlight.current = write;
    return write;
  }, [templateId, update]);

  const schedule = useCallback(
    (definition: TemplateDefinition) => {
      pending.current = definition;
      markUnsaved();
      window.clearTimeout(timer.current);
      timer.current = window.setTimeout(() => void run(), TEMPLATE_SAVE_DELAY_MS);
    },
    [run],
  );

  /** Saves what is pending now and resolves once everything typed so far is written (or refused). */
  const flush = useCallback(async (): Promise<void> => {
    for (;;) {
      window.clearTimeout(timer.current);
      timer.current = undefined;
      if (inFlight.current) await inFlight.current;
      else if (pending.current) await run();
      else return;
    }
  }, [run]);

  useEffect(() => {
    const onHide = () => void flush();
    window.addEventListener('pagehide', onHide);
    const onVisibility = () => document.visibilityState === 'hidden' && void flush();
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      window.removeEventListener('pagehide', onHide);
      document.removeEventListener('visibilitychange', onVisibility);
      void flush(); // leaving the editor never drops a change
    };
  }, [flush]);

  return { schedule, flush };
}
