import type { RecordKind } from '../../shared/exchange/package-format';
import type { Caller } from '../teams/teams';

/** What the whole team reads and only a lead writes: the programme's reference data. */
export const TEAM_KINDS: ReadonlySet<RecordKind> = new Set([
  'clients',
  'sites',
  'waves',
  'templates',
  'template_versions',
]);

export type Audience = 'all' | 'owner' | 'staff';

/** Who reads a record: the whole team, the visit's shopper (and lead and viewers), or lead and viewers only. */
export function audienceOf(kind: RecordKind, auditId: string | null): Audience {
  if (TEAM_KINDS.has(kind)) return 'all';
  return auditId ? 'owner' : 'staff';
}

/** The SQL condition (on a table aliased r) for rows this caller may read; $2 is the caller's person id. */
export function readableSql(caller: Caller): { where: string; params: string[] } {
  if (caller.person.role !== 'shopper') return { where: 'true', params: [] };
  return {
    where: `(r.audience = 'all' OR (r.audience = 'owner' AND r.owner_person_id = $2))`,
    params: [caller.person.id],
  };
}
