export type Tree = { [key: string]: string | Tree };

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

/**
 * Each area of the app may keep its strings in `locales/<area>/<language>.json` beside the main
 * catalogs, so that work on different screens never edits the same file. They are merged into one
 * tree per language; a key defined twice is an error, not a silent override.
 */
export function mergeCatalog<T extends Tree>(base: T, areaFiles: Record<string, Tree>): T {
  const merged = structuredClone(base) as Tree;
  for (const tree of Object.values(areaFiles)) mergeInto(merged, tree, '');
  return merged as T;
}
