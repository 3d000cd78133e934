import { create } from 'zustand';
import type { AuditSetup, AuditSummary } from '../../../shared/domain/audit';
import type { z } from 'zod';
import type { auditSetupSchema } from '../../../shared/domain/audit';
import type { MethodInput } from '../../../shared/contract';
import { api } from '../api/api';
import { useSaveStatus } from './save-status-store';

interface AuditsListStore {
  byClient: Record<string, AuditSummary[]>;
  recent: AuditSummary[];
  loadClient(clientId: string): Promise<void>;
  loadRecent(): Promise<void>;
  create(setup: z.input<typeof auditSetupSchema>): Promise<string>;
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
  async create(setup) {
    const audit = await useSaveStatus.getState().track(api().call('audits.create', setup));
    await get().loadClient(audit.clientId);
    return audit.id;
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
