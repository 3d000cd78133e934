import { create } from 'zustand';
import type { SignOffState } from '../../../shared/evidence/sign-off';
import { api } from '../api/api';
import { useSaveStatus } from './save-status-store';

interface SignOffStore {
  /** Audit id → its sign-off state, as last read. */
  byAudit: Record<string, SignOffState>;
  load(auditId: string): Promise<void>;
  sign(auditId: string, name: string, role: string, signaturePng: string): Promise<void>;
}

export const useSignOff = create<SignOffStore>((set, get) => ({
  byAudit: {},
  async load(auditId) {
    const state = await api().call('audits.signOffOf', { auditId });
    set({ byAudit: { ...get().byAudit, [auditId]: state } });
  },
  async sign(auditId, name, role, signaturePng) {
    const current = await useSaveStatus
      .getState()
      .track(api().call('audits.signOff', { auditId, name, role, signaturePng }));
    set({ byAudit: { ...get().byAudit, [auditId]: { current, lost: null } } });
  },
}));
