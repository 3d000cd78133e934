import { LIMITS } from './limits';

/** Characters no file system takes in a name, plus controls and bidi overrides (which disguise extensions). */
const UNSAFE = /[\\/:*?"<>|\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]+/g;

/**
 * The one rule for a file name the app suggests (CSV, XLSX, package, PDF, template): the parts
 * joined by " - ", every unsafe character replaced by "-", spaces collapsed, no leading dots or
 * dashes, no trailing dots or spaces, at most LIMITS.fileName characters, then the extension.
 */
/** Names Windows reserves for devices, whatever the extension after them. */
const WINDOWS_DEVICE = /^(con|prn|aux|nul|com[1-9]|lpt[1-9])$/i;

export function suggestedFileName(parts: readonly string[], extension: string, fallback: string): string {
  const base = parts
    .filter((p) => p.trim() !== '')
    .join(' - ')
    .normalize('NFC')
    .replace(UNSAFE, '-')
    .replace(/\s+/g, ' ')
    .replace(/^[.\s-]+|[.\s]+$/g, '');
  // Cut by whole characters (an emoji cut in half is no text a file system or an HTTP header takes), then what a
  // cut may leave at the end, and never a name Windows keeps for a device (CON, NUL, COM1...).
  const cut = Array.from(base)
    .slice(0, LIMITS.fileName)
    .join('')
    .replace(/[.\s]+$/, '');
  const name = cut || fallback;
  return `${WINDOWS_DEVICE.test(name) ? `${name}-` : name}.${extension}`;
}
