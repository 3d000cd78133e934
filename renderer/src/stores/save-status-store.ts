import { create } from 'zustand';
import type { ApiError } from '../../../shared/result';
import { ApiCallError } from '../api/api-client';

/** What the header says. `invalid`: a field holds a value that cannot be saved until it is corrected. */
export type SaveState =
  | { kind: 'idle' }
  | { kind: 'saving' }
  | { kind: 'saved'; at: number }
  | { kind: 'failed'; error: ApiError }
  | { kind: 'invalid' };

/**
 * Where one editable field stands, while it is not durable: typed but not sent yet (`dirty`), sent
 * and not acknowledged (`sending`), holding a value that cannot be saved (`invalid`), or refused
 * (`failed`). A field that is saved has no entry.
 */
export type FieldSaveState =
  { kind: 'dirty' } | { kind: 'sending' } | { kind: 'invalid' } | { kind: 'failed'; error: ApiError };

interface SaveStatusStore {
  /** Computed from everything below: never set it directly. */
  state: SaveState;
  inFlight: number;
  fields: Readonly<Record<string, FieldSaveState>>;
  /** The last refused write that belongs to no field; cleared by the next write that succeeds. */
  lastError: ApiError | null;
  savedAt: number | null;
  /** Wraps every write: the header shows Saving, then Saved, or Not saved with the reason. */
  track<T>(write: Promise<T>): Promise<T>;
  /** Records where a field stands (null: it is saved). */
  setField(key: string, state: FieldSaveState | null): void;
}

type Inputs = Pick<SaveStatusStore, 'inFlight' | 'fields' | 'lastError' | 'savedAt'>;

/** "Saved" only when every field's last value is durable and no write is in flight. */
export function headerState(s: Inputs): SaveState {
  const fields = Object.values(s.fields);
  const failed = fields.find((f) => f.kind === 'failed');
  if (failed) return failed;
  if (s.lastError) return { kind: 'failed', error: s.lastError };
  if (fields.some((f) => f.kind === 'invalid')) return { kind: 'invalid' };
  if (s.inFlight > 0 || fields.length > 0) return { kind: 'saving' };
  return s.savedAt === null ? { kind: 'idle' } : { kind: 'saved', at: s.savedAt };
}

export const useSaveStatus = create<SaveStatusStore>((set, get) => {
  const update = (change: Partial<Inputs>) => {
    const next = { ...get(), ...change };
    set({ ...change, state: headerState(next) });
  };
  return {
    state: { kind: 'idle' },
    inFlight: 0,
    fields: {},
    lastError: null,
    savedAt: null,
    async track(write) {
      update({ inFlight: get().inFlight + 1 });
      try {
        const value = await write;
        update({ inFlight: get().inFlight - 1, lastError: null, savedAt: Date.now() });
        return value;
      } catch (error) {
        const apiError: ApiError =
          error instanceof ApiCallError ? error.error : { code: 'INTERNAL', message: String(error) };
        update({ inFlight: get().inFlight - 1, lastError: apiError });
        throw error;
      }
    },
    setField(key, state) {
      const { [key]: _previous, ...rest } = get().fields;
      update({ fields: state ? { ...rest, [key]: state } : rest });
    },
  };
});
