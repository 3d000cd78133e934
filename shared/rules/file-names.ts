import { LIMITS } from './limits';

/** Characters no file system takes in a name, plus controls and bidi overrides (which disguise extensions). */
const UNSAFE = /[\\/:*?"<>|\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]+/g;

/**
 * The one rule for a file name the app suggests (CSV, XLSX, package, PDF, template): the parts
 * joined by " - ", every unsafe character replaced by "-", spaces collapsed, no leading dots or
 * dashes, no trailing dots or spaces, at most LIMITS.fileName characters, then the extension.
 */
export function suggestedFileName(parts: readonly string[], extension: string, fallback: string): string {
  const base = parts
    .filter((p) => p.trim() !== '')
    .join(' - ')
    .normalize('NFC')
    .replace(UNSAFE, '-')
    .replace(/\s+/g, ' ')
    .replace(/^[.\s-]+|[.\s]+$/g, '')
    .slice(0, LIMITS.fileName)
    .trim();
  return `${base || fallback}.${extension}`;
}
