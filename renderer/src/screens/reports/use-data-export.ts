import { useEffect, useRef, useState } from 'react';
import { EXPORT_MIME, type DataExportScope, type ExportFormat } from '../../../../shared/api/exports-api';
import { languageSchema } from '../../../../shared/domain/settings';
import type { ApiError } from '../../../../shared/result';
import { useReports } from '../../stores/reports-store';
import { downloadBase64 } from '../../lib/download';
import { apiErrorOf } from '../../lib/field-errors';

/** What a button makes: the answers as CSV or XLSX, or the audit trail as CSV. */
export type DataExportKind = ExportFormat | 'trail';
export type DataExportState =
  | { phase: 'idle' }
  | { phase: 'running'; format: DataExportKind }
  | { phase: 'done'; format: DataExportKind; fileName: string; rows: number; path: string | null }
  | { phase: 'failed'; format: DataExportKind; error: ApiError };

/**
 * Asks for a CSV or XLSX of one audit or a whole client with a download destination and hands the
 * bytes to the browser (in the desktop app Electron asks where to save a download; a main process
 * that saves the file itself answers with its path, or `cancelled`). One export at a time.
 */
export function useDataExport(language?: string) {
  const [state, setState] = useState<DataExportState>({ phase: 'idle' });
  const running = useRef(false);
  const mounted = useRef(true);
  useEffect(
    () => () => {
      mounted.current = false;
    },
    [],
  );
  const lang = languageSchema.safeParse(language);

  return {
    state,
    async run(scope: DataExportScope, kind: DataExportKind): Promise<void> {
      if (running.current) return;
      running.current = true;
      const format: ExportFormat = kind === 'trail' ? 'csv' : kind;
      setState({ phase: 'running', format: kind });
      try {
        const result = await useReports.getState().exportData({
          scope,
          format,
          table: kind === 'trail' ? 'trail' : 'answers',
          destination: { kind: 'download' },
          ...(lang.success ? { language: lang.data } : {}),
        });
        // The desktop app may save the file itself (its save dialog), or the user may have closed that dialog.
        if (result.base64 !== undefined) downloadBase64(result.fileName, result.base64, EXPORT_MIME[format]);
        if (mounted.current)
          setState(
            result.cancelled
              ? { phase: 'idle' }
              : { phase: 'done', format: kind, fileName: result.fileName, rows: result.rows, path: result.path ?? null },
          );
      } catch (error) {
        if (mounted.current) setState({ phase: 'failed', format: kind, error: apiErrorOf(error) });
      } finally {
        running.current = false;
      }
    },
    reset: () => setState({ phase: 'idle' }),
  };
}
