import { z } from 'zod';
import { lineText } from '../rules/text';
import { SEARCH_QUERY_MAX, type FindingHit } from '../search/fold-text';
import { LIMITS } from '../rules/limits';
import { returns } from './returns';

export const searchApi = {
  /** Findings (notes, pain points, what worked, recommendations, action titles, photo captions) holding every word. */
  'search.findings': {
    input: z.object({ query: z.string().max(SEARCH_QUERY_MAX), clientId: z.uuid().nullable().default(null) }).strict(),
    output: returns<FindingHit[]>(),
  },
  'evidence.setCaption': {
    input: z.object({ id: z.uuid(), caption: lineText(LIMITS.report.caption) }).strict(),
    output: returns<{ id: string; caption: string }>(),
  },
} as const;
