import { z } from 'zod';

/**
 * Text the user types is always text: no control characters (NUL, escape...) and no bidi
 * embedding, override or isolate controls (U+202A–U+202E, U+2066–U+2069), which can make
 * "Invoice\u202Efdp.exe" read as "Invoiceexe.pdf" in a file name or a report. Marks that only
 * nudge direction (U+200E, U+200F, U+061C) stay: Arabic text needs them.
 */
const LINE_FORBIDDEN = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;
/** Multi-line text may also hold tabs and line breaks. */
const PROSE_FORBIDDEN = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

/**
 * Half of a UTF-16 surrogate pair on its own: not a character at all. SQLite stores it as U+FFFD, so the text saved
 * would not be the text sent (the trail, which keeps what was sent, would then disagree with the audit).
 */
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

export const FORBIDDEN_CHARACTERS_MESSAGE = 'contains control, text-direction override or broken characters';

/** Does a one-line value (a name, a title) hold a character no user text may hold? */
export function hasForbiddenLineCharacters(text: string): boolean {
  return LINE_FORBIDDEN.test(text) || LONE_SURROGATE.test(text);
}

/** Does multi-line text (notes, comments) hold a character no user text may hold? Tabs and line breaks are fine. */
export function hasForbiddenProseCharacters(text: string): boolean {
  return PROSE_FORBIDDEN.test(text) || LONE_SURROGATE.test(text);
}

/** A one-line text with every forbidden character removed (for names that become file names). */
export function withoutForbiddenCharacters(text: string): string {
  return text.replace(new RegExp(LINE_FORBIDDEN.source, 'g'), '').replace(new RegExp(LONE_SURROGATE.source, 'g'), '');
}

const noLineControls = (s: string) => !hasForbiddenLineCharacters(s);
const noProseControls = (s: string) => !hasForbiddenProseCharacters(s);

/** One line of optional text, trimmed, at most `max` characters (API input). */
export const lineText = (max: number) =>
  z.string().trim().max(max).refine(noLineControls, FORBIDDEN_CHARACTERS_MESSAGE);
/** One line of text that must not be blank (names, titles). */
export const requiredLine = (max: number) =>
  z.string().trim().min(1).max(max).refine(noLineControls, FORBIDDEN_CHARACTERS_MESSAGE);
/** Multi-line text (notes, comments), trimmed. */
export const proseText = (max: number) =>
  z.string().trim().max(max).refine(noProseControls, FORBIDDEN_CHARACTERS_MESSAGE);
/** Multi-line text kept exactly as typed (the walk's notes autosave as the user types). */
export const untrimmedProse = (max: number) =>
  z.string().max(max).refine(noProseControls, FORBIDDEN_CHARACTERS_MESSAGE);

/**
 * The same rules for a stored value travelling in a package: nothing is trimmed (a record's
 * content hash must not change on the way), but the limit and the characters are the API's.
 */
export const storedLine = (max: number) => z.string().max(max).refine(noLineControls, FORBIDDEN_CHARACTERS_MESSAGE);
export const storedRequiredLine = (max: number) =>
  storedLine(max).refine((s) => s.trim().length > 0, 'must not be blank');
export const storedProse = (max: number) => z.string().max(max).refine(noProseControls, FORBIDDEN_CHARACTERS_MESSAGE);
/** Multi-line text that must not be blank (a reason, a return comment). */
export const requiredProse = (max: number) =>
  z.string().trim().min(1).max(max).refine(noProseControls, FORBIDDEN_CHARACTERS_MESSAGE);
