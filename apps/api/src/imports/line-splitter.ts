const LF = 0x0a;
const CR = 0x0d;
const QUOTE = 0x22;

/** One line of a body, numbered from 1, without its line break ("\n" or "\r\n"). */
export interface SplitLine {
  line: number;
  /** Null when the line is longer than the cap: its bytes were skipped, never held. */
  text: string | null;
  /** The line's length in bytes, without its line break. */
  bytes: number;
  /** Double quotes in the line, counted even when it was skipped (a CSV quote may span lines). */
  quotes: number;
}

function quotesIn(bytes: Buffer): number {
  let count = 0;
  for (let at = bytes.indexOf(QUOTE); at !== -1; at = bytes.indexOf(QUOTE, at + 1)) count++;
  return count;
}

/**
 * Splits a byte stream into lines in one pass, holding at most `maxLineBytes` (+1 for a CRLF's
 * \r) of the current line: a longer line is skipped to its end and reported without its text, so
 * one huge line costs neither memory nor a rescan.
 */
export class LineSplitter {
  private parts: Buffer[] = [];
  private held = 0;
  private length = 0;
  private quotes = 0;
  private skipping = false;
  private started = false;

  constructor(private readonly maxLineBytes: number) {}

  /** Bytes of the current line held right now. */
  get heldBytes(): number {
    return this.held;
  }

  async *split(chunks: AsyncIterable<Buffer>): AsyncGenerator<SplitLine> {
    let line = 0;
    for await (const chunk of chunks) {
      let start = 0;
      for (let end = chunk.indexOf(LF); end !== -1; end = chunk.indexOf(LF, start)) {
        this.take(chunk.subarray(start, end), false);
        yield this.finish(++line);
        start = end + 1;
      }
      if (start < chunk.length) this.take(chunk.subarray(start), true);
    }
    if (this.started) yield this.finish(++line);
  }

  /** A piece of the current line; one that must wait for the next chunk is copied, so its chunk can go. */
  private take(piece: Buffer, waits: boolean): void {
    this.started = true;
    this.length += piece.length;
    this.quotes += quotesIn(piece);
    if (this.skipping) return;
    // One byte over the cap may still be the \r of a CRLF; two cannot.
    if (this.held + piece.length > this.maxLineBytes + 1) {
      this.parts = [];
      this.held = 0;
      this.skipping = true;
      return;
    }
    this.parts.push(waits ? Buffer.from(piece) : piece);
    this.held += piece.length;
  }

  private finish(line: number): SplitLine {
    let text: string | null = null;
    let length = this.length;
    if (!this.skipping) {
      const bytes = Buffer.concat(this.parts, this.held);
      if (bytes[bytes.length - 1] === CR) length--;
      if (length <= this.maxLineBytes) text = bytes.toString('utf8', 0, length);
    }
    const split = { line, text, bytes: length, quotes: this.quotes };
    this.parts = [];
    this.held = 0;
    this.length = 0;
    this.quotes = 0;
    this.skipping = false;
    this.started = false;
    return split;
  }
}
