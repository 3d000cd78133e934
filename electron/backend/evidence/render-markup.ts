import sharp, { type Exif, type OverlayOptions } from 'sharp';
import type { CaptureFacts } from '../../../shared/evidence/capture-facts';
import { MARKUP_COLOR_HEX, type MarkupShape } from '../../../shared/evidence/markup';
import { LIMITS } from '../../../shared/rules/limits';

const MAX_PIXELS = LIMITS.evidence.pixels;
/** Cells across the shorter side of a blurred box: too few for a face or a name to survive. */
const BLUR_CELLS = 6;

const escapeXml = (text: string) =>
  text.replace(/[<>&"']/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c]!);

/** Annotations (not redactions) as one SVG the size of the image; labels are escaped text, never markup. */
function annotationSvg(shapes: MarkupShape[], width: number, height: number): string {
  const stroke = Math.max(3, Math.round(Math.min(width, height) / 160));
  const font = Math.max(14, Math.round(Math.min(width, height) / 24));
  const parts = shapes.map((s) => {
    switch (s.kind) {
      case 'arrow': {
        const [x1, y1, x2, y2] = [s.x1 * width, s.y1 * height, s.x2 * width, s.y2 * height];
        const angle = Math.atan2(y2 - y1, x2 - x1);
        const head = stroke * 5;
        const p = (a: number) => `${x2 - head * Math.cos(angle + a)},${y2 - head * Math.sin(angle + a)}`;
        const c = MARKUP_COLOR_HEX[s.color];
        return `<line x1="${x1}" y1="${y1}" x2="${x2}" y2="${y2}" stroke="${c}" stroke-width="${stroke}" stroke-linecap="round"/><polygon points="${x2},${y2} ${p(0.45)} ${p(-0.45)}" fill="${c}"/>`;
      }
      case 'circle':
        return (
          `<ellipse cx="${(s.x + s.w / 2) * width}" cy="${(s.y + s.h / 2) * height}" ` +
          `rx="${(s.w / 2) * width}" ry="${(s.h / 2) * height}" ` +
          `fill="none" stroke="${MARKUP_COLOR_HEX[s.color]}" stroke-width="${stroke}"/>`
        );
      case 'rect':
        return `<rect x="${s.x * width}" y="${s.y * height}" width="${s.w * width}" height="${s.h * height}" fill="none" stroke="${MARKUP_COLOR_HEX[s.color]}" stroke-width="${stroke}"/>`;
      case 'text':
        // A dark halo keeps the label readable on any background.
        return (
          `<text x="${s.x * width}" y="${s.y * height + font}" ` +
          `font-family="DejaVu Sans, Noto Sans, Arial, sans-serif" font-size="${font}" font-weight="bold" ` +
          `fill="${MARKUP_COLOR_HEX[s.color]}" stroke="#000" stroke-width="${Math.max(1, font / 10)}" ` +
          `paint-order="stroke">${escapeXml(s.text)}</text>`
        );
      case 'redact':
        return '';
    }
  });
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">${parts.join('')}</svg>`;
}

/** Whole pixels inside the image for a box given in fractions. */
function pixelBox(s: { x: number; y: number; w: number; h: number }, width: number, height: number) {
  const left = Math.min(width - 1, Math.max(0, Math.floor(s.x * width)));
  const top = Math.min(height - 1, Math.max(0, Math.floor(s.y * height)));
  return {
    left,
    top,
    width: Math.max(1, Math.min(width - left, Math.ceil(s.w * width))),
    height: Math.max(1, Math.min(height - top, Math.ceil(s.h * height))),
  };
}

const ratio = (n: number) => `${Math.round(n * 1_000_000)}/1000000`;
const dms = (deg: number) => {
  const a = Math.abs(deg);
  const d = Math.floor(a);
  const m = Math.floor((a - d) * 60);
  const s = ((a - d) * 60 - m) * 60;
  return `${d}/1 ${m}/1 ${ratio(s)}`;
};

/** The capture facts written back into the derived copy, so they travel with it (nothing else of the original's EXIF does). */
function exifOf(capture: CaptureFacts | null): Exif {
  if (!capture) return {};
  const exif: Exif = {};
  if (capture.device) exif.IFD0 = { Model: capture.device };
  if (capture.localTime) {
    const offset = capture.offsetKnown && capture.at ? offsetOf(capture) : null;
    exif.IFD2 = {
      DateTimeOriginal: capture.localTime.replace(/^(\d{4})-(\d{2})-(\d{2})/, '$1:$2:$3'),
      ...(offset ? { OffsetTimeOriginal: offset } : {}),
    };
  }
  if (capture.lat !== null && capture.lon !== null)
    exif.IFD3 = {
      GPSLatitudeRef: capture.lat < 0 ? 'S' : 'N',
      GPSLatitude: dms(capture.lat),
      GPSLongitudeRef: capture.lon < 0 ? 'W' : 'E',
      GPSLongitude: dms(capture.lon),
    };
  return exif;
}

/** The offset between the camera's wall clock and the instant it stands for, as "+02:00". */
function offsetOf(capture: CaptureFacts): string {
  const wall = Date.parse(`${capture.localTime!.replace(' ', 'T')}Z`);
  const minutes = Math.round((wall - Date.parse(capture.at!)) / 60_000);
  const a = Math.abs(minutes);
  return `${minutes < 0 ? '-' : '+'}${String(Math.floor(a / 60)).padStart(2, '0')}:${String(a % 60).padStart(2, '0')}`;
}

/**
 * The derived copy: the original turned upright at full size, redaction boxes burnt in first
 * (solid black, or pixelated then blurred), annotations drawn on top, written as a new JPEG that
 * carries none of the original's metadata except the capture facts. The original is only read.
 */
export async function renderDerivedCopy(
  original: Buffer,
  shapes: MarkupShape[],
  capture: CaptureFacts | null,
): Promise<Buffer> {
  const upright = await sharp(original, { limitInputPixels: MAX_PIXELS })
    .rotate()
    .flatten({ background: '#ffffff' })
    .toColourspace('srgb')
    .raw()
    .toBuffer({ resolveWithObject: true });
  const { width, height, channels } = upright.info;
  const base = () => sharp(upright.data, { raw: { width, height, channels }, limitInputPixels: MAX_PIXELS });
  const layers: OverlayOptions[] = [];
  for (const s of shapes) {
    if (s.kind !== 'redact') continue;
    const box = pixelBox(s, width, height);
    if (s.style === 'solid') {
      layers.push({
        input: { create: { width: box.width, height: box.height, channels: 3, background: '#000000' } },
        left: box.left,
        top: box.top,
      });
      continue;
    }
    const cell = Math.max(1, Math.round(Math.min(box.width, box.height) / BLUR_CELLS));
    const small = await base()
      .extract(box)
      .resize(Math.max(1, Math.round(box.width / cell)), Math.max(1, Math.round(box.height / cell)), { fit: 'fill' })
      .png()
      .toBuffer();
    const blurred = await sharp(small)
      .resize(box.width, box.height, { fit: 'fill', kernel: 'nearest' })
      .blur(Math.max(1, cell / 2))
      .png()
      .toBuffer();
    layers.push({ input: blurred, left: box.left, top: box.top });
  }
  const annotations = shapes.filter((s) => s.kind !== 'redact');
  if (annotations.length)
    layers.push({ input: Buffer.from(annotationSvg(annotations, width, height)), left: 0, top: 0 });
  return base().composite(layers).jpeg({ quality: 88, mozjpeg: true }).withExif(exifOf(capture)).toBuffer();
}
