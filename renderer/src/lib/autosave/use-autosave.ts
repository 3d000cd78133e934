import { useCallback, useEffect, useRef, useState } from 'react';
import { useSaveStatus, type FieldSaveState } from '../../stores/save-status-store';
import { apiErrorOf } from '../field-errors';
import { registerFlush } from './flush-registry';

/** Typing pauses this long before a field is sent; leaving it sends at once. */
export const AUTOSAVE_DELAY_MS = 500;

export interface AutosaveOptions<T> {
  /** Names the field across the app (e.g. `visit:<auditId>:shopper`); one entry in the header's queue. */
  key: string;
  /** The stored value; shown until the user changes it, and again once the field is saved. */
  saved: T;
  /** Writes through a store action. Rejecting marks the field "Not saved" with the reason. */
  save(value: T): Promise<unknown> | void;
  /** A value that cannot be saved yet stays on screen, marked, and is not sent. */
  isValid?(value: T): boolean;
  equals?(a: T, b: T): boolean;
  delayMs?: number;
  disabled?: boolean;
}

export interface Autosave<T> {
  value: T;
  /** The field's own state: null once its last value is durable. */
  state: FieldSaveState | null;
  change(next: T, now?: boolean): void;
  /** Sends a waiting value at once (blur, Enter, leaving). */
  flush(): void;
}

/**
 * The one autosave of the app, for every editable field (text, number, choice, date): saves while
 * typing (debounced), at once on blur, unmount, route change, page hide, reload and window close
 * (see flush-registry), and reports each field's state to the header, which says Saved only when
 * every field's last value is durable.
 */
export function useAutosave<T>(options: AutosaveOptions<T>): Autosave<T> {
  const { key, saved, delayMs = AUTOSAVE_DELAY_MS } = options;
  const equals = options.equals ?? Object.is;
  const [value, setValue] = useState<T>(saved);
  const [state, setState] = useState<FieldSaveState | null>(null);
  const pending = useRef<{ value: T } | null>(null);
  const stateRef = useRef<FieldSaveState | null>(null);
  const timer = useRef<number | undefined>(undefined);
  /** Counts the writes sent: only the newest one's answer settles the field. */
  const sent = useRef(0);
  const opts = useRef(options);
  opts.current = options;
  const keyRef = useRef(key);

  const mark = useCallback((next: FieldSaveState | null) => {
    stateRef.current = next;
    setState(next);
    useSaveStatus.getState().setField(keyRef.current, next);
  }, []);

  // The stored value shows whenever nothing typed here is waiting, sending or refused.
  useEffect(() => {
    if (stateRef.current === null) setValue(saved);
  }, [saved]);

  const flush = useCallback(() => {
    window.clearTimeout(timer.current);
    timer.current = undefined;
    const next = pending.current;
    if (!next) return;
    pending.current = null;
    mark({ kind: 'sending' });
    const seq = ++sent.current;
    let write: Promise<unknown>;
    try {
      write = Promise.resolve(opts.current.save(next.value));
    } catch (error) {
      write = Promise.reject(error);
    }
    write.then(
      () => {
        // A newer value typed or sent meanwhile keeps the field unsaved until its own answer.
        if (seq === sent.current && !pending.current && stateRef.current?.kind === 'sending') mark(null);
      },
      (error: unknown) => {
        if (seq === sent.current && !pending.current) mark({ kind: 'failed', error: apiErrorOf(error) });
      },
    );
  }, [mark]);

  useEffect(() => {
    const unregister = registerFlush(flush);
    return () => {
      unregister();
      flush();
      // A field that left the screen in an unsaveable state no longer holds the header.
      if (stateRef.current?.kind === 'invalid' || stateRef.current?.kind === 'dirty')
        useSaveStatus.getState().setField(keyRef.current, null);
    };
  }, [flush]);

  const change = useCallback(
    (next: T, now = false) => {
      if (opts.current.disabled) return;
      setValue(next);
      window.clearTimeout(timer.current);
      timer.current = undefined;
      if (opts.current.isValid && !opts.current.isValid(next)) {
        pending.current = null;
        mark({ kind: 'invalid' });
        return;
      }
      if (stateRef.current === null && equals(next, opts.current.saved)) {
        pending.current = null;
        return;
      }
      pending.current = { value: next };
      if (stateRef.current?.kind !== 'sending') mark({ kind: 'dirty' });
      if (now) flush();
      else timer.current = window.setTimeout(flush, delayMs);
    },
    [delayMs, equals, flush, mark],
  );

  return { value, state, change, flush };
}

/** Props for a text input or textarea bound to an autosave (discoverable by `data-autosave`). */
export function textFieldProps(field: Autosave<string>, key: string) {
  return {
    value: field.value,
    onChange: (e: { target: { value: string } }) => field.change(e.target.value),
    onBlur: field.flush,
    'data-autosave': key,
    'data-save-state': field.state?.kind ?? 'saved',
    'aria-invalid': field.state?.kind === 'invalid' || field.state?.kind === 'failed' ? true : undefined,
  } as const;
}

/** Props for the app's TextField bound to an autosave: its value, typing, leaving and its marks. */
export function autosaveTextField(field: Autosave<string>, key: string) {
  return {
    value: field.value,
    onChange: (value: string) => field.change(value),
    onBlur: field.flush,
    autosave: { key, state: field.state?.kind ?? 'saved' },
  };
}
