import type { Action } from '../../../../shared/domain/action';
import type { AuditTouchpoints } from '../../stores/actions-store';

/** A calendar date (YYYY-MM-DD) in the reader's language; noon keeps it on the same day in every zone. */
export function formatDueDate(iso: string, language: string): string {
  return new Intl.DateTimeFormat(language, { dateStyle: 'medium' }).format(new Date(`${iso}T12:00:00`));
}

/**
 * The touchpoint's name from the linked audit's template; when the audit is gone, from any other
 * loaded audit of the client that has the same touchpoint key; failing that, the key itself.
 */
export function touchpointName(
  action: Pick<Action, 'auditId' | 'touchpointId'>,
  audits: Record<string, AuditTouchpoints | null>,
): string | null {
  if (!action.touchpointId) return null;
  const own = action.auditId
    ? audits[action.auditId]?.touchpoints.find((tp) => tp.id === action.touchpointId)
    : undefined;
  if (own) return own.name;
  for (const audit of Object.values(audits)) {
    const match = audit?.touchpoints.find((tp) => tp.id === action.touchpointId);
    if (match) return match.name;
  }
  return action.touchpointId;
}

/** A title from a finding: the first line of the text, cut at a word near the limit. */
export function titleFromFinding(text: string, limit = 200): string {
  const line =
    text
      .split(/\r?\n/)
      .map((l) => l.trim())
      .find(Boolean) ?? '';
  const clean = line.replace(/^[-*•·\d.)\s]+/, '').trim() || line;
  if (clean.length <= limit) return clean;
  const cut = clean.slice(0, limit - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > limit / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}
