import { create } from 'zustand';
import type { TeamStatus } from '../../../shared/api/team-api';
import type { ApiError } from '../../../shared/result';
import { api } from '../api/api';
import { coalesced } from '../lib/coalesce';
import { apiErrorOf } from '../lib/field-errors';

interface TeamStore {
  status: TeamStatus | null;
  error: ApiError | null;
  busy: 'join' | 'leave' | null;
  load(): Promise<void>;
  /** Listens for the backend's sync news and local changes; returns the unsubscribe. */
  watch(): () => void;
  join(input: { hubAddress: string; inviteCode: string; deviceName: string }): Promise<boolean>;
  leave(): Promise<void>;
  /** Starts a sync; never awaited by a screen: the top bar follows it through team.changed. */
  syncNow(): void;
}

/** The team hub link and its sync state, for Settings → Team and the top bar. */
export const useTeam = create<TeamStore>((set, get) => ({
  status: null,
  error: null,
  busy: null,
  async load() {
    try {
      set({ status: await api().call('team.status', {}) });
    } catch (error) {
      set({ error: apiErrorOf(error) });
    }
  },
  watch() {
    const reload = coalesced(() => void get().load());
    const offs = [
      api().on('team.changed', (status) => set({ status })),
      // A saved change here is one more change waiting for the hub.
      api().on('audits.changed', reload),
      api().on('clients.changed', reload),
      api().on('actions.changed', reload),
      api().on('templates.changed', reload),
    ];
    // "Synced 2 min ago" stays true as time passes.
    const timer = window.setInterval(reload, 30_000);
    return () => {
      offs.forEach((off) => off());
      window.clearInterval(timer);
    };
  },
  async join(input) {
    set({ busy: 'join', error: null });
    try {
      set({ status: await api().call('team.join', input) });
      get().syncNow();
      return true;
    } catch (error) {
      set({ error: apiErrorOf(error) });
      return false;
    } finally {
      set({ busy: null });
    }
  },
  async leave() {
    set({ busy: 'leave', error: null });
    try {
      set({ status: await api().call('team.leave', {}) });
    } catch (error) {
      set({ error: apiErrorOf(error) });
    } finally {
      set({ busy: null });
    }
  },
  syncNow() {
    void api()
      .call('team.syncNow', {})
      .then((status) => set({ status }))
      .catch((error: unknown) => set({ error: apiErrorOf(error) }));
  },
}));
