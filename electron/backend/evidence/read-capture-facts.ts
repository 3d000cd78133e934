import exifr from 'exifr';
import type { CaptureFacts } from '../../../shared/evidence/capture-facts';

const EXIF_TIME = /^(\d{4}):(\d{2}):(\d{2})[ T](\d{2}):(\d{2}):(\d{2})$/;
const OFFSET = /^([+-])(\d{2}):(\d{2})$/;

/** EXIF time text plus its optional offset, as an instant; without an offset the laptop's zone is assumed. */
function instantOf(
  text: string,
  offset: string | undefined,
): { at: string; localTime: string; offsetKnown: boolean } | null {
  const m = EXIF_TIME.exec(text.trim());
  if (!m) return null;
  const [y, mo, d, h, mi, s] = m.slice(1).map(Number) as [number, number, number, number, number, number];
  const localTime = `${m[1]}-${m[2]}-${m[3]} ${m[4]}:${m[5]}:${m[6]}`;
  const o = offset ? OFFSET.exec(offset.trim()) : null;
  const ms = o
    ? Date.UTC(y, mo - 1, d, h, mi, s) - (o[1] === '-' ? -1 : 1) * (Number(o[2]) * 60 + Number(o[3])) * 60_000
    : new Date(y, mo - 1, d, h, mi, s).getTime();
  if (!Number.isFinite(ms) || y < 1990) return null; // cameras left unset say 0000:00:00 or 1970
  return { at: new Date(ms).toISOString(), localTime, offsetKnown: o !== null };
}

/** The capture facts of a photo's bytes; all fields null when it carried no EXIF (a screenshot, an edited file). */
export async function readCaptureFacts(bytes: Buffer): Promise<CaptureFacts> {
  let tags: Record<string, unknown> | undefined;
  try {
    tags = (await exifr.parse(bytes, {
      tiff: true,
      exif: true,
      gps: true,
      reviveValues: false,
    })) as Record<string, unknown> | undefined;
  } catch {
    tags = undefined; // unreadable EXIF is the same as none: the photo itself was already read by sharp
  }
  const str = (v: unknown) => (typeof v === 'string' && v.trim() !== '' ? v.trim() : undefined);
  const time = str(tags?.DateTimeOriginal) ?? str(tags?.CreateDate);
  const when = time ? instantOf(time, str(tags?.OffsetTimeOriginal) ?? str(tags?.OffsetTime)) : null;
  const lat = typeof tags?.latitude === 'number' && Number.isFinite(tags.latitude) ? tags.latitude : null;
  const lon = typeof tags?.longitude === 'number' && Number.isFinite(tags.longitude) ? tags.longitude : null;
  const make = str(tags?.Make);
  const model = str(tags?.Model);
  const device =
    model && make && !model.toLowerCase().startsWith(make.toLowerCase()) ? `${make} ${model}` : (model ?? make);
  return {
    at: when?.at ?? null,
    localTime: when?.localTime ?? null,
    offsetKnown: when?.offsetKnown ?? false,
    lat: lat !== null && lon !== null ? Math.round(lat * 1e6) / 1e6 : null,
    lon: lat !== null && lon !== null ? Math.round(lon * 1e6) / 1e6 : null,
    device: device ? device.slice(0, 120) : null,
  };
}
