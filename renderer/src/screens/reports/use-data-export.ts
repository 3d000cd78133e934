import { useEffect, useRef, useState } from 'react';
import type { DataExportScope, ExportFormat } from '../../../../shared/api/exports-api';
import { languageSchema } from '../../../../shared/domain/settings';
import type { ApiError } from '../../../../shared/result';
import { useReports } from '../../stores/reports-store';
import { downloadFrom } from '../../lib/download';
import { apiErrorOf } from '../../lib/field-errors';

/** What a button makes: the answers as CSV or XLSX, or the audit trail as CSV. */
export type DataExportKind = ExportFormat | 'trail';
export type DataExportState =
  | { phase: 'idle' }
  | { phase: 'running'; format: DataExportKind }
  | { phase: 'done'; format: DataExportKind; fileName: string; rows: number; path: string | null }
  | { phase: 'failed'; format: DataExportKind; error: ApiError };

/**
 * Asks for a CSV or XLSX of one audit or a whole client with a download destination and lets the
 * browser fetch the finished file from its one-time address. In the desktop app main asks where to
 * save instead and answers with the path written, or `cancelled`. One export at a time.
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
        if (result.download) downloadFrom(result.download.url, result.fileName);
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
