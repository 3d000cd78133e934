import zlib from 'node:zlib';

/**
 * A ZIP archive built entry by entry (deflated, no ZIP64: an export stays far below 4 GB): each
 * entry is compressed as its text is produced, chunk by chunk, so the text of a 190,000-row sheet
 * never sits in memory whole; only the compressed bytes are kept.
 */
export interface ZipEntryWriter {
  /** Adds text to the entry; resolves once the compressor has taken it. */
  write(text: string): Promise<void>;
  end(): Promise<void>;
}

interface Entry {
  name: Buffer;
  crc: number;
  compressed: number;
  size: number;
  offset: number;
}

function dosDateTime(at: Date): { time: number; date: number } {
  return {
    time: (at.getHours() << 11) | (at.getMinutes() << 5) | Math.floor(at.getSeconds() / 2),
    date: ((Math.max(at.getFullYear(), 1980) - 1980) << 9) | ((at.getMonth() + 1) << 5) | at.getDate(),
  };
}

export class ZipWriter {
  private readonly chunks: Buffer[] = [];
  private readonly entries: Entry[] = [];
  private offset = 0;
  private readonly stamp: { time: number; date: number };

  constructor(
    at: Date,
    private readonly level: number,
  ) {
    this.stamp = dosDateTime(at);
  }

  private push(chunk: Buffer): void {
    this.chunks.push(chunk);
    this.offset += chunk.length;
  }

  /** An entry written in pieces; the next entry may only start once this one has ended. */
  entry(name: string): ZipEntryWriter {
    const deflate = zlib.createDeflateRaw({ level: this.level });
    const out: Buffer[] = [];
    let crc = 0;
    let size = 0;
    deflate.on('data', (c: Buffer) => out.push(c));
    const finished = new Promise<void>((resolve, reject) => {
      deflate.on('end', resolve);
      deflate.on('error', reject);
    });
    return {
      write: (text) => {
        const bytes = Buffer.from(text, 'utf8');
        crc = zlib.crc32(bytes, crc);
        size += bytes.length;
        return new Promise((resolve) => (deflate.write(bytes) ? resolve() : deflate.once('drain', resolve)));
      },
      end: async () => {
        deflate.end();
        await finished;
        const compressed = out.reduce((n, c) => n + c.length, 0);
        const entry: Entry = { name: Buffer.from(name, 'utf8'), crc, compressed, size, offset: this.offset };
        const header = Buffer.alloc(30);
        header.writeUInt32LE(0x04034b50, 0);
        header.writeUInt16LE(20, 4);
        header.writeUInt16LE(0x0800, 6); // names in UTF-8
        header.writeUInt16LE(8, 8); // deflate
        header.writeUInt16LE(this.stamp.time, 10);
        header.writeUInt16LE(this.stamp.date, 12);
        header.writeUInt32LE(crc >>> 0, 14);
        header.writeUInt32LE(compressed, 18);
        header.writeUInt32LE(size, 22);
        header.writeUInt16LE(entry.name.length, 26);
        header.writeUInt16LE(0, 28);
        this.push(header);
        this.push(entry.name);
        for (const c of out) this.push(c);
        this.entries.push(entry);
      },
    };
  }

  async add(name: string, text: string): Promise<void> {
    const e = this.entry(name);
    await e.write(text);
    await e.end();
  }

  /** The central directory and its end record; returns the whole archive. */
  finish(): Buffer {
    const start = this.offset;
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
      this.push(header);
      this.push(e.name);
    }
    const end = Buffer.alloc(22);
    end.writeUInt32LE(0x06054b50, 0);
    end.writeUInt16LE(this.entries.length, 8);
    end.writeUInt16LE(this.entries.length, 10);
    end.writeUInt32LE(this.offset - start, 12);
    end.writeUInt32LE(start, 16);
    this.push(end);
    return Buffer.concat(this.chunks);
  }
}
