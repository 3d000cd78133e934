import type { ParsedInput } from '../../../shared/contract';
import type { FindingHit } from '../../../shared/search/fold-text';
import { AppError } from '../../../shared/result';
import { assertAuditWritable } from '../audits/audit-guard';
import { getAuditRow } from '../audits/audit-rows';
import type { BackendContext } from '../context';
import { write } from '../db/write';
import { searchFindings } from '../search/search-findings';
import { appendTrailEntry } from '../trail/append-entry';
import { versionDefinition } from '../templates/template-rows';

export const searchHandlers = {
  'search.findings'(input: ParsedInput<'search.findings'>, ctx: BackendContext): FindingHit[] {
    return searchFindings(ctx.db, input.query, input.clientId).map(({ versionId, ...hit }) => {
      const tp = versionId
        ? versionDefinition(ctx, versionId).touchpoints.find((t) => t.id === hit.touchpointId)
        : undefined;
      const question = hit.kind === 'note' ? tp?.criteria.find((c) => c.id === hit.criterionId)?.question : undefined;
      return { ...hit, place: [tp?.name, question].filter(Boolean).join(' — ') };
    });
  },

  'evidence.setCaption'(
    input: ParsedInput<'evidence.setCaption'>,
    ctx: BackendContext,
  ): { id: string; caption: string } {
    const row = write(ctx.db, () => {
      const photo = ctx.db
        .prepare('SELECT audit_id, touchpoint_id, caption FROM evidence WHERE id = ?')
        .get(input.id) as { audit_id: string; touchpoint_id: string; caption: string } | undefined;
      if (!photo) throw new AppError('NOT_FOUND', 'That photo no longer exists.');
      const audit = getAuditRow(ctx, photo.audit_id);
      assertAuditWritable(audit, 'This audit is complete and read-only. Reopen it to change a caption.');
      if (photo.caption === input.caption) return audit;
      ctx.db.prepare('UPDATE evidence SET caption = ? WHERE id = ?').run(input.caption, input.id);
      appendTrailEntry(ctx.db, {
        auditId: photo.audit_id,
        at: ctx.now().toISOString(),
        field: 'caption',
        touchpointId: photo.touchpoint_id,
        criterionId: input.id,
        oldValue: photo.caption,
        newValue: input.caption,
      });
      return audit;
    });
    ctx.emit('audits.changed', { id: row.id, clientId: row.client_id });
    return { id: input.id, caption: input.caption };
  },
};
