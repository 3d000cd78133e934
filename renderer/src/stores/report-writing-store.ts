import { create } from 'zustand';
import type { ReportWriting } from '../../../shared/api/report-writing-api';
import { api } from '../api/api';
import { useSaveStatus } from './save-status-store';

interface ReportWritingStore {
  byAudit: Record<string, ReportWriting>;
  load(auditId: string): Promise<void>;
  setText(auditId: string, field: 'summary' | 'recommendations', text: string): Promise<void>;
  setCaption(auditId: string, evidenceId: string, caption: string): Promise<void>;
}

/** The consultant's report text of each audit opened in the report screen. */
export const useReportWriting = create<ReportWritingStore>((set, get) => ({
  byAudit: {},
  async load(auditId) {
    const writing = await api().call('reports.getWriting', { auditId });
    set({ byAudit: { ...get().byAudit, [auditId]: writing } });
  },
  async setText(auditId, field, text) {
    const { savedAt } = await useSaveStatus.getState().track(api().call('reports.setText', { auditId, field, text }));
    const current = get().byAudit[auditId];
    if (current) set({ byAudit: { ...get().byAudit, [auditId]: { ...current, [field]: text, updatedAt: savedAt } } });
  },
  async setCaption(auditId, evidenceId, caption) {
    await useSaveStatus.getState().track(api().call('reports.setCaption', { evidenceId, caption }));
    const current = get().byAudit[auditId];
    if (current)
      set({
        byAudit: {
          ...get().byAudit,
          [auditId]: { ...current, captions: { ...current.captions, [evidenceId]: caption } },
        },
      });
  },
}));
