import zlib from 'node:zlib';
import { BytePieces, PIECE_BYTES } from './byte-pieces';
import type { ExportFile } from './export-file';

const KEPT_PIECE_BYTES = 256 * 1024;
/** Pieces being compressed at once, on libuv's worker threads while the caller produces the next rows. */
const IN_FLIGHT = 2;
/** Output buffer of the compressor: one piece's compressed bytes in one or two rounds to the worker thread, not dozens. */
const OUT_CHUNK = 512 * 1024;
/** The empty last block that ends a deflate stream whose pieces each ended with a sync flush. */
const LAST_BLOCK = zlib.deflateRawSync(Buffer.alloc(0));

/**
 * Compresses one piece as a deflate stream that ends with a sync flush and no last block: such
 * pieces, each compressed on its own, joined and followed by LAST_BLOCK, are one valid deflate
 * stream (the way pigz compresses in parallel). A piece never refers back into an earlier one.
 */
function deflatePiece(bytes: Buffer, level: number): Promise<Buffer> {
  return new Promise((resolve, reject) =>
    zlib.deflateRaw(bytes, { level, chunkSize: OUT_CHUNK, finishFlush: zlib.constants.Z_SYNC_FLUSH }, (error, out) =>
      error ? reject(error) : resolve(out),
    ),
  );
}

function dosDateTime(at: Date): { time: number; date: number } {
  return {
    time: (at.getHours() << 11) | (at.getMinutes() << 5) | Math.floor(at.getSeconds() / 2),
    date: ((Math.max(at.getFullYear(), 1980) - 1980) << 9) | ((at.getMonth() + 1) << 5) | at.getDate(),
  };
}

interface Written {
  name: Buffer;
  crc: number;
  compressed: number;
  size: number;
  offset: number;
}

/**
 * One entry of the archive, written as text in pieces. A `direct` entry goes to the file as it is
 * compressed (its header's sizes are patched in at the end); any other entry keeps its compressed
 * bytes (small sheets, the shared strings) until the file is free for it. Only one direct entry at a time.
 */
export class ZipEntry {
  private readonly text: BytePieces;
  private crc = 0;
  private size = 0;
  private compressed = 0;
  private readonly pending: { input: Buffer; out: Promise<Buffer> }[] = [];
  private readonly kept: Buffer[] = [];
  private headerAt = -1;
  private ended = false;

  constructor(
    private readonly zip: ZipWriter,
    readonly name: Buffer,
    readonly direct: boolean,
  ) {
    // A kept entry (a small sheet written beside the big one) holds smaller pieces: several are open at once.
    this.text = new BytePieces((bytes) => this.compress(bytes), direct ? PIECE_BYTES : KEPT_PIECE_BYTES);
    if (direct) this.headerAt = zip.openDirect(this);
  }

  /** Adds text; compresses a piece whenever enough has gathered. Call `drain` now and then to bound memory. */
  write(text: string): void {
    this.text.write(text);
  }

  private compress(bytes: Buffer): void {
    this.crc = zlib.crc32(bytes, this.crc);
    this.size += bytes.length;
    const out = deflatePiece(bytes, this.zip.level);
    // Awaited in order by drain(); this only keeps an early failure from counting as unhandled.
    out.catch(() => undefined);
    this.pending.push({ input: bytes, out });
  }

  private emit(bytes: Buffer): void {
    this.compressed += bytes.length;
    if (this.direct) this.zip.file.write(bytes);
    else this.kept.push(bytes);
  }

  /** Waits until no more than `limit` pieces are still being compressed, handing the finished ones on in order. */
  async drain(limit = IN_FLIGHT): Promise<void> {
    while (this.pending.length > limit) {
      const { input, out } = this.pending.shift()!;
      this.emit(await out);
      this.text.release(input);
    }
  }

  async end(): Promise<void> {
    if (this.ended) return;
    this.ended = true;
    this.text.flush();
    await this.drain(0);
    this.emit(LAST_BLOCK);
    this.zip.ended(this);
  }

  /** The local header: the sizes are only right once the entry has ended (a direct entry's are patched later). */
  header(): Buffer {
    const h = Buffer.alloc(30);
    h.writeUInt32LE(0x04034b50, 0);
    h.writeUInt16LE(20, 4);
    h.writeUInt16LE(0x0800, 6); // names in UTF-8
    h.writeUInt16LE(8, 8); // deflate
    h.writeUInt16LE(this.zip.stamp.time, 10);
    h.writeUInt16LE(this.zip.stamp.date, 12);
    h.writeUInt32LE(this.crc >>> 0, 14);
    h.writeUInt32LE(this.compressed, 18);
    h.writeUInt32LE(this.size, 22);
    h.writeUInt16LE(this.name.length, 26);
    return h;
  }

  /** Puts the entry in the file (a kept entry) or patches its header (a direct one); returns where it starts. */
  place(file: ExportFile): Written {
    let offset = this.headerAt;
    if (this.direct) file.writeAt(this.header().subarray(14, 26), offset + 14);
    else {
      offset = file.offset;
      file.write(this.header());
      file.write(this.name);
      for (const b of this.kept) file.write(b);
      this.kept.length = 0;
    }
    return { name: this.name, crc: this.crc, compressed: this.compressed, size: this.size, offset };
  }
}

/**
 * A ZIP archive written into an export file as its entries are produced (deflated, no ZIP64: an
 * export stays far below 4 GB). Text is compressed in pieces of about a megabyte on worker
 * threads, so the writer holds a few pieces at a time whatever the size of the archive.
 */
export class ZipWriter {
  readonly stamp: { time: number; date: number };
  private readonly entries: Written[] = [];
  private readonly waiting: ZipEntry[] = [];
  private direct: ZipEntry | null = null;

  constructor(
    readonly file: ExportFile,
    at: Date,
    readonly level: number,
  ) {
    this.stamp = dosDateTime(at);
  }

  entry(name: string, { direct = false } = {}): ZipEntry {
    return new ZipEntry(this, Buffer.from(name, 'utf8'), direct);
  }

  /** @internal Starts a direct entry: writes its header now (sizes to come) and keeps the file for it. */
  openDirect(entry: ZipEntry): number {
    if (this.direct) throw new Error('One direct ZIP entry at a time.');
    this.direct = entry;
    const at = this.file.offset;
    this.file.write(entry.header());
    this.file.write(entry.name);
    return at;
  }

  /** @internal An entry has ended: it goes into the file now, or after the direct entry being written. */
  ended(entry: ZipEntry): void {
    if (entry === this.direct) {
      this.direct = null;
      this.entries.push(entry.place(this.file));
    } else this.waiting.push(entry);
    if (!this.direct) for (const e of this.waiting.splice(0)) this.entries.push(e.place(this.file));
  }

  /** A whole entry at once (the small parts of a workbook). */
  async add(name: string, text: string): Promise<void> {
    const e = this.entry(name);
    e.write(text);
    await e.end();
  }

  /** Writes the central directory and its end record; every entry must have ended. */
  finish(): void {
    if (this.direct) throw new Error('A ZIP entry is still being written.');
    const start = this.file.offset;
    for (const e of this.entries) {
      const header = Buffer.alloc(46);
      header.writeUInt32LE(0x02014b50, 0);
      header.writeUInt16LE(20, 4);
      header.writeUInt16LE(20, 6);
      header.writeUInt16LE(0x0800, 8);
      header.writeUInt16LE(8, 10);
      header.writeUInt16LE(this.stamp.time, 12);
      header.writeUInt16LE(this.stamp.date, 14);
      header.writeUInt32LE(e.crc >>> 0, 16);
      header.writeUInt32LE(e.compressed, 20);
      header.writeUInt32LE(e.size, 24);
      header.writeUInt16LE(e.name.length, 28);
      header.writeUInt32LE(e.offset, 42);
      this.file.write(Buffer.concat([header, e.name]));
    }
    const end = Buffer.alloc(22);
    end.writeUInt32LE(0x06054b50, 0);
    end.writeUInt16LE(this.entries.length, 8);
    end.writeUInt16LE(this.entries.length, 10);
    end.writeUInt32LE(this.file.offset - start, 12);
    end.writeUInt32LE(start, 16);
    this.file.write(end);
  }
}
