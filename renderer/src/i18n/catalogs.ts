import { catalog as ar } from './catalog-ar';
import { catalog as en } from './catalog-en';
import { catalog as ro } from './catalog-ro';

/**
 * Every language's whole catalog (tests and tools). The app itself loads only the language it
 * shows, one chunk per language (i18n.ts `loadCatalog`).
 */
export const catalogs = { en, ar, ro } as const;
