import type { AuditStatus, AuditType } from '../../../shared/domain/audit';

/** An audits row as the backend reads it (its own module, so audit and visit read models share it without a cycle). */
export interface AuditRow {
  id: string;
  client_id: string;
  template_version_id: string;
  title: string;
  site: string;
  persona: string;
  audit_type: AuditType;
  auditor: string;
  audit_date: string;
  scope_json: string;
  status: AuditStatus;
  position_touchpoint: string | null;
  position_criterion: string | null;
  completed_at: string | null;
  baseline_audit_id: string | null;
  site_id?: string | null;
  wave_id?: string | null;
  scenario?: string;
  shopper?: string;
  planned_date?: string | null;
  started_at?: string | null;
  ended_at?: string | null;
  review_status?: 'none' | 'reviewed' | 'returned';
  review_comment?: string;
  reviewed_at?: string | null;
  is_test?: number;
  created_at: string;
  updated_at: string;
}
