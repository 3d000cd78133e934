import type { AuditStatus, AuditSummary, AuditType } from '../../../../shared/domain/audit';

export interface AuditFilters {
  text: string;
  status: AuditStatus | 'all';
  type: AuditType | 'all';
  /** Test and practice audits are listed only when asked for. */
  showTests: boolean;
}

export const NO_FILTERS: AuditFilters = { text: '', status: 'all', type: 'all', showTests: false };

/** The audits that pass the list's filters, in the order given; the text matches title, site, auditor or template. */
export function filterAudits(audits: readonly AuditSummary[], f: AuditFilters): AuditSummary[] {
  const needle = f.text.trim().toLocaleLowerCase();
  return audits.filter(
    (a) =>
      (f.showTests || !a.isTest) &&
      (f.status === 'all' || a.status === f.status) &&
      (f.type === 'all' || a.auditType === f.type) &&
      (needle === '' ||
        [a.title, a.site, a.auditor, a.templateName].some((v) => v.toLocaleLowerCase().includes(needle))),
  );
}
