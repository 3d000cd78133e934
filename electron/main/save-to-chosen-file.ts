import { packageFileName } from '../../shared/exchange/package-file-name';
import { fail, ok, type Result } from '../../shared/result';

type Call = (input: unknown) => Promise<Result<unknown>>;

/** The methods that make a file, how the save dialog names it, and what "the user cancelled" returns. */
const SAVED_FILES = {
  'exports.data': {
    fileName: (input: Record<string, unknown>) => `journey-audit-export.${input.format === 'xlsx' ? 'xlsx' : 'csv'}`,
    cancelled: { fileName: '', bytes: 0, rows: 0, cancelled: true },
  },
  'packages.export': {
    fileName: (input: Record<string, unknown>) => packageFileName(typeof input.name === 'string' ? input.name : ''),
    cancelled: { fileName: '', bytes: 0, counts: {}, cancelled: true },
  },
} as const;

export type SavedFileMethod = keyof typeof SAVED_FILES;
export const isSavedFileMethod = (method: string): method is SavedFileMethod =>
  Object.prototype.hasOwnProperty.call(SAVED_FILES, method);

/** True when an input names a file destination itself: only main may do that, after the save dialog. */
export function namesAPath(input: unknown): boolean {
  const destination = (input as { destination?: { kind?: unknown } } | null)?.destination;
  return typeof destination === 'object' && destination !== null && destination.kind === 'file';
}

/**
 * Files the desktop app saves (data exports and packages; PDFs go through the PDF jobs with the
 * same dialog): the renderer asks for a download, main asks the user where, and the backend writes
 * exactly there (checked again after resolving symlinks). A path never comes from the renderer.
 */
export async function saveToChosenFile(
  method: SavedFileMethod,
  input: unknown,
  call: Call,
  choosePath: (fileName: string) => Promise<string | null>,
): Promise<Result<unknown>> {
  // Malformed input goes to the backend, which refuses it with the usual validation message.
  if (!input || typeof input !== 'object') return call(input);
  if (namesAPath(input)) return fail('NOT_ALLOWED', 'The app chooses where a file is saved, through its save dialog.');
  const saved = SAVED_FILES[method];
  const path = await choosePath(saved.fileName(input as Record<string, unknown>));
  if (!path) return ok(saved.cancelled);
  return call({ ...input, destination: { kind: 'file', path } });
}
