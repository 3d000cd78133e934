/** The most bytes a piece holds before it is handed on, unless told otherwise (about a megabyte). */
export const PIECE_BYTES = 1 << 20;
const FIRST_BYTES = 64 * 1024;

/**
 * Text encoded as UTF-8 straight into a buffer as it comes, handed on in pieces of about a
 * megabyte. Joining the text as strings first would keep every small string of every row alive
 * (a rope) until the piece is encoded: several times the piece's size. A piece's buffer is its
 * own (the receiver may keep it); a writer of small parts starts small and grows.
 */
export class BytePieces {
  private buffer = Buffer.alloc(0);
  private used = 0;
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
        const grown = Buffer.allocUnsafe(
          Math.min(this.pieceBytes, Math.max(this.next, this.buffer.length * 2, this.used + most)),
        );
        this.buffer.copy(grown, 0, 0, this.used);
        this.buffer = grown;
      } else {
        this.flush();
        if (most > this.pieceBytes) {
          this.onPiece(Buffer.from(text, 'utf8'));
          return;
        }
        this.buffer = Buffer.allocUnsafe(this.pieceBytes);
      }
    }
    this.used += this.buffer.write(text, this.used, 'utf8');
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
