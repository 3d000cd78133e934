import { z } from 'zod';
import { answerValueSchema, AUDIT_STATUSES, AUDIT_TYPES, auditScopeSchema } from '../domain/audit';
import { templateDefinitionSchema } from '../domain/template';
import { metricInputsSchema } from '../metrics/metric-inputs';

/**
 * The visit package: one zip file that carries visits from one database to another.
 *
 *   manifest.json            {format, formatVersion, createdAt, appVersion, name, entries, counts}
 *   records/<kind>.json      a JSON array of rows of one kind (see RECORD_KINDS)
 *   evidence/<sha256>.<ext>  the original photos, named by their content hash
 *
 * Every entry other than the manifest is listed in the manifest with its SHA-256 and size. Rows
 * are the database's own columns (snake_case) minus what only matters on one computer (the walk's
 * cursor, archive flags, thumbnails, which are remade from the photo).
 */
export const PACKAGE_FORMAT = 'journey-audit.package';
export const PACKAGE_FORMAT_VERSION = 1;
export const PACKAGE_EXTENSION = 'zip';
export const PACKAGE_MIME = 'application/zip';

const MiB = 1024 * 1024;
/** Hard limits checked before anything is decompressed (declared sizes) and again while it is. */
export const PACKAGE_LIMITS = {
  /** The package file itself. */
  packageBytes: 1024 * MiB,
  /** Every entry decompressed, together. */
  totalUncompressedBytes: 2048 * MiB,
  entries: 20_000,
  photoEntryBytes: 30 * MiB,
  jsonEntryBytes: 50 * MiB,
  manifestBytes: 8 * MiB,
  /** Uncompressed ÷ compressed, per entry and overall, for anything larger than ratioFloorBytes. */
  ratio: 100,
  ratioFloorBytes: 1 * MiB,
} as const;

/**
 * What packages.preview and packages.import accept as base64 (desktop app). In the browser the web
 * host refuses request bodies over 72 MB, so a package must stay under about 53 MB there.
 */
export const PACKAGE_UPLOAD_MAX_BYTES = 256 * MiB;
export const WEB_PACKAGE_MAX_BYTES = 53 * MiB;

export const RECORD_KINDS = [
  'clients',
  'sites',
  'waves',
  'templates',
  'template_versions',
  'audits',
  'answers',
  'touchpoint_records',
  'visit_timestamps',
  'audit_metrics',
  'evidence',
  'actions',
] as const;
export type RecordKind = (typeof RECORD_KINDS)[number];

export const PHOTO_EXTENSIONS = ['jpg', 'png', 'webp', 'heic'] as const;
export const MIME_BY_EXT: Record<(typeof PHOTO_EXTENSIONS)[number], string> = {
  jpg: 'image/jpeg',
  png: 'image/png',
  webp: 'image/webp',
  heic: 'image/heic',
};

const sha256 = z.string().regex(/^[0-9a-f]{64}$/, 'a lowercase SHA-256');
const uuid = z.uuid();
const text = (max: number) => z.string().max(max);
const named = (max: number) =>
  z
    .string()
    .max(max)
    .refine((s) => s.trim().length > 0, 'must not be blank');
const instant = z.string().min(1).max(40);
const optInstant = instant.nullable();
const key = z.string().min(1).max(64);
const jsonOf = (schema: z.ZodType) =>
  z
    .string()
    .max(PACKAGE_LIMITS.jsonEntryBytes)
    .refine((s) => {
      try {
        return schema.safeParse(JSON.parse(s)).success;
      } catch {
        return false;
      }
    }, 'is not valid JSON of the expected shape');

export const manifestEntrySchema = z
  .object({ path: z.string().min(1).max(255), sha256, bytes: z.number().int().min(0) })
  .strict();
export const manifestSchema = z
  .object({
    format: z.literal(PACKAGE_FORMAT),
    formatVersion: z.literal(PACKAGE_FORMAT_VERSION),
    createdAt: instant,
    appVersion: text(60),
    name: text(200),
    entries: z.array(manifestEntrySchema).max(PACKAGE_LIMITS.entries),
    counts: z.record(z.enum(RECORD_KINDS), z.number().int().min(0)),
  })
  .strict();
export type PackageManifest = z.infer<typeof manifestSchema>;

export const recordSchemas = {
  clients: z
    .object({
      id: uuid,
      name: named(200),
      sector: text(200),
      country: text(100),
      notes: text(20_000),
      contact_name: text(200),
      contact_email: text(320),
      contact_phone: text(100),
      created_at: instant,
      updated_at: instant,
    })
    .strict(),
  sites: z
    .object({
      id: uuid,
      client_id: uuid,
      name: named(200),
      address: text(500),
      region: text(200),
      created_at: instant,
      updated_at: instant,
    })
    .strict(),
  waves: z
    .object({
      id: uuid,
      client_id: uuid,
      name: named(200),
      starts_on: optInstant,
      ends_on: optInstant,
      created_at: instant,
      updated_at: instant,
    })
    .strict(),
  templates: z
    .object({
      id: uuid,
      builtin_key: text(64).nullable(),
      language: text(10),
      name: named(200),
      definition_json: jsonOf(templateDefinitionSchema),
      created_at: instant,
      updated_at: instant,
    })
    .strict(),
  template_versions: z
    .object({
      id: uuid,
      template_id: uuid,
      version: z.number().int().min(1).max(1_000_000),
      definition_json: jsonOf(templateDefinitionSchema),
      created_at: instant,
    })
    .strict(),
  audits: z
    .object({
      id: uuid,
      client_id: uuid,
      template_version_id: uuid,
      title: named(200),
      site: text(200),
      persona: text(200),
      audit_type: z.enum(AUDIT_TYPES),
      auditor: text(200),
      audit_date: instant,
      scope_json: jsonOf(auditScopeSchema),
      status: z.enum(AUDIT_STATUSES),
      completed_at: optInstant,
      created_at: instant,
      updated_at: instant,
      baseline_audit_id: uuid.nullable(),
      site_id: uuid.nullable(),
      wave_id: uuid.nullable(),
      scenario: text(2000),
      shopper: text(200),
      planned_date: optInstant,
      started_at: optInstant,
      ended_at: optInstant,
      review_status: z.enum(['none', 'reviewed', 'returned']),
      review_comment: text(5000),
      reviewed_at: optInstant,
    })
    .strict(),
  answers: z
    .object({
      id: uuid,
      audit_id: uuid,
      touchpoint_id: key,
      criterion_id: key,
      value_json: jsonOf(answerValueSchema).nullable(),
      note: text(5000),
      updated_at: instant,
    })
    .strict(),
  touchpoint_records: z
    .object({
      audit_id: uuid,
      touchpoint_id: key,
      emotion: z.number().int().min(1).max(5).nullable(),
      pain_points: text(5000),
      worked: text(5000),
      recommendation: text(5000),
      updated_at: instant,
    })
    .strict(),
  visit_timestamps: z.object({ audit_id: uuid, moment: key, at: instant }).strict(),
  audit_metrics: z.object({ audit_id: uuid, data_json: jsonOf(metricInputsSchema), updated_at: instant }).strict(),
  evidence: z
    .object({
      id: uuid,
      audit_id: uuid,
      touchpoint_id: key,
      sha256,
      original_name: text(260),
      mime: z.enum(['image/jpeg', 'image/png', 'image/webp', 'image/heic']),
      bytes: z.number().int().min(1),
      width: z.number().int().min(1),
      height: z.number().int().min(1),
      created_at: instant,
    })
    .strict(),
  actions: z
    .object({
      id: uuid,
      client_id: uuid,
      audit_id: uuid.nullable(),
      touchpoint_id: key.nullable(),
      criterion_id: key.nullable(),
      title: named(300),
      detail: text(10_000),
      owner: text(200),
      due_date: optInstant,
      priority: z.enum(['low', 'medium', 'high']),
      status: z.enum(['open', 'in_progress', 'done', 'dropped']),
      created_at: instant,
      updated_at: instant,
    })
    .strict(),
} satisfies Record<RecordKind, z.ZodType>;

export type PackageRecords = { [K in RecordKind]: z.infer<(typeof recordSchemas)[K]>[] };
export type AnyRecord = Record<string, string | number | null>;

/** The columns that make up each kind (its schema's keys), in a fixed order. */
export const recordColumns = Object.fromEntries(
  RECORD_KINDS.map((k) => [k, Object.keys(recordSchemas[k].shape)]),
) as Record<RecordKind, string[]>;

/** Columns left out of the content hash: they change when nothing a person sees has. */
export const HASH_EXCLUDED = new Set(['updated_at']);

/** How a record is known in both databases: its UUID, or its natural key for rows that have none (or whose UUID is local). */
export function recordKey(kind: RecordKind, row: AnyRecord): string {
  switch (kind) {
    case 'answers':
      return `${row.audit_id}/${row.touchpoint_id}/${row.criterion_id}`;
    case 'touchpoint_records':
      return `${row.audit_id}/${row.touchpoint_id}`;
    case 'visit_timestamps':
      return `${row.audit_id}/${row.moment}`;
    case 'audit_metrics':
      return String(row.audit_id);
    default:
      return String(row.id);
  }
}

/** The audit a record belongs to, for grouping conflicts. */
export function recordAuditId(kind: RecordKind, row: AnyRecord): string | null {
  if (kind === 'audits') return String(row.id);
  const a = row.audit_id;
  return typeof a === 'string' ? a : null;
}

export const recordEntryPath = (kind: RecordKind) => `records/${kind}.json`;
export const evidenceEntryPath = (sha: string, ext: string) => `evidence/${sha}.${ext}`;
export const EVIDENCE_ENTRY = /^evidence\/([0-9a-f]{64})\.(jpg|png|webp|heic)$/;
