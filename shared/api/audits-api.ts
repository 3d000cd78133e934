import { z } from 'zod';
import {
  answerValueSchema,
  auditSetupSchema,
  type AuditDetail,
  type AuditSummary,
  type EvidenceItem,
} from '../domain/audit';
import { calendarDateSchema } from '../rules/dates';
import { LIMITS } from '../rules/limits';
import { lineText, requiredLine, requiredProse, untrimmedProse } from '../rules/text';
import { returns } from './returns';
import { id } from './ids';

const key = z.string().min(1).max(LIMITS.key);

/** Evidence photos travel as base64 text (JSON over HTTP and IPC alike); 25 MB of image at most. */
export const EVIDENCE_MAX_BYTES = 25 * 1024 * 1024;

export interface SavedAck {
  savedAt: string;
  status: AuditDetail['status'];
}

export const auditsApi = {
  'audits.list': { input: z.object({ clientId: id.optional() }).strict(), output: returns<AuditSummary[]>() },
  'audits.create': { input: auditSetupSchema, output: returns<AuditDetail>() },
  'audits.get': { input: z.object({ id }).strict(), output: returns<AuditDetail>() },
  /** audits.get for the walk: the audit's write state is loaded too, so its first answer is an ordinary save. */
  'audits.open': { input: z.object({ id }).strict(), output: returns<AuditDetail>() },
  'audits.update': {
    input: z
      .object({
        id,
        changes: z
          .object({
            title: requiredLine(LIMITS.audit.title),
            site: lineText(LIMITS.audit.site),
            persona: lineText(LIMITS.audit.persona),
            auditor: lineText(LIMITS.audit.auditor),
            auditDate: calendarDateSchema,
            isTest: z.boolean(),
          })
          .partial()
          .strict(),
      })
      .strict(),
    output: returns<AuditDetail>(),
  },
  'audits.delete': { input: z.object({ id }).strict(), output: returns<{ id: string }>() },
  'audits.setAnswer': {
    input: z
      .object({
        auditId: id,
        touchpointId: key,
        criterionId: key,
        value: answerValueSchema.nullable(),
        /** Where the walk went with this answer (the next criterion): saved as the position in the same write. */
        then: z.object({ touchpointId: key, criterionId: key.nullable() }).strict().optional(),
      })
      .strict(),
    output: returns<SavedAck>(),
  },
  'audits.setNote': {
    input: z
      .object({ auditId: id, touchpointId: key, criterionId: key, note: untrimmedProse(LIMITS.answer.note) })
      .strict(),
    output: returns<SavedAck>(),
  },
  'audits.setRecord': {
    input: z.discriminatedUnion('field', [
      z
        .object({
          auditId: id,
          touchpointId: key,
          field: z.literal('emotion'),
          value: z.number().int().min(1).max(5).nullable(),
        })
        .strict(),
      z
        .object({
          auditId: id,
          touchpointId: key,
          field: z.enum(['painPoints', 'worked', 'recommendation']),
          value: untrimmedProse(LIMITS.touchpointRecord.text),
        })
        .strict(),
    ]),
    output: returns<SavedAck>(),
  },
  'audits.setPosition': {
    input: z.object({ auditId: id, touchpointId: key, criterionId: key.nullable() }).strict(),
    output: returns<{ ok: true }>(),
  },
  'audits.undo': {
    input: z.object({ auditId: id }).strict(),
    output: returns<{
      undone: { field: string; touchpointId: string | null; criterionId: string | null } | null;
      audit: AuditDetail;
    }>(),
  },
  'audits.complete': { input: z.object({ id }).strict(), output: returns<AuditDetail>() },
  'audits.reopen': {
    input: z.object({ id, reason: requiredProse(LIMITS.audit.reopenReason) }).strict(),
    output: returns<AuditDetail>(),
  },
  'evidence.add': {
    input: z
      .object({
        auditId: id,
        touchpointId: key,
        fileName: requiredLine(LIMITS.evidence.fileName),
        // Twice the limit is let through so the backend can answer "too large" in plain words.
        dataBase64: z.string().max(Math.ceil((2 * EVIDENCE_MAX_BYTES * 4) / 3)),
      })
      .strict(),
    output: returns<EvidenceItem>(),
  },
  'evidence.image': {
    input: z.object({ id, variant: z.enum(['display', 'editor', 'original', 'thumb']) }).strict(),
    output: returns<{ dataUrl: string; mime: string }>(),
  },
  'evidence.remove': { input: z.object({ id }).strict(), output: returns<{ id: string }>() },
  'samples.create': {
    input: z.object({ language: z.enum(['en', 'ar', 'ro']) }).strict(),
    output: returns<{ clientId: string; auditId: string }>(),
  },
} as const;
