import type { TFunction } from 'i18next';

/**
 * The same translate function, each distinct call worked out once. A long report asks for the same
 * few strings ("Yes", "1.0 of 1.0", a score) tens of thousands of times, and i18next's lookup and
 * interpolation were a quarter of drawing it. Made per `t` (a new one comes with a new language), so
 * what it remembers is never another language's or an older catalogue's.
 */
export function memoT(t: TFunction): TFunction {
  const translate = t as unknown as (...args: unknown[]) => unknown;
  const known = new Map<string, unknown>();
  const memo = (...args: unknown[]) => {
    const id = args.length === 1 ? String(args[0]) : JSON.stringify(args);
    if (known.has(id)) return known.get(id);
    const text = translate(...args);
    known.set(id, text);
    return text;
  };
  return memo as unknown as TFunction;
}
