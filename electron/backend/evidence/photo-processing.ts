import { createHash } from 'node:crypto';
import sharp, { type Metadata } from 'sharp';
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

/** What checking a photo tells: its kind, its upright size and what its EXIF says. */
export interface CheckedPhoto {
  mime: string;
  ext: string;
  width: number;
  height: number;
  /** What the original's EXIF says about when, where and with what it was taken. */
  capture: CaptureFacts;
}

/** The copies the app shows: a display copy (at most 1600 px, upright) and a thumbnail (at most 320 px). */
export interface DerivedCopies {
  display: Buffer;
  thumbDataUrl: string;
}

export interface ProcessedPhoto extends CheckedPhoto, DerivedCopies {
  sha256: string;
  original: Buffer;
}

function refuseTooLarge(fileName: string, original: Buffer): void {
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
}

/** The upright size from the header: EXIF orientations 5 to 8 turn the photo a quarter. */
function uprightSize(meta: Metadata): { width: number; height: number } | null {
  if (!meta.width || !meta.height) return null;
  return (meta.orientation ?? 1) >= 5
    ? { width: meta.height, height: meta.width }
    : { width: meta.width, height: meta.height };
}

function kindOf(format: string | undefined): { mime: string; ext: string } {
  const accepted = format ? ACCEPTED.get(format) : undefined;
  if (!accepted) throw new Error(`format ${format ?? 'unknown'}`);
  return accepted;
}

function unusable(fileName: string, format: string | undefined, error: unknown): never {
  if (error instanceof AppError) throw error;
  if (/\.(heic|heif)$/i.test(fileName) || format === 'heif') {
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

/** HEIF's brands (HEIC from phones, AVIF): libvips reads them all as "heif". */
const HEIF_BRANDS = new Set(['heic', 'heix', 'hevc', 'hevx', 'heim', 'heis', 'mif1', 'msf1', 'avif', 'avis']);

/** The format by the file's first bytes, named as libvips names it (sharp's metadata().format). */
export function sniffFormat(bytes: Buffer): string | undefined {
  if (bytes.length >= 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'jpeg';
  if (bytes.length >= 8 && bytes.readUInt32BE(0) === 0x89504e47 && bytes.readUInt32BE(4) === 0x0d0a1a0a) return 'png';
  if (bytes.length >= 12 && bytes.toString('latin1', 0, 4) === 'RIFF' && bytes.toString('latin1', 8, 12) === 'WEBP')
    return 'webp';
  if (
    bytes.length >= 12 &&
    bytes.toString('latin1', 4, 8) === 'ftyp' &&
    HEIF_BRANDS.has(bytes.toString('latin1', 8, 12))
  )
    return 'heif';
  return undefined;
}

/**
 * Every pixel decoded and averaged down to one: the box filter reads the whole image, so a cut or
 * damaged file fails exactly as a full decode does, but no decoded image (0.9 MB for a 640 x 480
 * photo) is handed back to wait for the collector. A nearest-pixel reduction would skip rows and
 * let a cut file through.
 */
function decodeEveryPixel(original: Buffer): Promise<Buffer> {
  return sharp(original, { limitInputPixels: MAX_PIXELS })
    .resize({ width: 1, height: 1, fit: 'fill', fastShrinkOnLoad: false })
    .raw()
    .toBuffer();
}

/**
 * Checks a photo once, the way an import must before anything is written: the format from its first
 * bytes, the upright size from its header, and every pixel decoded, so that a cut or damaged file is
 * refused. Nothing is derived here: the display copy and thumbnail are the background job's
 * (deriveCopies), so the import does not wait for encoders.
 */
export async function checkPhoto(fileName: string, original: Buffer): Promise<CheckedPhoto> {
  refuseTooLarge(fileName, original);
  const format = sniffFormat(original);
  try {
    const kind = kindOf(format);
    // The EXIF is read on this thread while the pixels decode on sharp's.
    const [meta, , capture] = await Promise.all([
      sharp(original, { limitInputPixels: MAX_PIXELS }).metadata(),
      decodeEveryPixel(original),
      readCaptureFacts(original),
    ]);
    const size = uprightSize(meta);
    if (!size) throw new Error('no size in the header');
    return { ...kind, ...size, capture };
  } catch (error) {
    return unusable(fileName, format, error);
  }
}

/** The display copy (upright, at most 1600 px) from the original; the thumbnail from the display copy. */
export async function deriveCopies(original: Buffer): Promise<DerivedCopies> {
  const display = await sharp(original, { limitInputPixels: MAX_PIXELS })
    .rotate()
    .resize({ width: DISPLAY_MAX_PX, height: DISPLAY_MAX_PX, fit: 'inside', withoutEnlargement: true })
    .webp({ quality: 82, effort: DERIVED_EFFORT })
    .toBuffer();
  const thumb = await sharp(display)
    .resize({ width: THUMB_MAX_PX, height: THUMB_MAX_PX, fit: 'inside', withoutEnlargement: true })
    .webp({ quality: 70, effort: DERIVED_EFFORT })
    .toBuffer();
  return { display, thumbDataUrl: `data:image/webp;base64,${thumb.toString('base64')}` };
}

/**
 * A photo attached one at a time (evidence.add, a team pull): its header is read, then its display
 * copy and thumbnail are made at once (that decode checks the pixels); the original is kept as it came.
 */
export async function processPhoto(fileName: string, original: Buffer): Promise<ProcessedPhoto> {
  refuseTooLarge(fileName, original);
  let format: string | undefined;
  try {
    const meta = await sharp(original, { limitInputPixels: MAX_PIXELS }).metadata();
    format = meta.format;
    const kind = kindOf(meta.format);
    const copies = await deriveCopies(original);
    const size = uprightSize(meta) ?? (await sharp(copies.display).metadata());
    return {
      sha256: createHash('sha256').update(original).digest('hex'),
      ...kind,
      width: size.width!,
      height: size.height!,
      original,
      ...copies,
      capture: await readCaptureFacts(original),
    };
  } catch (error) {
    return unusable(fileName, format, error);
  }
}
