import { z } from 'zod';
import type { PackageRecords } from '../../../shared/exchange/package-format';
import { reason, type Reason } from '../../../shared/reasons/reason';
import { AppError } from '../../../shared/result';
import { describeFirstIssue } from '../../../shared/validation';
import {
  ACTOR_NAME_MAX,
  DEVICE_NAME_MAX,
  TRAIL_FIELD,
  TRAIL_REASON_MAX,
  TRAIL_SYSTEM_REASONS,
  TRAIL_VALUE_MAX,
  type TrailProblem,
} from '../../../shared/trail/trail-types';
import { LIMITS } from '../../../shared/rules/limits';
import { isoInstantSchema } from '../../../shared/rules/dates';
import { hasForbiddenProseCharacters, storedLine, storedProse } from '../../../shared/rules/text';
import type { Db } from '../db/db-handle';
import { insertChained, insertRedacted } from './append-entry';
import type { ChainedRow } from './entry-hash';
import { reconcileTrail } from './reconcile';
import { readChain, type AuditState } from './trail-state';
import { chainProblems, withRedactions } from './verify-trail';

/** The package entry holding the chains of the audits it carries, each audit's entries in chain order. */
export const TRAIL_ENTRY_PATH = 'trail/entries.json';

const sha256 = z.string().regex(/^[0-9a-f]{64}$/);
/** Every string inside a JSON value is text as the app keeps it (no control or direction-override characters). */
function jsonOfText(text: string): boolean {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return false;
  }
  const ok = (v: unknown): boolean =>
    typeof v === 'string'
      ? !hasForbiddenProseCharacters(v)
      : Array.isArray(v)
        ? v.every(ok)
        : typeof v === 'object' && v !== null
          ? Object.entries(v).every(([k, x]) => !hasForbiddenProseCharacters(k) && ok(x))
          : true;
  return ok(value);
}
const jsonValue = z.string().max(TRAIL_VALUE_MAX).refine(jsonOfText, 'is not JSON of text').nullable();
const key = z.string().max(LIMITS.key).nullable();
/**
 * An entry as a package carries it: the same rules as every value the app stores (the identity's limits and
 * characters, a real instant, JSON values, a field name the app writes), since the trail screen, the report and
 * the Trail export show it as it came. Nothing is trimmed: the entry's hash is over its content as written.
 */
const trailRowSchema = z
  .object({
    audit_id: z.uuid(),
    at: isoInstantSchema,
    field: z.string().regex(TRAIL_FIELD),
    touchpoint_id: key,
    criterion_id: key,
    old_json: jsonValue,
    new_json: jsonValue,
    actor: storedLine(ACTOR_NAME_MAX),
    device: storedLine(DEVICE_NAME_MAX),
    reason: storedProse(TRAIL_REASON_MAX).nullable(),
    photo_sha256: sha256.nullable(),
    prev_hash: sha256.nullable(),
    hash: sha256,
    undone: z.union([z.literal(0), z.literal(1)]),
    /** When a privacy purge emptied the entry's names and text: its hash and link stay, its content cannot be rechecked. */
    redacted_at: isoInstantSchema.nullable().optional(),
  })
  .strict();
export type PackageTrailRow = z.infer<typeof trailRowSchema>;

const refuse = (why: Reason): never => {
  throw AppError.because('INVALID_FILE', why, 'Nothing was imported.');
};

/** The chains of the given audits, for the package. */
export function packageTrailRows(db: Db, auditIds: Iterable<string>): PackageTrailRow[] {
  const out: PackageTrailRow[] = [];
  for (const id of auditIds)
    for (const { seq: _seq, ...row } of withRedactions(db, id, readChain(db, id)))
      out.push({ ...row, undone: row.undone ? 1 : 0 });
  return out;
}

export function parsePackageTrail(data: Buffer): PackageTrailRow[] {
  let json: unknown;
  try {
    json = JSON.parse(data.toString('utf8'));
  } catch {
    return refuse(reason('trailNotJson', { path: TRAIL_ENTRY_PATH }));
  }
  const parsed = z.array(trailRowSchema).safeParse(json);
  if (!parsed.success)
    return refuse(reason('breaksFormat', { path: TRAIL_ENTRY_PATH, details: describeFirstIssue(parsed.error, json) }));
  return parsed.data;
}

function packageState(records: PackageRecords, auditId: string): AuditState {
  const mine = <T extends { audit_id: unknown }>(rows: T[]) => rows.filter((r) => r.audit_id === auditId);
  const audit = records.audits.find((a) => a.id === auditId)!;
  return {
    status: String(audit.status),
    answers: mine(records.answers).map((a) => ({
      touchpoint_id: String(a.touchpoint_id),
      criterion_id: String(a.criterion_id),
      value_json: (a.value_json as string | null) ?? null,
      note: String(a.note ?? ''),
    })),
    records: mine(records.touchpoint_records).map((r) => ({
      touchpoint_id: String(r.touchpoint_id),
      emotion: (r.emotion as number | null) ?? null,
      pain_points: String(r.pain_points ?? ''),
      worked: String(r.worked ?? ''),
      recommendation: String(r.recommendation ?? ''),
    })),
    evidence: mine(records.evidence).map((e) => ({ id: String(e.id), sha256: String(e.sha256) })),
    stamps: mine(records.visit_timestamps).map((s) => ({ moment: String(s.moment), at: String(s.at) })),
  };
}

/**
 * Checks the chain of every audit the package carries, against the package's own records: a chain
 * that does not verify refuses the whole package, naming the audit and the entry.
 */
export function verifyPackageTrail(records: PackageRecords, trail: PackageTrailRow[] | null): void {
  if (trail === null) return; // a package from before the trail: its audits are recorded as imported
  const byAudit = new Map<string, ChainedRow[]>();
  for (const row of trail) {
    if (!records.audits.some((a) => a.id === row.audit_id))
      refuse(reason('trailUnknownAudit', { audit: row.audit_id }));
    byAudit.set(row.audit_id, [...(byAudit.get(row.audit_id) ?? []), row]);
  }
  for (const audit of records.audits) {
    const problems = chainProblems(byAudit.get(String(audit.id)) ?? [], packageState(records, String(audit.id)));
    const first = problems[0];
    if (first)
      refuse(
        first.entryIndex === null
          ? reason('trailBroken', { title: audit.title, field: first.field, problem: reason(`trail-${first.kind}`) })
          : reason('trailEntryBroken', {
              title: audit.title,
              index: first.entryIndex,
              field: first.field,
              problem: reason(`trail-${first.kind}`),
            }),
      );
  }
}

/**
 * Brings the package's chains in, inside the import's transaction: entries this database lacks are
 * appended as they are (same hashes, same authors); where the two chains went apart, the local one
 * stays. Then whatever the import changed that no entry accounts for gets an "imported" entry.
 */
export function applyPackageTrail(
  db: Db,
  auditIds: Iterable<string>,
  trail: PackageTrailRow[] | null,
  at: string,
): void {
  const byAudit = new Map<string, PackageTrailRow[]>();
  for (const row of trail ?? []) {
    const rows = byAudit.get(row.audit_id);
    if (rows) rows.push(row);
    else byAudit.set(row.audit_id, [row]);
  }
  for (const auditId of auditIds) {
    if (!db.prepare('SELECT 1 FROM audits WHERE id = ?').get(auditId)) continue;
    const incoming = byAudit.get(auditId) ?? [];
    const local = readChain(db, auditId);
    const head = local.at(-1)?.hash ?? null;
    const incomingHead = incoming.at(-1)?.hash ?? null;
    let from = -1;
    if (head === null) from = 0;
    else if (incomingHead !== null && !local.some((r) => r.hash === incomingHead)) {
      const k = incoming.findIndex((r) => r.hash === head);
      if (k >= 0) from = k + 1;
    }
    if (from >= 0)
      for (const { hash, undone, redacted_at, ...content } of incoming.slice(from))
        // A purged entry keeps the hash it was written with (its content no longer gives it) and stays marked as purged.
        if (redacted_at) insertRedacted(db, content, hash, redacted_at, undone === 1);
        // verifyPackageTrail recomputed this hash from the content when the package was read.
        else insertChained(db, content, undone === 1, hash);
    reconcileTrail(db, auditId, at, TRAIL_SYSTEM_REASONS.imported);
  }
}
