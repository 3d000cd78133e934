import en from './locales/en.json';
import { ENGLISH_REASONS } from '../../../shared/reasons/english-reasons';
import { mergeCatalog, type Tree } from './catalog-merge';

// The reasons' English lives with the backend that says them (shared/reasons); Arabic and Romanian in locales/reasons.
export const catalog = mergeCatalog(
  { ...en, reasons: ENGLISH_REASONS } as typeof en & Tree,
  import.meta.glob<Tree>('./locales/*/en.json', { eager: true, import: 'default' }),
);
