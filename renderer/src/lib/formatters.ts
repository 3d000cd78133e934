/**
 * Intl formatters are costly to build (a fraction of a millisecond each) and screens format
 * hundreds of dates and numbers, so each one is built once per language and options.
 */
const cache = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat>();

export function dateFormat(
  language: string,
  options: Intl.DateTimeFormatOptions = { dateStyle: 'medium' },
): Intl.DateTimeFormat {
  const key = `d|${language}|${JSON.stringify(options)}`;
  let f = cache.get(key) as Intl.DateTimeFormat | undefined;
  if (!f) cache.set(key, (f = new Intl.DateTimeFormat(language, options)));
  return f;
}

export function numberFormat(language: string, options: Intl.NumberFormatOptions = {}): Intl.NumberFormat {
  const key = `n|${language}|${JSON.stringify(options)}`;
  let f = cache.get(key) as Intl.NumberFormat | undefined;
  if (!f) cache.set(key, (f = new Intl.NumberFormat(language, options)));
  return f;
}

/**
 * An audit date (YYYY-MM-DD, a calendar day) in the interface's language, isolated (FSI … PDI):
 * an Arabic date set among Latin titles otherwise has its parts reordered by the bidi algorithm.
 */
export const formatDay = (language: string, isoDay: string): string =>
  `\u2068${dateFormat(language).format(new Date(`${isoDay}T12:00:00`))}\u2069`;
