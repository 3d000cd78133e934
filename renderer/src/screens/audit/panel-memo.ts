import { memo, type ComponentType } from 'react';
import type { AuditDetail } from '../../../../shared/domain/audit';

/** What an answer changes in the open audit: the answers, where the walk is, when it was saved. */
const ANSWER_PARTS: ReadonlySet<string> = new Set<keyof AuditDetail>(['answers', 'position', 'updatedAt']);

/** The same audit as far as anything but its answers goes (records, photos, visit, status, scope...). */
export function sameApartFromAnswers(a: AuditDetail, b: AuditDetail): boolean {
  if (a === b) return true;
  const keys = Object.keys(a);
  if (keys.length !== Object.keys(b).length) return false;
  return keys.every((k) => ANSWER_PARTS.has(k) || a[k as keyof AuditDetail] === b[k as keyof AuditDetail]);
}

function propsEqualApartFromAnswers<P extends { audit: AuditDetail }>(prev: P, next: P): boolean {
  const keys = Object.keys(next) as (keyof P)[];
  if (keys.length !== Object.keys(prev).length) return false;
  return keys.every((k) =>
    k === 'audit' ? sameApartFromAnswers(prev.audit, next.audit) : Object.is(prev[k], next[k]),
  );
}

/**
 * A panel beside the criteria (photos, records, sign-off, visit) that shows nothing of the answers:
 * it re-renders when its own part of the audit changes, not on every key of the walk. A panel that
 * starts to show answers must not be wrapped in this.
 */
export function panelIgnoringAnswers<P extends { audit: AuditDetail }>(panel: ComponentType<P>) {
  return memo(panel, propsEqualApartFromAnswers);
}
