import { Writable } from 'node:stream';

/** Stores one piece of the file; rejects when the piece may not be stored. */
export type StoreChunk = (seq: number, data: Buffer) => Promise<void>;

/**
 * A writable file that lands in the database in pieces of about `chunkBytes`: memory stays at one
 * piece whatever the file's size, and backpressure reaches the export while a piece is stored.
 *
 * `holdUntilEnd` keeps the pieces until the export ends, for a pool of one connection (the
 * embedded database): the export's cursor holds that connection until its last row, so storing a
 * piece before then would wait for it forever.
 */
export class ChunkSink extends Writable {
  private pending: Buffer[] = [];
  private pendingBytes = 0;
  private held: Buffer[] = [];
  private seq = 0;
  /** Bytes written so far, for Content-Length. */
  bytes = 0;

  constructor(
    private readonly chunkBytes: number,
    private readonly store: StoreChunk,
    private readonly holdUntilEnd = false,
  ) {
    super();
  }

  override _write(chunk: Buffer | string, encoding: BufferEncoding, callback: (error?: Error | null) => void): void {
    const buffer = typeof chunk === 'string' ? Buffer.from(chunk, encoding) : chunk;
    this.pending.push(buffer);
    this.pendingBytes += buffer.length;
    this.bytes += buffer.length;
    if (this.pendingBytes < this.chunkBytes) {
      callback();
    } else if (this.holdUntilEnd) {
      this.held.push(this.takePending());
      callback();
    } else {
      this.storeNext(this.takePending()).then(() => callback(), callback);
    }
  }

  override _final(callback: (error?: Error | null) => void): void {
    const pieces = [...this.held, ...(this.pendingBytes > 0 ? [this.takePending()] : [])];
    this.held = [];
    pieces
      .reduce((stored, piece) => stored.then(() => this.storeNext(piece)), Promise.resolve())
      .then(() => callback(), callback);
  }

  private takePending(): Buffer {
    const data = Buffer.concat(this.pending, this.pendingBytes);
    this.pending = [];
    this.pendingBytes = 0;
    return data;
  }

  private async storeNext(data: Buffer): Promise<void> {
    await this.store(this.seq, data);
    this.seq += 1;
  }
}
