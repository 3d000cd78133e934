import type {
  PackageExportResult,
  PackageImportResult,
  PackagePreview,
  ExchangeConflict,
} from '../../../shared/api/exchange-api';
import type { ParsedInput } from '../../../shared/contract';
import type { BackendContext } from '../context';
import { decodePackageBase64, importPackage, previewPackage } from '../exchange/apply-import';
import { listConflicts, resolveConflict } from '../exchange/conflicts';
import { exportPackage } from '../exchange/export-package';

export const exchangeHandlers = {
  /** One visit, several, a wave or a client's audits as one package file (download or a desktop path). */
  'packages.export'(input: ParsedInput<'packages.export'>, ctx: BackendContext): PackageExportResult {
    return exportPackage(input, ctx);
  },
  /** Checks a package completely and says what importing it would add, update and where it conflicts; writes nothing. */
  'packages.preview'(input: ParsedInput<'packages.preview'>, ctx: BackendContext): Promise<PackagePreview> {
    return previewPackage(ctx, decodePackageBase64(input.base64, input.fileName));
  },
  'packages.import'(input: ParsedInput<'packages.import'>, ctx: BackendContext): Promise<PackageImportResult> {
    return importPackage(ctx, decodePackageBase64(input.base64, input.fileName), input.fileName, input.planHash);
  },
  'conflicts.list'(input: ParsedInput<'conflicts.list'>, ctx: BackendContext): ExchangeConflict[] {
    return listConflicts(ctx, input.clientId);
  },
  'conflicts.resolve'(
    input: ParsedInput<'conflicts.resolve'>,
    ctx: BackendContext,
  ): { id: string; keep: 'local' | 'incoming' } {
    return resolveConflict(ctx, input.id, input.keep);
  },
};
