import { createHash } from 'node:crypto';
import sharp, { type Metadata } from 'sharp';
import { EVIDENCE_MAX_BYTES } from '../../../shared/api/audits-api';
import type { CaptureFacts } from '../../../shared/evidence/capture-facts';
import { reason, type Reason } from '../../../shared/reasons/reason';
import { LIMITS } from '../../../shared/rules/limits';
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
const MAX_PIXELS = LIMITS.evidence.pixels;
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

/** A photo refused for a reason of its own (what it is, its size), said as a fragment: "it is not a JPEG…". */
class PhotoRefusal extends Error {
  constructor(readonly why: Reason) {
    super(why.key);
  }
}

function kindOf(format: string | undefined): { mime: string; ext: string } {
  const accepted = format ? ACCEPTED.get(format) : undefined;
  if (!accepted) throw new PhotoRefusal(reason('photoWhyNotAPhoto'));
  return accepted;
}

/**
 * The header's size, read before a pixel is decoded, held to the pixel limit: a 100 KB PNG can claim
 * 30000 × 30000 pixels. (The decoders keep the same limit; the header is read without it, so the
 * refusal can say the size.)
 */
async function headerWithin(original: Buffer): Promise<Metadata> {
  const meta = await sharp(original, { limitInputPixels: false }).metadata();
  if (!meta.width || !meta.height) throw new Error('no size in the header');
  if (meta.width * meta.height > MAX_PIXELS)
    throw new PhotoRefusal(
      reason('photoWhyTooManyPixels', {
        width: meta.width,
        height: meta.height,
        limit: MAX_PIXELS / 1_000_000,
      }),
    );
  return meta;
}

/**
 * The refusal of a photo that cannot be used, in plain words: what it is not, or that it is damaged.
 * The library's own words (libvips: "Input buffer contains unsupported image format"...) go to the
 * log, never into the message.
 */
function unusable(fileName: string, format: string | undefined, error: unknown): never {
  if (error instanceof AppError) throw error;
  const refuse = (why: Reason): never => {
    throw AppError.because(
      'UNSUPPORTED_IMAGE',
      reason('photoNotAttached', { name: fileName, why }),
      'Nothing was attached.',
    );
  };
  // Too many pixels is said as such, whatever the kind; a file named .heic gets the HEIC advice.
  if (error instanceof PhotoRefusal && error.why.key !== 'photoWhyNotAPhoto') refuse(error.why);
  if (/\.(heic|heif)$/i.test(fileName) || format === 'heif') {
    throw AppError.because('UNSUPPORTED_IMAGE', reason('photoHeic', { name: fileName }), 'Nothing was attached.');
  }
  if (error instanceof PhotoRefusal) refuse(error.why);
  console.warn(`[photos] "${fileName}" could not be decoded:`, error instanceof Error ? error.message : error);
  return refuse(reason('photoWhyDamaged'));
}

/**
 * Why a photo refused by checkPhoto cannot be used, as a fragment for a package's refusal ("The photo
 * … cannot be used: it is …"); null for a refusal with no fragment.
 */
export function whyPhotoUnusable(error: unknown): Reason | null {
  const r = error instanceof AppError ? error.reason : undefined;
  if (r?.key === 'photoNotAttached' && typeof r.params.why === 'object') return r.params.why;
  if (r?.key === 'photoHeic') return reason('photoWhyHeic');
  return null;
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
    const meta = await headerWithin(original);
    // The EXIF is read on this thread while the pixels decode on sharp's.
    const [, capture] = await Promise.all([decodeEveryPixel(original), readCaptureFacts(original)]);
    return { ...kind, ...uprightSize(meta)!, capture };
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
    format = sniffFormat(original);
    const kind = kindOf(format);
    const meta = await headerWithin(original);
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
