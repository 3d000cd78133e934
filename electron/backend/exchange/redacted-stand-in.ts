import fs from 'node:fs';
import type { AnyRecord } from '../../../shared/exchange/package-format';
import { AppError } from '../../../shared/result';
import type { BackendContext } from '../context';
import { originalPath } from './records';

/**
 * A marked-up photo leaves the laptop as its derived copy unless the user ticked originals for this
 * one export: the package's evidence row then describes that copy (its hash, JPEG, its size), and
 * only that file is packed. The trail's markup entry carries the same hash, so the chain verifies.
 */
export function redactedStandIns(ctx: BackendContext, evidence: AnyRecord[]): AnyRecord[] {
  const derivedOf = ctx.db.prepare('SELECT redacted_sha256 FROM evidence WHERE id = ?').pluck();
  return evidence.map((row) => {
    const derived = derivedOf.get(row.id) as string | null | undefined;
    if (!derived) return row;
    const file = originalPath(ctx.dataDir, derived, 'jpg');
    // Never the original in its place: without its redacted copy the package is not made.
    if (!fs.existsSync(file))
      throw new AppError(
        'NOT_FOUND',
        `The redacted copy of "${row.original_name}" is missing from the evidence folder, so the package was not made. Open the photo's markup and save it again.`,
      );
    return { ...row, sha256: derived, mime: 'image/jpeg', bytes: fs.statSync(file).size };
  });
}
