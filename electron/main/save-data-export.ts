import { ok, fail, type Result } from '../../shared/result';

type Call = (input: unknown) => Promise<Result<unknown>>;

/**
 * Data exports in the desktop app: the renderer asks for a download; main asks the user where to
 * save it and has the backend write the file there (temporary name, then rename). A path never
 * comes from the renderer, so no page can make the app write where the user did not choose.
 */
export async function saveDataExport(
  input: unknown,
  call: Call,
  choosePath: (fileName: string) => Promise<string | null>,
): Promise<Result<unknown>> {
  const request = input as { destination?: { kind?: string }; format?: string } | null;
  // Malformed input goes to the backend, which refuses it with the usual validation message.
  if (!request || typeof request !== 'object') return call(input);
  if (request.destination?.kind === 'file')
    return fail('NOT_ALLOWED', 'The app chooses where a file is saved, through its save dialog.');
  const path = await choosePath(`journey-audit-export.${request.format === 'xlsx' ? 'xlsx' : 'csv'}`);
  if (!path) return ok({ fileName: '', bytes: 0, rows: 0, cancelled: true });
  return call({ ...request, destination: { kind: 'file', path } });
}
