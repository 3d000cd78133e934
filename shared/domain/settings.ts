import { z } from 'zod';

export const LANGUAGES = ['en', 'ar', 'ro'] as const;
export type Language = (typeof LANGUAGES)[number];
export const languageSchema = z.enum(LANGUAGES);

/** Right-to-left scripts among the shipped languages. */
export const isRtl = (lang: Language): boolean => lang === 'ar';

/** The report's accent colour until the consultant picks one (the app's own blue). */
export const DEFAULT_ACCENT_COLOUR = '#1f4e79';
export const accentColourSchema = z.string().regex(/^#[0-9a-fA-F]{6}$/, 'a colour as #rrggbb');
/** A logo file may be at most this large before it is downscaled (to at most LOGO_MAX_PX, PNG). */
export const LOGO_MAX_BYTES = 5 * 1024 * 1024;
export const LOGO_MAX_PX = { width: 600, height: 300 } as const;
export const CONSULTANT_NAME_MAX = 120;

export interface Settings {
  language: Language | null;
  /** The consultant or firm named on the report's cover; '' when not set. */
  consultantName: string;
  /** #rrggbb: the report's headings and rules. */
  accentColour: string;
  /** The consultant's logo, downscaled PNG as a data URL; null when none. */
  logoDataUrl: string | null;
}

/** The report's branding: set once in the settings, shown on every report. */
export type Branding = Pick<Settings, 'consultantName' | 'accentColour' | 'logoDataUrl'>;

/** A change to the settings: only the fields given are touched. `logo: null` removes the logo. */
export const settingsUpdateSchema = z
  .object({
    language: languageSchema.optional(),
    consultantName: z.string().trim().max(CONSULTANT_NAME_MAX).optional(),
    accentColour: accentColourSchema.optional(),
    logo: z
      .object({
        // Room for twice the limit, so an oversized file is refused in words (FILE_TOO_LARGE), not as a validation error.
        base64: z.string().max(Math.ceil((2 * LOGO_MAX_BYTES * 4) / 3)),
        fileName: z.string().trim().min(1).max(260),
      })
      .strict()
      .nullable()
      .optional(),
  })
  .strict();
export type SettingsUpdate = z.output<typeof settingsUpdateSchema>;
