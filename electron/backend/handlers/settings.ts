import sharp from 'sharp';
import type { ParsedInput } from '../../../shared/contract';
import { LOGO_MAX_BYTES, LOGO_MAX_PX, type Settings } from '../../../shared/domain/settings';
import { AppError } from '../../../shared/result';
import type { BackendContext } from '../context';
import { write } from '../db/write';
import { readSettings, type SettingKey } from '../queries/settings';

/**
 * A logo as it will be printed: read fully, refused in words when it is not an image, at most
 * 600 x 300 px, PNG (keeps transparency).
 */
async function logoDataUrl(fileName: string, base64: string): Promise<string> {
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(base64))
    throw new AppError(
      'UNSUPPORTED_IMAGE',
      `"${fileName}" did not arrive intact. The logo was not changed; try again.`,
    );
  const bytes = Buffer.from(base64, 'base64');
  if (bytes.length > LOGO_MAX_BYTES) {
    throw new AppError(
      'FILE_TOO_LARGE',
      `"${fileName}" is ${(bytes.length / 1024 / 1024).toFixed(1)} MB; a logo can be at most ${LOGO_MAX_BYTES / 1024 / 1024} MB. The logo was not changed.`,
    );
  }
  try {
    const meta = await sharp(bytes, { limitInputPixels: 60_000_000 }).metadata();
    if (!meta.format || !['jpeg', 'png', 'webp', 'gif', 'svg', 'tiff', 'avif'].includes(meta.format))
      throw new Error(`format ${meta.format ?? 'unknown'}`);
    const png = await sharp(bytes, { limitInputPixels: 60_000_000 })
      .rotate()
      .resize({ width: LOGO_MAX_PX.width, height: LOGO_MAX_PX.height, fit: 'inside', withoutEnlargement: true })
      .png({ compressionLevel: 9 })
      .toBuffer();
    return `data:image/png;base64,${png.toString('base64')}`;
  } catch (error) {
    throw new AppError(
      'UNSUPPORTED_IMAGE',
      `"${fileName}" could not be read as an image (PNG, JPEG, WebP, GIF or SVG) (${String((error as Error).message).slice(0, 120)}). The logo was not changed.`,
    );
  }
}

export const settingsHandlers = {
  'settings.get'(_input: ParsedInput<'settings.get'>, ctx: BackendContext): Settings {
    return readSettings(ctx);
  },
  async 'settings.update'(input: ParsedInput<'settings.update'>, ctx: BackendContext): Promise<Settings> {
    // The image is read and downscaled before anything is written: a refused logo changes nothing.
    const logo =
      input.logo === undefined
        ? undefined
        : input.logo === null
          ? null
          : await logoDataUrl(input.logo.fileName, input.logo.base64);
    const changes: [SettingKey, string | null][] = [];
    if (input.language !== undefined) changes.push(['language', input.language]);
    if (input.consultantName !== undefined) changes.push(['consultantName', input.consultantName]);
    if (input.accentColour !== undefined) changes.push(['accentColour', input.accentColour.toLowerCase()]);
    if (logo !== undefined) changes.push(['logo', logo]);
    write(ctx.db, () => {
      const upsert = ctx.db.prepare(
        'INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value',
      );
      const remove = ctx.db.prepare('DELETE FROM settings WHERE key = ?');
      for (const [key, value] of changes) {
        if (value === null) remove.run(key);
        else upsert.run(key, value);
      }
    });
    const settings = readSettings(ctx);
    if (changes.length) ctx.emit('settings.changed', settings);
    return settings;
  },
};
