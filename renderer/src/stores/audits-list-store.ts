import { create } from 'zustand';
import type { AuditSetup, AuditSummary } from '../../../shared/domain/audit';
import type { z } from 'zod';
import type { auditSetupSchema } from '../../../shared/domain/audit';
import { api } from '../api/api';
import { useSaveStatus } from './save-status-store';

interface AuditsListStore {
  byClient: Record<string, AuditSummary[]>;
  recent: AuditSummary[];
  loadClient(clientId: string): Promise<void>;
  loadRecent(): Promise<void>;
  create(setup: z.input<typeof auditSetupSchema>): Promise<string>;
  remove(id: string, clientId: string): Promise<void>;
}

export type { AuditSetup };

export const useAuditsList = create<AuditsListStore>((set, get) => ({
  byClient: {},
  recent: [],
  async loadClient(clientId) {
    const audits = await api().call('audits.list', { clientId });
    set({ byClient: { ...get().byClient, [clientId]: audits } });
  },
  async loadRecent() {
    set({ recent: (await api().call('audits.list', {})).filter((a) => a.status !== 'complete').slice(0, 6) });
  },
  async create(setup) {
    const audit = await useSaveStatus.getState().track(api().call('audits.create', setup));
    await get().loadClient(audit.clientId);
    return audit.id;
  },
  async remove(id, clientId) {
    await useSaveStatus.getState().track(api().call('audits.delete', { id }));
    await get().loadClient(clientId);
  },
}));
