import type { DataExportResult } from '../../../shared/api/exports-api';
import type { ParsedInput } from '../../../shared/contract';
import type { BackendContext } from '../context';
import { exportData } from '../exports/export-data';

export const exportHandlers = {
  /** CSV (answers) or XLSX (summary, answers, actions, metrics) of one audit or a whole client; read-only. */
  'exports.data'(input: ParsedInput<'exports.data'>, ctx: BackendContext): Promise<DataExportResult> {
    return exportData(input, ctx);
  },
};
