import { create } from 'zustand';
import type { AuditSetup, AuditSummary } from '../../../shared/domain/audit';
import type { z } from 'zod';
import type { auditSetupSchema } from '../../../shared/domain/audit';
import type { MethodInput } from '../../../shared/contract';
import type { Language } from '../../../shared/domain/settings';
import type { VisitChanges } from '../../../shared/domain/visit';
import { api } from '../api/api';
import { useSaveStatus } from './save-status-store';

interface AuditsListStore {
  byClient: Record<string, AuditSummary[]>;
  recent: AuditSummary[];
  loadClient(clientId: string): Promise<void>;
  loadRecent(): Promise<void>;
  /** A new audit; a mystery visit may be placed at its site and wave at once. */
  create(setup: z.input<typeof auditSetupSchema>, visit?: VisitChanges): Promise<string>;
  /** The sample client with an audit half done, in the given language. */
  openSample(language: Language): Promise<{ auditId: string; clientId: string }>;
  /** Pins which audit a follow-up is compared with. */
  setBaseline(followUpId: string, baselineId: string): Promise<void>;
  remove(id: string, clientId: string): Promise<void>;
  /** Rename, re-date, re-assign, mark as a test audit: allowed until the audit is complete. */
  update(id: string, clientId: string, changes: AuditChanges): Promise<void>;
  /** A new audit of the same client, template, site, scope and people, measured against this one. */
  reaudit(fromId: string, title: string, auditDate: string): Promise<string>;
}

export type AuditChanges = MethodInput<'audits.update'>['changes'];

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
  async create(setup, visit) {
    const audit = await useSaveStatus.getState().track(api().call('audits.create', setup));
    if (visit) await useSaveStatus.getState().track(api().call('visits.update', { auditId: audit.id, changes: visit }));
    await get().loadClient(audit.clientId);
    return audit.id;
  },
  openSample: (language) => useSaveStatus.getState().track(api().call('samples.create', { language })),
  async setBaseline(id, baselineId) {
    await useSaveStatus.getState().track(api().call('audits.setBaseline', { id, baselineId }));
  },
  async remove(id, clientId) {
    await useSaveStatus.getState().track(api().call('audits.delete', { id }));
    await get().loadClient(clientId);
  },
  async update(id, clientId, changes) {
    await useSaveStatus.getState().track(api().call('audits.update', { id, changes }));
    await get().loadClient(clientId);
  },
  async reaudit(fromId, title, auditDate) {
    const from = await api().call('audits.get', { id: fromId });
    return get().create({
      clientId: from.clientId,
      templateId: from.templateId,
      title,
      site: from.site,
      persona: from.persona,
      auditType: from.auditType,
      auditor: from.auditor,
      auditDate,
      scope: from.scope,
      baselineAuditId: from.id,
    });
  },
}));
