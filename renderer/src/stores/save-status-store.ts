import { create } from 'zustand';
import type { ApiError } from '../../../shared/result';
import { ApiCallError } from '../api/api-client';

export type SaveState =
  { kind: 'idle' } | { kind: 'saving' } | { kind: 'saved'; at: number } | { kind: 'failed'; error: ApiError };

interface SaveStatusStore {
  state: SaveState;
  inFlight: number;
  /** Wraps every write: the header shows Saving, then Saved, or Not saved with the reason. */
  track<T>(write: Promise<T>): Promise<T>;
}

export const useSaveStatus = create<SaveStatusStore>((set, get) => ({
  state: { kind: 'idle' },
  inFlight: 0,
  async track(write) {
    set({ inFlight: get().inFlight + 1, state: { kind: 'saving' } });
    try {
      const value = await write;
      const inFlight = get().inFlight - 1;
      set({ inFlight, state: inFlight > 0 ? { kind: 'saving' } : { kind: 'saved', at: Date.now() } });
      return value;
    } catch (error) {
      const apiError: ApiError =
        error instanceof ApiCallError ? error.error : { code: 'INTERNAL', message: String(error) };
      set({ inFlight: get().inFlight - 1, state: { kind: 'failed', error: apiError } });
      throw error;
    }
  },
}));
