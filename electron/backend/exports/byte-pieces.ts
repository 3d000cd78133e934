/** The most bytes a piece holds before it is handed on, unless told otherwise (about a megabyte). */
export const PIECE_BYTES = 1 << 20;
const FIRST_BYTES = 64 * 1024;

/**
 * Text encoded as UTF-8 straight into a buffer as it comes, handed on in pieces of about a
 * megabyte. Joining the text as strings first would keep every small string of every row alive
 * (a rope) until the piece is encoded: several times the piece's size. A piece's buffer is the
 * receiver's until it gives it back (`release`), after which it is filled again: a long export
 * reuses a few buffers instead of leaving hundreds of megabytes for the collector. A writer of small
 * parts starts small and grows.
 */
export class BytePieces {
  private buffer: Buffer = Buffer.alloc(0);
  private used = 0;
  private readonly spare: Buffer[] = [];
  /** A writer that has filled a piece gets whole pieces from then on. */
  private next: number;

  constructor(
    private readonly onPiece: (bytes: Buffer) => void,
    private readonly pieceBytes = PIECE_BYTES,
  ) {
    this.next = Math.min(FIRST_BYTES, pieceBytes);
  }

  write(text: string): void {
    // At most three bytes per UTF-16 unit: enough room means the text fits whole.
    const most = text.length * 3;
    if (most > this.buffer.length - this.used) {
      if (this.buffer.length < this.pieceBytes && this.used + most <= this.pieceBytes) {
        const size = Math.min(this.pieceBytes, Math.max(this.next, this.buffer.length * 2, this.used + most));
        const grown = size === this.pieceBytes ? this.fresh() : Buffer.allocUnsafe(size);
        this.buffer.copy(grown, 0, 0, this.used);
        this.buffer = grown;
      } else {
        this.flush();
        if (most > this.pieceBytes) {
          this.onPiece(Buffer.from(text, 'utf8'));
          return;
        }
        this.buffer = this.fresh();
      }
    }
    this.used += this.buffer.write(text, this.used, 'utf8');
  }

  private fresh(): Buffer {
    return this.spare.pop() ?? Buffer.allocUnsafe(this.pieceBytes);
  }

  /** Gives back a piece's buffer once its bytes are used (written, compressed): it is filled again. */
  release(piece: Buffer): void {
    if (piece.byteOffset === 0 && piece.buffer.byteLength === this.pieceBytes && this.spare.length < 4)
      this.spare.push(Buffer.from(piece.buffer, 0, this.pieceBytes));
  }

  /** Hands on what has gathered, if anything. */
  flush(): void {
    if (this.used === 0) return;
    this.onPiece(this.buffer.subarray(0, this.used));
    // The next buffer is made when text comes: an ended writer holds none.
    this.buffer = Buffer.alloc(0);
    this.used = 0;
    this.next = this.pieceBytes;
  }
}
