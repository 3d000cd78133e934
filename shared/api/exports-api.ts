import { z } from 'zod';
import { languageSchema } from '../domain/settings';
import { returns } from './returns';
import { id } from './ids';

export const EXPORT_FORMATS = ['csv', 'xlsx'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export const EXPORT_MIME: Record<ExportFormat, string> = {
  csv: 'text/csv;charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

/**
 * Where the web host serves a finished download, once: this path followed by the download's token.
 * The token is the capability (unguessable, handed only to the page that asked, dropped once the
 * file is fetched or after DOWNLOAD_TTL_MS), so the file never travels through the API's JSON.
 */
export const DOWNLOAD_ROUTE = '/download/';
export const DOWNLOAD_TTL_MS = 10 * 60_000;

export const dataExportScopeSchema = z.union([z.object({ auditId: id }).strict(), z.object({ clientId: id }).strict()]);
export type DataExportScope = z.infer<typeof dataExportScopeSchema>;

export const dataExportInputSchema = z
  .object({
    /** One audit, or every audit of a client (oldest first). */
    scope: dataExportScopeSchema,
    format: z.enum(EXPORT_FORMATS),
    /** CSV only (one table per file): the answers, or the audit trail (every entry, who, when, old → new, why, hashes). */
    table: z.enum(['answers', 'trail']).default('answers'),
    /**
     * download: the file is written to a temporary file the page then fetches once from `download.url`
     * (the browser streams it to disk). file: the backend writes it
     * to this absolute path (temporary name, flushed, renamed), for the desktop app's save dialog;
     * refused in the web host, where the page must never choose paths on the server.
     */
    destination: z.discriminatedUnion('kind', [
      z.object({ kind: z.literal('download') }).strict(),
      z.object({ kind: z.literal('file'), path: z.string().min(1).max(4096) }).strict(),
    ]),
    /** Yes / No / N/A words and a right-to-left sheet for Arabic; the settings' language (else English) when left out. */
    language: languageSchema.optional(),
  })
  .strict();
export type DataExportInput = z.output<typeof dataExportInputSchema>;

export interface DataExportResult {
  fileName: string;
  bytes: number;
  /** Rows written: answers (one per criterion in the scope of each audit), or trail entries.  */
  rows: number;
  /** Only for a download: the one-time address of the finished file (DOWNLOAD_ROUTE + token). */
  download?: { url: string };
  /** Only for a file: the absolute path written. */
  path?: string;
  /**
   * Set by the desktop app's main process, never by the backend, when the user closes its save
   * dialog without choosing: nothing was made or written.
   */
  cancelled?: boolean;
}

export const exportsApi = {
  'exports.data': { input: dataExportInputSchema, output: returns<DataExportResult>() },
} as const;
