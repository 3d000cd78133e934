import { ROLLUP_END, TOUCHPOINTS_KEY } from '../../../shared/scoring/stored-rollup';

/**
 * The text `packRollupWith` packs, written as UTF-8 into a buffer an audit's write state keeps: a save
 * of a 300-touchpoint audit then builds no 13 KB string (about half of what it allocated, and so of its
 * young-generation collections). The save binds the bytes and SQL casts them to text. Spaces pad the
 * text up to the length `padTo` asks for, in bytes: the stored length is then exact, whatever the script.
 */
export class RollupBytes {
  private buffer: Buffer;

  /** Enough for a 300-touchpoint audit's roll-up; a larger one grows the buffer. */
  constructor(initialBytes = 16 * 1024) {
    this.buffer = Buffer.allocUnsafe(initialBytes);
  }

  /**
   * The roll-up's bytes from its head (`rollupHeadJson`) and its touchpoints' JSON in walk order: a view of the
   * kept buffer, valid until the next `write`.
   */
  write(headJson: string, touchpointJson: readonly string[], padTo: (bytes: number) => number): Buffer {
    // The head's closing "}" is written over by the touchpoints' key.
    let at = this.put(headJson, 0) - 1;
    at = this.put(TOUCHPOINTS_KEY, at);
    for (let i = 0; i < touchpointJson.length; i++) {
      if (i > 0) at = this.put(',', at);
      at = this.put(touchpointJson[i]!, at);
    }
    at = this.put(ROLLUP_END, at);
    const length = Math.max(at, padTo(at));
    this.reserve(length);
    this.buffer.fill(0x20, at, length);
    return this.buffer.subarray(0, length);
  }

  /** Writes `text` at `at`; returns where it ends. */
  private put(text: string, at: number): number {
    // A UTF-16 unit takes at most 3 bytes in UTF-8.
    this.reserve(at + text.length * 3);
    return at + this.buffer.write(text, at, 'utf8');
  }

  private reserve(bytes: number): void {
    if (bytes <= this.buffer.length) return;
    const grown = Buffer.allocUnsafe(Math.max(bytes, this.buffer.length * 2));
    this.buffer.copy(grown);
    this.buffer = grown;
  }
}
