import { z } from 'zod';

export const LANGUAGES = ['en', 'ar', 'ro'] as const;
export type Language = (typeof LANGUAGES)[number];
export const languageSchema = z.enum(LANGUAGES);

/** Right-to-left scripts among the shipped languages. */
export const isRtl = (lang: Language): boolean => lang === 'ar';

export interface Settings {
  language: Language | null;
}
