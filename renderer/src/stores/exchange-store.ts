import { create } from 'zustand';
import type {
  PackageExportResult,
  PackageImportResult,
  PackagePreview,
  PackageScope,
} from '../../../shared/api/exchange-api';
import type { ApiError } from '../../../shared/result';
import { api } from '../api/api';
import { apiErrorOf } from '../lib/field-errors';
import { refreshQueries } from './query-store';

/** The package being imported: chosen, previewed, then imported exactly as previewed (by its plan's fingerprint). */
interface ImportState {
  file: { fileName: string; base64: string } | null;
  preview: PackagePreview | null;
  result: PackageImportResult | null;
  error: ApiError | null;
  busy: boolean;
}

interface ExchangeStore extends ImportState {
  choose(file: { fileName: string; base64: string } | null): Promise<void>;
  apply(): Promise<void>;
  /** includeOriginals: ticked for this one export, marked-up photos leave unredacted. */
  exportPackage(scope: PackageScope, name: string, includeOriginals?: boolean): Promise<PackageExportResult>;
  resolveConflict(id: string, keep: 'local' | 'incoming'): Promise<void>;
}

const idle: ImportState = { file: null, preview: null, result: null, error: null, busy: false };

export const useExchange = create<ExchangeStore>((set, get) => ({
  ...idle,
  async choose(file) {
    set({ ...idle, file, busy: file !== null });
    if (!file) return;
    try {
      set({ preview: await api().call('packages.preview', file), busy: false });
    } catch (e) {
      set({ error: apiErrorOf(e), busy: false });
    }
  },
  async apply() {
    const { file, preview } = get();
    if (!file || !preview) return;
    set({ busy: true, error: null });
    try {
      const result = await api().call('packages.import', { ...file, planHash: preview.planHash });
      set({ result, preview: null, busy: false });
      // The conflicts it kept are listed below the import at once, not after the next visit to the screen.
      if (result.conflictsStored) refreshQueries('conflicts.list');
    } catch (e) {
      set({ error: apiErrorOf(e), busy: false });
    }
  },
  exportPackage: (scope, name, includeOriginals = false) =>
    api().call('packages.export', { scope, name, includeOriginals, destination: { kind: 'download' } }),
  async resolveConflict(id, keep) {
    await api().call('conflicts.resolve', { id, keep });
  },
}));
