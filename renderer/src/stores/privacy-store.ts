import { create } from 'zustand';
import type { PrivacyChanges } from '../../../shared/privacy/privacy-changes';
import type {
  ClientPrivacy,
  PrivacyLogEntry,
  PurgePlan,
  PurgeResult,
  ShopperExport,
  ShopperSummary,
} from '../../../shared/privacy/privacy-types';
import { api } from '../api/api';
import { useSaveStatus } from './save-status-store';

/** Privacy of mystery shopping: a client's settings and log, retention purges, and one shopper's requests. */
interface PrivacyStore {
  settings: Record<string, ClientPrivacy>;
  logs: Record<string, PrivacyLogEntry[]>;
  load(clientId: string): Promise<void>;
  update(clientId: string, changes: PrivacyChanges): Promise<ClientPrivacy>;
  loadLog(clientId?: string): Promise<void>;
  planPurge(clientId: string): Promise<PurgePlan>;
  purge(clientId: string, token: string): Promise<PurgeResult>;
  shoppers(): Promise<ShopperSummary[]>;
  planErasure(shopper: string): Promise<PurgePlan>;
  erase(shopper: string, token: string): Promise<PurgeResult>;
  exportShopper(shopper: string): Promise<ShopperExport>;
}

const track = <T>(p: Promise<T>) => useSaveStatus.getState().track(p);
const ALL = '*';

export const usePrivacy = create<PrivacyStore>((set, get) => ({
  settings: {},
  logs: {},
  async load(clientId) {
    const value = await api().call('privacy.get', { clientId });
    set((s) => ({ settings: { ...s.settings, [clientId]: value } }));
  },
  async update(clientId, changes) {
    const value = await track(api().call('privacy.update', { clientId, changes }));
    set((s) => ({ settings: { ...s.settings, [clientId]: value } }));
    void get().loadLog(clientId);
    return value;
  },
  async loadLog(clientId) {
    const entries = await api().call('privacy.log', clientId ? { clientId } : {});
    set((s) => ({ logs: { ...s.logs, [clientId ?? ALL]: entries } }));
  },
  planPurge: (clientId) => api().call('privacy.planPurge', { clientId }),
  async purge(clientId, token) {
    const result = await track(api().call('privacy.purge', { clientId, token }));
    void get().loadLog(clientId);
    return result;
  },
  shoppers: () => api().call('privacy.shoppers', {}),
  planErasure: (shopper) => api().call('privacy.planErasure', { shopper }),
  async erase(shopper, token) {
    const result = await track(api().call('privacy.erase', { shopper, token }));
    void get().loadLog();
    return result;
  },
  async exportShopper(shopper) {
    const result = await api().call('privacy.exportShopper', { shopper });
    void get().loadLog();
    return result;
  },
}));

export const ALL_CLIENTS_LOG = ALL;
