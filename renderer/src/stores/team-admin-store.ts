import { create } from 'zustand';
import type { RefusedChangeView, TeamDevice } from '../../../shared/api/team-api';
import type { ApiError } from '../../../shared/result';
import type { TeamRole } from '../../../shared/sync/hub-protocol';
import { api } from '../api/api';
import { apiErrorOf } from '../lib/field-errors';

export interface CreatedInvite {
  code: string;
  expiresAt: string;
  name: string;
  role: TeamRole;
}

interface TeamAdminStore {
  /** The team's laptops as the hub last listed them (null: not asked yet or it did not answer). */
  devices: TeamDevice[] | null;
  /** The invite code just made, shown until the lead makes another or leaves the screen. */
  invite: CreatedInvite | null;
  refused: RefusedChangeView[];
  busy: 'devices' | 'invite' | { revoking: string } | null;
  error: ApiError | null;
  loadDevices(): Promise<void>;
  createInvite(role: TeamRole, name: string): Promise<boolean>;
  revoke(deviceId: string): Promise<void>;
  loadRefused(): Promise<void>;
  forgetInvite(): void;
}

/** The lead's team management (through the hub) and this laptop's refused changes, for Settings → Team. */
export const useTeamAdmin = create<TeamAdminStore>((set, get) => ({
  devices: null,
  invite: null,
  refused: [],
  busy: null,
  error: null,
  async loadDevices() {
    set({ busy: 'devices', error: null });
    try {
      set({ devices: await api().call('team.devices', {}) });
    } catch (error) {
      set({ error: apiErrorOf(error) });
    } finally {
      set({ busy: null });
    }
  },
  async createInvite(role, name) {
    set({ busy: 'invite', error: null, invite: null });
    try {
      const made = await api().call('team.invite', { role, name });
      set({ invite: { ...made, role, name: name.trim() } });
      return true;
    } catch (error) {
      set({ error: apiErrorOf(error) });
      return false;
    } finally {
      set({ busy: null });
    }
  },
  async revoke(deviceId) {
    set({ busy: { revoking: deviceId }, error: null });
    try {
      await api().call('team.revoke', { deviceId });
    } catch (error) {
      set({ error: apiErrorOf(error) });
    } finally {
      set({ busy: null });
    }
    await get().loadDevices();
  },
  async loadRefused() {
    try {
      set({ refused: await api().call('team.refused', {}) });
    } catch (error) {
      set({ error: apiErrorOf(error) });
    }
  },
  forgetInvite() {
    set({ invite: null, error: null });
  },
}));
