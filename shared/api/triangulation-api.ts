import { z } from 'zod';
import type { TriangulationData } from '../stats/triangulation';
import { returns } from './returns';
import { id } from './ids';

export const triangulationApi = {
  /** A client's complete audits with their overall and stage scores and their NPS, CSAT and CES. */
  'insights.triangulation': { input: z.object({ clientId: id }).strict(), output: returns<TriangulationData>() },
} as const;
