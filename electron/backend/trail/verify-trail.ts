import fs from 'node:fs';
import type { TrailProblem, TrailVerification } from '../../../shared/trail/trail-types';
import type { Db } from '../db/db-handle';
import { EXT_BY_MIME, originalPath } from '../exchange/records';
import { entryHash, sha256Hex, type ChainedRow } from './entry-hash';
import { isPurgeRedaction } from '../../../shared/trail/purge-redaction';
import { compareState, keyOf, readAuditState, readChain, trailMap, type AuditState } from './trail-state';

/** Recomputes every entry's hash and its link to the one before; returns the problems in chain order. */
export function verifyChain(rows: ChainedRow[]): TrailProblem[] {
  const problems: TrailProblem[] = [];
  rows.forEach((row, i) => {
    const expectedPrev = i === 0 ? null : rows[i - 1]!.hash;
    const at = {
      entryIndex: i + 1,
      at: row.at,
      field: row.field,
      touchpointId: row.touchpoint_id,
      criterionId: row.criterion_id,
    };
    // A redacted entry (privacy purge) keeps its hash and its link; only its content can no longer be checked. So the
    // mark is believed only where a purge explains it (names and typed text gone, the purge's entries after it).
    if (row.redacted_at ? !isPurgeRedaction(row, rows.slice(i + 1)) : entryHash(row) !== row.hash)
      problems.push({ kind: row.redacted_at ? 'redaction-unexplained' : 'entry-altered', ...at });
    else if ((row.prev_hash ?? null) !== expectedPrev) problems.push({ kind: 'link-broken', ...at });
  });
  return problems;
}

/** The problems of a chain against the state it should have produced, first problem first. */
export function chainProblems(
  rows: ChainedRow[],
  state: AuditState,
  photoProblems: TrailProblem[] = [],
): TrailProblem[] {
  const all = [...verifyChain(rows), ...photoProblems, ...compareState(rows, state)];
  return all.sort((a, b) => (a.entryIndex ?? Infinity) - (b.entryIndex ?? Infinity));
}

/**
 * Each photo the audit still holds, hashed from its file and compared with the hash its entry
 * recorded: the original against its "evidence" entry, the derived (redacted) copy against its
 * markup entry. A photo held only as its derived copy (imported without the original) is checked as that copy.
 */
function photoProblems(
  db: Db,
  dataDir: string,
  auditId: string,
  rows: ChainedRow[],
): { problems: TrailProblem[]; checked: number } {
  const held = db.prepare('SELECT id, sha256, mime, redacted_sha256 FROM evidence WHERE audit_id = ?').all(auditId) as {
    id: string;
    sha256: string;
    mime: string;
    redacted_sha256: string | null;
  }[];
  const problems: TrailProblem[] = [];
  let checked = 0;
  const last = trailMap(rows);
  const check = (index: number, file: (sha: string) => string) => {
    const row = rows[index - 1]!;
    if (!row.photo_sha256) return;
    const base = {
      entryIndex: index,
      at: row.at,
      field: row.field,
      touchpointId: row.touchpoint_id,
      criterionId: row.criterion_id,
    };
    checked++;
    const path = file(row.photo_sha256);
    if (!fs.existsSync(path)) problems.push({ kind: 'photo-missing', ...base });
    else if (sha256Hex(fs.readFileSync(path)) !== row.photo_sha256) problems.push({ kind: 'photo-altered', ...base });
  };
  for (const photo of held) {
    const added = last.get(keyOf({ field: 'evidence', touchpointId: null, criterionId: photo.id }));
    const redaction = last.get(keyOf({ field: 'redaction', touchpointId: null, criterionId: photo.id }));
    const sha = (index: number | undefined) => (index ? rows[index - 1]!.photo_sha256 : null);
    const ext = EXT_BY_MIME[photo.mime] ?? 'bin';
    // A photo row changed behind the app's back is a state problem, reported there.
    if (added && sha(added.index) === photo.sha256) check(added.index, (s) => originalPath(dataDir, s, ext));
    else if (redaction && sha(redaction.index) === photo.sha256)
      check(redaction.index, (s) => originalPath(dataDir, s, ext));
    if (redaction && photo.redacted_sha256 && sha(redaction.index) === photo.redacted_sha256)
      check(redaction.index, (s) => originalPath(dataDir, s, 'jpg'));
  }
  return { problems, checked };
}

/**
 * The chain's rows with the time a privacy purge redacted each (null when it did not). Read apart
 * from readChain, which migration 6 also runs before this column exists (migration 8).
 */
export function withRedactions<T extends ChainedRow & { seq: number }>(
  db: Db,
  auditId: string,
  rows: T[],
): (T & { redacted_at: string | null })[] {
  const redactedAt = new Map(
    (
      db
        .prepare('SELECT seq, redacted_at FROM audit_changes WHERE audit_id = ? AND redacted_at IS NOT NULL')
        .all(auditId) as { seq: number; redacted_at: string }[]
    ).map((r) => [r.seq, r.redacted_at]),
  );
  return rows.map((r) => ({ ...r, redacted_at: redactedAt.get(r.seq) ?? null }));
}

export function verifyTrail(db: Db, dataDir: string, auditId: string, now: Date): TrailVerification {
  const rows = withRedactions(db, auditId, readChain(db, auditId));
  const photos = photoProblems(db, dataDir, auditId, rows);
  const problems = chainProblems(rows, readAuditState(db, auditId), photos.problems);
  return {
    auditId,
    ok: problems.length === 0,
    head: rows.at(-1)?.hash ?? null,
    entries: rows.length,
    redactedEntries: rows.filter((r) => r.redacted_at).length,
    photosChecked: photos.checked,
    verifiedAt: now.toISOString(),
    firstProblem: problems[0] ?? null,
    problems,
  };
}
