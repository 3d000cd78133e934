import { z } from 'zod';
import { ACTION_PRIORITIES, ACTION_STATUSES } from '../domain/action';
import { answerValueSchema, AUDIT_STATUSES, AUDIT_TYPES, auditScopeSchema, EMOTIONS } from '../domain/audit';
import { languageSchema } from '../domain/settings';
import { templateDefinitionSchema } from '../domain/template';
import { REVIEW_STATUSES, VISIT_MOMENTS } from '../domain/visit';
import { metricInputsSchema } from '../metrics/metric-inputs';
import { calendarDateSchema, isoInstantSchema } from '../rules/dates';
import { LIMITS as L } from '../rules/limits';
import { storedLine, storedProse, storedRequiredLine } from '../rules/text';

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
/**
 * Rows are checked with the rule book's limits and characters (nothing is trimmed: a record's
 * content hash must not change on the way); calendar dates must exist, instants are ISO 8601.
 */
const text = storedLine;
const prose = storedProse;
const named = storedRequiredLine;
const instant = isoInstantSchema;
const optInstant = instant.nullable();
const optDate = calendarDateSchema.nullable();
const key = z.string().min(1).max(L.key);
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
      name: named(L.client.name),
      sector: text(L.client.sector),
      country: text(L.client.country),
      notes: prose(L.client.notes),
      contact_name: text(L.client.contactName),
      contact_email: z.union([z.literal(''), z.email().max(L.client.contactEmail)]),
      contact_phone: text(L.client.contactPhone),
      created_at: instant,
      updated_at: instant,
    })
    .strict(),
  sites: z
    .object({
      id: uuid,
      client_id: uuid,
      name: named(L.site.name),
      address: text(L.site.address),
      region: text(L.site.region),
      created_at: instant,
      updated_at: instant,
    })
    .strict(),
  waves: z
    .object({
      id: uuid,
      client_id: uuid,
      name: named(L.wave.name),
      starts_on: optDate,
      ends_on: optDate,
      created_at: instant,
      updated_at: instant,
    })
    .strict(),
  templates: z
    .object({
      id: uuid,
      builtin_key: text(L.key).nullable(),
      language: languageSchema,
      name: named(L.templateName),
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
      title: named(L.audit.title),
      site: text(L.audit.site),
      persona: text(L.audit.persona),
      audit_type: z.enum(AUDIT_TYPES),
      auditor: text(L.audit.auditor),
      audit_date: calendarDateSchema,
      scope_json: jsonOf(auditScopeSchema),
      status: z.enum(AUDIT_STATUSES),
      completed_at: optInstant,
      created_at: instant,
      updated_at: instant,
      baseline_audit_id: uuid.nullable(),
      site_id: uuid.nullable(),
      wave_id: uuid.nullable(),
      scenario: prose(L.visit.scenario),
      shopper: text(L.visit.shopper),
      planned_date: optDate,
      started_at: optInstant,
      ended_at: optInstant,
      review_status: z.enum(REVIEW_STATUSES),
      review_comment: prose(L.visit.reviewComment),
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
      note: prose(L.answer.note),
      updated_at: instant,
    })
    .strict(),
  touchpoint_records: z
    .object({
      audit_id: uuid,
      touchpoint_id: key,
      emotion: z
        .number()
        .int()
        .min(EMOTIONS[0])
        .max(EMOTIONS[EMOTIONS.length - 1])
        .nullable(),
      pain_points: prose(L.touchpointRecord.text),
      worked: prose(L.touchpointRecord.text),
      recommendation: prose(L.touchpointRecord.text),
      updated_at: instant,
    })
    .strict(),
  visit_timestamps: z.object({ audit_id: uuid, moment: z.enum(VISIT_MOMENTS), at: instant }).strict(),
  audit_metrics: z.object({ audit_id: uuid, data_json: jsonOf(metricInputsSchema), updated_at: instant }).strict(),
  evidence: z
    .object({
      id: uuid,
      audit_id: uuid,
      touchpoint_id: key,
      sha256,
      original_name: text(L.evidence.fileName),
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
      title: named(L.action.title),
      detail: prose(L.action.detail),
      owner: text(L.action.owner),
      due_date: optDate,
      priority: z.enum(ACTION_PRIORITIES),
      status: z.enum(ACTION_STATUSES),
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
