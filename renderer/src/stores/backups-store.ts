import { create } from 'zustand';
import type { BackupList } from '../../../shared/api/backups-api';
import type { ApiError } from '../../../shared/result';
import { api } from '../api/api';
import { apiErrorOf } from '../lib/field-errors';

interface BackupsStore {
  list: BackupList | null;
  error: ApiError | null;
  /** What is running now: a backup being made, or the name of the backup being restored. */
  busy: 'create' | 'interval' | { restoring: string } | null;
  load(): Promise<void>;
  create(): Promise<void>;
  setInterval(minutes: number): Promise<void>;
  /** Restores, then reloads the app so every screen reads the restored data. */
  restore(name: string): Promise<boolean>;
}

/** Settings → Backups and the damaged-file screen: the backups the backend keeps and the one restore. */
export const useBackups = create<BackupsStore>((set, get) => {
  async function run(busy: BackupsStore['busy'], work: () => Promise<void>): Promise<boolean> {
    set({ busy, error: null });
    try {
      await work();
      return true;
    } catch (error) {
      set({ error: apiErrorOf(error) });
      return false;
    } finally {
      set({ busy: null });
    }
  }
  return {
    list: null,
    error: null,
    busy: null,
    async load() {
      try {
        set({ list: await api().call('backups.list', {}), error: null });
      } catch (error) {
        set({ error: apiErrorOf(error) });
      }
    },
    async create() {
      await run('create', async () => {
        await api().call('backups.create', {});
        await get().load();
      });
    },
    async setInterval(minutes) {
      await run('interval', async () => {
        await api().call('backups.setInterval', { minutes });
        await get().load();
      });
    },
    async restore(name) {
      const done = await run({ restoring: name }, async () => {
        await api().call('backups.restore', { name });
      });
      if (done) window.location.reload();
      return done;
    },
  };
});
