import { z } from 'zod';
import type { EvidenceItem } from '../domain/audit';
import { markupSchema } from '../evidence/markup';
import { SIGNATURE_MAX_CHARS, SIGNOFF_TEXT_MAX, type SignOff, type SignOffState } from '../evidence/sign-off';
import { requiredLine } from '../rules/text';
import { id } from './ids';
import { returns } from './returns';

export const evidenceApi = {
  /**
   * Saves a photo's markup and redaction (null clears it) and renders the derived copy that every
   * export uses; the original file is never changed.
   */
  'evidence.setMarkup': {
    input: z.object({ id, markup: markupSchema.nullable() }).strict(),
    output: returns<EvidenceItem>(),
  },
  /** The client representative's signature on a completed audit: an entry of the chain, printed on the cover. */
  'audits.signOff': {
    input: z
      .object({
        auditId: id,
        name: requiredLine(SIGNOFF_TEXT_MAX),
        role: requiredLine(SIGNOFF_TEXT_MAX),
        signaturePng: z
          .string()
          .max(SIGNATURE_MAX_CHARS)
          .regex(/^data:image\/png;base64,[A-Za-z0-9+/]+={0,2}$/, 'a drawn signature as a PNG'),
      })
      .strict(),
    output: returns<SignOff>(),
  },
  'audits.signOffOf': { input: z.object({ auditId: id }).strict(), output: returns<SignOffState>() },
} as const;
