import type { BackendContext } from '../context';
import { appendTrailEntry } from '../trail/append-entry';

/** One entry of an audit's change log (`audit_changes`): the trail, what undo walks back, and the hub's cursor (seq). */
export interface ChangeEntry {
  auditId: string;
  /** 'answer' | 'note' | a record field | a visit or audit field | 'evidence' | 'completed' | 'reopened' | ... */
  field: string;
  touchpointId: string | null;
  criterionId: string | null;
  oldValue: unknown;
  newValue: unknown;
  at: string;
  /** Why (a reopening's reason, 'undo', ...); null for an ordinary edit. */
  reason?: string | null;
  photoSha256?: string | null;
  /** An undo's own entry is never undone again. */
  undone?: boolean;
  /** The audit's latest trail hash, when the caller read it in this transaction already (see appendTrailEntry). */
  prevHash?: string | null;
}

/** Every writer of an audit logs through here: the change-log row, chained into the audit's trail (evidence's appendTrailEntry). */
export function appendChange(ctx: BackendContext, change: ChangeEntry): void {
  appendTrailEntry(ctx.db, change);
}

/** The rule "an edit moves a draft audit to in progress", as SQL, written once. */
export const STATUS_AFTER_EDIT = "CASE status WHEN 'draft' THEN 'in_progress' ELSE status END";

/** Moves a draft to in progress and stamps the audit: after an edit the caller has checked may be written. */
export function touchAudit(ctx: BackendContext, auditId: string, at: string): void {
  ctx.db.prepare(`UPDATE audits SET status = ${STATUS_AFTER_EDIT}, updated_at = ? WHERE id = ?`).run(at, auditId);
}

/**
 * An edit of an audit's content other than an answer, note or touchpoint record (those go
 * through answer-writes.ts, whose touch folds in the same rule): logs it and touches the audit.
 * Runs inside the caller's write transaction, after the caller checked the audit may be written.
 */
export function recordEdit(ctx: BackendContext, change: ChangeEntry): void {
  appendChange(ctx, change);
  touchAudit(ctx, change.auditId, change.at);
}
