import { createHash } from 'node:crypto';
import sharp from 'sharp';
import { EVIDENCE_MAX_BYTES } from '../../../shared/api/audits-api';
import type { CaptureFacts } from '../../../shared/evidence/capture-facts';
import { inEnglish, reason } from '../../../shared/reasons/reason';
import { AppError } from '../../../shared/result';
import { readCaptureFacts } from './read-capture-facts';

export const DISPLAY_MAX_PX = 1600;
export const THUMB_MAX_PX = 320;
/**
 * WebP encoder effort for the derived copies: 0 encodes a display copy about eight times faster than
 * the default 4 (the import of a wave's photos was mostly WebP encoding) for a somewhat larger file
 * that only ever sits on this laptop; the original is kept as it came.
 */
const DERIVED_EFFORT = 0;
const MAX_PIXELS = 120_000_000;
const ACCEPTED = new Map([
  ['jpeg', { mime: 'image/jpeg', ext: 'jpg' }],
  ['png', { mime: 'image/png', ext: 'png' }],
  ['webp', { mime: 'image/webp', ext: 'webp' }],
  ['heif', { mime: 'image/heic', ext: 'heic' }],
]);

export interface ProcessedPhoto {
  sha256: string;
  mime: string;
  ext: string;
  width: number;
  height: number;
  original: Buffer;
  display: Buffer;
  thumbDataUrl: string;
  /** What the original's EXIF says about when, where and with what it was taken. */
  capture: CaptureFacts;
}

/**
 * Reads a photo fully before anything is stored: the original is kept as it came; a display copy
 * (at most 1600 px, turned upright from its EXIF orientation) and a thumbnail are made from it.
 */
export async function processPhoto(fileName: string, original: Buffer): Promise<ProcessedPhoto> {
  if (original.length > EVIDENCE_MAX_BYTES) {
    throw AppError.because(
      'FILE_TOO_LARGE',
      reason('photoTooLargeToAttach', {
        name: fileName,
        size: `${(original.length / 1024 / 1024).toFixed(1)} MB`,
        limit: `${EVIDENCE_MAX_BYTES / 1024 / 1024} MB`,
      }),
      'Nothing was attached.',
    );
  }
  const isHeicName = /\.(heic|heif)$/i.test(fileName);
  let format: string | undefined;
  try {
    const meta = await sharp(original, { limitInputPixels: MAX_PIXELS }).metadata();
    format = meta.format;
    const accepted = format ? ACCEPTED.get(format) : undefined;
    if (!accepted) throw new Error(`format ${format ?? 'unknown'}`);
    const upright = () => sharp(original, { limitInputPixels: MAX_PIXELS }).rotate();
    const display = await upright()
      .resize({ width: DISPLAY_MAX_PX, height: DISPLAY_MAX_PX, fit: 'inside', withoutEnlargement: true })
      .webp({ quality: 82, effort: DERIVED_EFFORT })
      .toBuffer({ resolveWithObject: true });
    const thumb = await upright()
      .resize({ width: THUMB_MAX_PX, height: THUMB_MAX_PX, fit: 'inside', withoutEnlargement: true })
      .webp({ quality: 70, effort: DERIVED_EFFORT })
      .toBuffer();
    const oriented = (meta.orientation ?? 1) >= 5;
    return {
      sha256: createHash('sha256').update(original).digest('hex'),
      mime: accepted.mime,
      ext: accepted.ext,
      width: oriented ? (meta.height ?? display.info.height) : (meta.width ?? display.info.width),
      height: oriented ? (meta.width ?? display.info.width) : (meta.height ?? display.info.height),
      original,
      display: display.data,
      thumbDataUrl: `data:image/webp;base64,${thumb.toString('base64')}`,
      capture: await readCaptureFacts(original),
    };
  } catch (error) {
    if (error instanceof AppError) throw error;
    if (isHeicName || format === 'heif') {
      throw AppError.because('UNSUPPORTED_IMAGE', reason('photoHeic', { name: fileName }), 'Nothing was attached.');
    }
    // sharp's own words stay in the English message, for the log; the screen says the reason.
    const why = reason('photoUnreadable', { name: fileName });
    throw new AppError(
      'UNSUPPORTED_IMAGE',
      `${inEnglish(why)} (${String((error as Error).message).slice(0, 120)}) Nothing was attached.`,
      undefined,
      why,
    );
  }
}
