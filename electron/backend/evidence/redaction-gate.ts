import { photosAwaitingRedaction, type MarkupShape } from '../../../shared/evidence/markup';
import { AppError } from '../../../shared/result';
import type { BackendContext } from '../context';

/** The template's "redact faces and name badges before completion" step: refuses while a photo is unreviewed. */
export function assertPhotosRedacted(ctx: BackendContext, auditId: string, required: boolean): void {
  if (!required) return;
  const photos = (
    ctx.db
      .prepare('SELECT id, original_name, markup_json FROM evidence WHERE audit_id = ? ORDER BY created_at')
      .all(auditId) as { id: string; original_name: string; markup_json: string | null }[]
  ).map((p) => ({ ...p, markup: p.markup_json === null ? null : (JSON.parse(p.markup_json) as MarkupShape[]) }));
  const waiting = photosAwaitingRedaction(true, photos);
  if (waiting.length)
    throw new AppError(
      'AUDIT_INCOMPLETE',
      'This template asks for faces and name badges to be redacted before the visit is completed. ' +
        "Open each photo's markup, box what must be hidden (or save it as it is when nothing needs hiding): " +
        `${waiting
          .slice(0, 20)
          .map((p) => `"${p.original_name}"`)
          .join(', ')}${waiting.length > 20 ? ` and ${waiting.length - 20} more` : ''}.`,
      waiting.slice(0, 200).map((p) => ({ field: `evidence.${p.id}`, rule: 'required' })),
    );
}
