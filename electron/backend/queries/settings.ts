import {
  accentColourSchema,
  DEFAULT_ACCENT_COLOUR,
  languageSchema,
  type Branding,
  type Settings,
} from '../../../shared/domain/settings';
import type { BackendContext } from '../context';

/** Settings are rows of the key/value table; a missing or unreadable value falls back to its default. */
export const SETTING_KEYS = ['language', 'consultantName', 'accentColour', 'logo'] as const;
export type SettingKey = (typeof SETTING_KEYS)[number];

function readValues(ctx: BackendContext): Partial<Record<SettingKey, string>> {
  const rows = ctx.db
    .prepare(`SELECT key, value FROM settings WHERE key IN (${SETTING_KEYS.map(() => '?').join(', ')})`)
    .all(...SETTING_KEYS) as { key: SettingKey; value: string }[];
  return Object.fromEntries(rows.map((r) => [r.key, r.value]));
}

export function readSettings(ctx: BackendContext): Settings {
  const v = readValues(ctx);
  const language = languageSchema.safeParse(v.language);
  const accent = accentColourSchema.safeParse(v.accentColour);
  return {
    language: language.success ? language.data : null,
    consultantName: v.consultantName ?? '',
    accentColour: accent.success ? accent.data.toLowerCase() : DEFAULT_ACCENT_COLOUR,
    logoDataUrl: v.logo && v.logo.startsWith('data:image/png;base64,') ? v.logo : null,
  };
}

/** What the report prints as the consultant's own: name, accent colour, logo. */
export function readBranding(ctx: BackendContext): Branding {
  const { consultantName, accentColour, logoDataUrl } = readSettings(ctx);
  return { consultantName, accentColour, logoDataUrl };
}
