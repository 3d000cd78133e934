import fs from 'node:fs';
import type { TrailProblem, TrailVerification } from '../../../shared/trail/trail-types';
import type { Db } from '../db/db-handle';
import { EXT_BY_MIME, originalPath } from '../exchange/records';
import { entryHash, sha256Hex, type ChainedRow } from './entry-hash';
import { compareState, readAuditState, readChain, trailMap, type AuditState } from './trail-state';

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
    // A redacted entry (privacy purge) keeps its hash and its link; only its content can no longer be checked.
    if (!row.redacted_at && entryHash(row) !== row.hash) problems.push({ kind: 'entry-altered', ...at });
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

/** Each photo the audit still holds, hashed from its file and compared with the hash its entry recorded. */
function photoProblems(
  db: Db,
  dataDir: string,
  auditId: string,
  rows: ChainedRow[],
): { problems: TrailProblem[]; checked: number } {
  const held = new Map(
    (db.prepare('SELECT id, mime FROM evidence WHERE audit_id = ?').all(auditId) as { id: string; mime: string }[]).map(
      (e) => [e.id, e.mime],
    ),
  );
  const problems: TrailProblem[] = [];
  let checked = 0;
  const last = trailMap(rows);
  for (const [, effect] of last) {
    if (effect.key.field !== 'evidence' || effect.value === '') continue;
    const mime = held.get(effect.key.criterionId!);
    const row = rows[effect.index - 1]!;
    if (!mime || !row.photo_sha256) continue; // a photo row gone or changed is a state problem, reported there
    const file = originalPath(dataDir, row.photo_sha256, EXT_BY_MIME[mime] ?? 'bin');
    const base = {
      entryIndex: effect.index,
      at: row.at,
      field: row.field,
      touchpointId: row.touchpoint_id,
      criterionId: row.criterion_id,
    };
    checked++;
    if (!fs.existsSync(file)) problems.push({ kind: 'photo-missing', ...base });
    else if (sha256Hex(fs.readFileSync(file)) !== row.photo_sha256) problems.push({ kind: 'photo-altered', ...base });
  }
  return { problems, checked };
}

export function verifyTrail(db: Db, dataDir: string, auditId: string, now: Date): TrailVerification {
  // Read apart from readChain, which migration 6 also runs before this column exists (migration 7).
  const redactedAt = new Map(
    (
      db
        .prepare('SELECT seq, redacted_at FROM audit_changes WHERE audit_id = ? AND redacted_at IS NOT NULL')
        .all(auditId) as { seq: number; redacted_at: string }[]
    ).map((r) => [r.seq, r.redacted_at]),
  );
  const rows = readChain(db, auditId).map((r) => ({ ...r, redacted_at: redactedAt.get(r.seq) ?? null }));
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
