import ar from './locales/ar.json';
import en from './locales/en.json';
import ro from './locales/ro.json';
import { ENGLISH_REASONS } from '../../../shared/reasons/english-reasons';

type Tree = { [key: string]: string | Tree };
type Language = 'en' | 'ar' | 'ro';

/**
 * Each area of the app may keep its strings in `locales/<area>/<language>.json` beside the main
 * catalogs, so that work on different screens never edits the same file. They are merged into one
 * tree per language; a key defined twice is an error, not a silent override.
 */
const areaFiles = import.meta.glob<Tree>('./locales/*/*.json', { eager: true, import: 'default' });

function mergeInto(target: Tree, source: Tree, path: string): void {
  for (const [key, value] of Object.entries(source)) {
    const at = path ? `${path}.${key}` : key;
    const existing = target[key];
    if (existing === undefined) target[key] = typeof value === 'string' ? value : structuredClone(value);
    else if (typeof existing === 'string' || typeof value === 'string')
      throw new Error(`i18n key defined twice: ${at}`);
    else mergeInto(existing, value, at);
  }
}

function catalogFor<T extends Tree>(language: Language, base: T): T {
  const merged = structuredClone(base) as Tree;
  for (const [file, tree] of Object.entries(areaFiles)) {
    if (file.endsWith(`/${language}.json`)) mergeInto(merged, tree, '');
  }
  return merged as T;
}

export const catalogs = {
  // The reasons' English lives with the backend that says them (shared/reasons); Arabic and Romanian in locales/reasons.
  en: catalogFor('en', { ...en, reasons: ENGLISH_REASONS } as typeof en & Tree),
  ar: catalogFor('ar', ar as typeof ar & Tree),
  ro: catalogFor('ro', ro as typeof ro & Tree),
} as const;
