import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { checkPhoto } from '../../electron/backend/evidence/photo-processing';
import { LIMITS } from '../../shared/rules/limits';
import { pngBomb } from '../support/png-bomb';

/** A noisy photo (so its scans carry real data all the way down), with an EXIF orientation when asked. */
async function photo(format: 'jpeg' | 'png' | 'webp', orientation?: number, width = 64, height = 48): Promise<Buffer> {
  let img = sharp({
    create: { width, height, channels: 3, background: '#336699', noise: { type: 'gaussian', mean: 90, sigma: 30 } },
  })[format]();
  if (orientation) img = img.withMetadata({ orientation });
  return img.toBuffer();
}

describe('checkPhoto: every pixel decoded once, the upright size from the header', () => {
  it.each(['jpeg', 'png', 'webp'] as const)('accepts a whole %s with its size and kind', async (format) => {
    const checked = await checkPhoto(`a.${format}`, await photo(format));
    expect(checked).toMatchObject({ width: 64, height: 48, ext: format === 'jpeg' ? 'jpg' : format });
  });

  it('turns the size of a photo taken on its side (EXIF orientations 5 to 8) but not of 1 to 4', async () => {
    for (const orientation of [5, 6, 7, 8]) {
      expect(await checkPhoto('a.jpg', await photo('jpeg', orientation))).toMatchObject({ width: 48, height: 64 });
    }
    for (const orientation of [2, 3, 4]) {
      expect(await checkPhoto('a.jpg', await photo('jpeg', orientation))).toMatchObject({ width: 64, height: 48 });
    }
  });

  // The last rows of a JPEG are only reached by decoding all the others: a check that skipped rows
  // (a nearest-pixel reduction does) lets a file cut near its end through.
  it.each([0.5, 0.9, 0.99])('refuses a JPEG cut at %s of its length, in plain words', async (fraction) => {
    const whole = await photo('jpeg', undefined, 640, 480);
    const cut = whole.subarray(0, Math.floor(whole.length * fraction));
    await expect(checkPhoto('cut.jpg', cut)).rejects.toMatchObject({ code: 'UNSUPPORTED_IMAGE' });
  });

  it('refuses a PNG cut short and bytes that are no photo', async () => {
    const png = await photo('png');
    await expect(checkPhoto('cut.png', png.subarray(0, png.length - 40))).rejects.toMatchObject({
      code: 'UNSUPPORTED_IMAGE',
    });
    await expect(checkPhoto('x.jpg', Buffer.from('not a photo at all'))).rejects.toMatchObject({
      code: 'UNSUPPORTED_IMAGE',
    });
  });

  it('holds a photo to the shared pixel limit by its header, before decoding it, and says the size in words', async () => {
    // 11000 × 10909 is just under the limit; 11000 × 11000 is over it (a 15 KB file).
    expect(11_000 * 10_909).toBeLessThanOrEqual(LIMITS.evidence.pixels);
    await expect(checkPhoto('wide.png', pngBomb(11_000, 10_909))).resolves.toMatchObject({
      width: 11_000,
      height: 10_909,
    });
    const refused = checkPhoto('bomb.png', pngBomb(11_000, 11_000));
    await expect(refused).rejects.toMatchObject({
      code: 'UNSUPPORTED_IMAGE',
      message: `"bomb.png" cannot be attached: it is 11000 × 11000 pixels, more than the ${LIMITS.evidence.pixels / 1e6} megapixels a photo can have. Nothing was attached.`,
      reason: {
        key: 'photoNotAttached',
        params: {
          name: 'bomb.png',
          why: { key: 'photoWhyTooManyPixels', params: { width: 11_000, height: 11_000, limit: 120 } },
        },
      },
    });
  });
});
