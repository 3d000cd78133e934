import zlib from 'node:zlib';

/**
 * A small zip codec on node:zlib (no dependency): the writer makes plain zip files (deflate for
 * JSON, stored for photos, which do not shrink); the reader in read-package.ts parses the central
 * directory itself so every field can be checked before a byte is inflated.
 */
export interface ZipEntryInput {
  name: string;
  data: Uint8Array;
  /** Deflate (8) or store (0); default deflate. */
  method?: 0 | 8;
  /** Low-level overrides, for tests that build broken packages. */
  raw?: {
    externalAttributes?: number;
    crc32?: number;
    uncompressedSize?: number;
    compressedData?: Uint8Array;
    madeBy?: number;
    flags?: number;
  };
}

export const SIG_LOCAL = 0x04034b50;
export const SIG_CENTRAL = 0x02014b50;
export const SIG_END = 0x06054b50;
/** Unix regular file, rw-r--r--, in the high 16 bits of the external attributes. */
const REGULAR_FILE = (0o100644 << 16) >>> 0;

function dosTime(date: Date): { time: number; date: number } {
  return {
    time: ((date.getUTCHours() << 11) | (date.getUTCMinutes() << 5) | Math.floor(date.getUTCSeconds() / 2)) & 0xffff,
    date:
      (((Math.max(1980, date.getUTCFullYear()) - 1980) << 9) | ((date.getUTCMonth() + 1) << 5) | date.getUTCDate()) &
      0xffff,
  };
}

export function writeZip(entries: ZipEntryInput[], at = new Date()): Buffer {
  const { time, date } = dosTime(at);
  const parts: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = Buffer.from(entry.name, 'utf8');
    const method = entry.method ?? 8;
    const data = Buffer.from(entry.data.buffer, entry.data.byteOffset, entry.data.byteLength);
    const compressed = entry.raw?.compressedData
      ? Buffer.from(entry.raw.compressedData)
      : method === 8
        ? zlib.deflateRawSync(data, { level: 6 })
        : data;
    const crc = entry.raw?.crc32 ?? zlib.crc32(data);
    const size = entry.raw?.uncompressedSize ?? data.length;
    const flags = entry.raw?.flags ?? 0x0800;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(SIG_LOCAL, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(flags, 6);
    local.writeUInt16LE(method, 8);
    local.writeUInt16LE(time, 10);
    local.writeUInt16LE(date, 12);
    local.writeUInt32LE(crc >>> 0, 14);
    local.writeUInt32LE(compressed.length, 18);
    local.writeUInt32LE(size >>> 0, 22);
    local.writeUInt16LE(name.length, 26);
    local.writeUInt16LE(0, 28);
    parts.push(local, name, compressed);

    const cd = Buffer.alloc(46);
    cd.writeUInt32LE(SIG_CENTRAL, 0);
    cd.writeUInt16LE(entry.raw?.madeBy ?? (3 << 8) | 20, 4);
    cd.writeUInt16LE(20, 6);
    cd.writeUInt16LE(flags, 8);
    cd.writeUInt16LE(method, 10);
    cd.writeUInt16LE(time, 12);
    cd.writeUInt16LE(date, 14);
    cd.writeUInt32LE(crc >>> 0, 16);
    cd.writeUInt32LE(compressed.length, 20);
    cd.writeUInt32LE(size >>> 0, 24);
    cd.writeUInt16LE(name.length, 28);
    cd.writeUInt16LE(0, 30);
    cd.writeUInt16LE(0, 32);
    cd.writeUInt16LE(0, 34);
    cd.writeUInt16LE(0, 36);
    cd.writeUInt32LE((entry.raw?.externalAttributes ?? REGULAR_FILE) >>> 0, 38);
    cd.writeUInt32LE(offset, 42);
    central.push(cd, name);
    offset += local.length + name.length + compressed.length;
  }
  const cdBytes = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(SIG_END, 0);
  end.writeUInt16LE(0, 4);
  end.writeUInt16LE(0, 6);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(cdBytes.length, 12);
  end.writeUInt32LE(offset, 16);
  end.writeUInt16LE(0, 20);
  return Buffer.concat([...parts, cdBytes, end]);
}
