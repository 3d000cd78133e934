import type { ConflictSubject } from '../exchange/conflict-subject';
import { z } from 'zod';
import { PACKAGE_UPLOAD_MAX_BYTES, type RecordKind } from '../exchange/package-format';
import { LIMITS } from '../rules/limits';
import { requiredLine } from '../rules/text';
import { returns } from './returns';
import { id } from './ids';
import type { Reason } from '../reasons/reason';

export const packageScopeSchema = z.union([
  z.object({ auditIds: z.array(id).min(1).max(20_000) }).strict(),
  z.object({ waveId: id }).strict(),
  z.object({ clientId: id }).strict(),
]);
export type PackageScope = z.infer<typeof packageScopeSchema>;

const packageUploadShape = {
  fileName: z.string().max(260).default(''),
  /** The package's bytes, base64. In the browser the web host caps a request at 72 MB (a package of about 53 MB). */
  base64: z.string().max(Math.ceil((PACKAGE_UPLOAD_MAX_BYTES * 4) / 3) + 4),
};
const packageUploadSchema = z.object(packageUploadShape).strict();
const packageImportSchema = z
  .object({
    ...packageUploadShape,
    /** The preview's planHash: the import refuses when it would now do anything else than the preview showed. */
    planHash: z
      .string()
      .regex(/^[0-9a-f]{64}$/)
      .optional(),
  })
  .strict();

/** What the import does to one record; refused: the rule book forbids it here (its audit is locked), with a reason. */
export type ImportAction = 'add' | 'update' | 'unchanged' | 'conflict' | 'refused';
export type KindCounts = Record<ImportAction, number>;

export interface FieldDifference {
  field: string;
  local: unknown;
  incoming: unknown;
}

export interface ConflictSummary {
  kind: RecordKind;
  recordId: string;
  auditId: string | null;
  auditTitle: string | null;
  /** e.g. "branch / greeting" for an answer. */
  label: string;
  /** The touchpoint and criterion by name, so the conflict reads in words. */
  subject: ConflictSubject;
  differences: FieldDifference[];
}

export interface PackagePreview {
  name: string;
  createdAt: string;
  appVersion: string;
  counts: Partial<Record<RecordKind, KindCounts>>;
  totals: KindCounts;
  /** Visits in the package and what happens to each as a whole. */
  audits: { id: string; title: string; auditDate: string; action: ImportAction }[];
  conflicts: ConflictSummary[];
  /** Records the import leaves out, each with its reason. */
  refused: RefusedRecord[];
  /** Photos in the package, and the ones whose files this import writes. */
  photos: { total: number; new: number };
  /** Fingerprint of the plan (every record's action): pass it to packages.import to get exactly this. */
  planHash: string;
}

export interface RefusedRecord {
  kind: RecordKind;
  recordId: string;
  auditId: string | null;
  auditTitle: string | null;
  label: string;
  reason: Reason;
}

export interface PackageImportResult extends PackagePreview {
  /** Conflicts stored for the user to resolve (a repeated import does not store them twice). */
  conflictsStored: number;
  filesWritten: number;
}

export interface PackageExportResult {
  fileName: string;
  bytes: number;
  base64?: string;
  path?: string;
  counts: Partial<Record<RecordKind, number>>;
  cancelled?: boolean;
}

export interface ExchangeConflict {
  id: string;
  kind: RecordKind;
  recordId: string;
  auditId: string | null;
  auditTitle: string | null;
  clientId: string | null;
  label: string;
  subject: ConflictSubject;
  packageName: string;
  detectedAt: string;
  local: Record<string, unknown> | null;
  incoming: Record<string, unknown>;
  differences: FieldDifference[];
}

export const exchangeApi = {
  'packages.export': {
    input: z
      .object({
        scope: packageScopeSchema,
        name: requiredLine(LIMITS.fileName),
        /** Ticked for this one export: marked-up photos travel as their originals, not their redacted copies. */
        includeOriginals: z.boolean().default(false),
        destination: z.discriminatedUnion('kind', [
          z.object({ kind: z.literal('download') }).strict(),
          z.object({ kind: z.literal('file'), path: z.string().min(1).max(4096) }).strict(),
        ]),
      })
      .strict(),
    output: returns<PackageExportResult>(),
  },
  'packages.preview': { input: packageUploadSchema, output: returns<PackagePreview>() },
  'packages.import': { input: packageImportSchema, output: returns<PackageImportResult>() },
  'conflicts.list': { input: z.object({ clientId: id.optional() }).strict(), output: returns<ExchangeConflict[]>() },
  'conflicts.resolve': {
    input: z.object({ id, keep: z.enum(['local', 'incoming']) }).strict(),
    output: returns<{ id: string; keep: 'local' | 'incoming' }>(),
  },
} as const;
