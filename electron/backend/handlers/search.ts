import type { ParsedInput } from '../../../shared/contract';
import type { FindingHit } from '../../../shared/search/fold-text';
import type { BackendContext } from '../context';
import { write } from '../db/write';
import { searchFindings } from '../search/search-findings';
import { writeCaption } from '../evidence/evidence-caption';
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
    const row = write(ctx.db, () =>
      writeCaption(
        ctx,
        input.id,
        input.caption,
        'This audit is complete and read-only. Reopen it to change a caption.',
      ),
    );
    ctx.emit('audits.changed', { id: row.id, clientId: row.client_id });
    return { id: input.id, caption: input.caption };
  },
};
