import ro from './locales/ro.json';
import { mergeCatalog, type Tree } from './catalog-merge';

export const catalog = mergeCatalog(
  ro as typeof ro & Tree,
  import.meta.glob<Tree>('./locales/*/ro.json', { eager: true, import: 'default' }),
);
