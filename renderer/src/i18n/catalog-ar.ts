import ar from './locales/ar.json';
import { mergeCatalog, type Tree } from './catalog-merge';

export const catalog = mergeCatalog(
  ar as typeof ar & Tree,
  import.meta.glob<Tree>('./locales/*/ar.json', { eager: true, import: 'default' }),
);
