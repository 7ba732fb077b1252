import { Writable } from 'node:stream';
import type { Logger } from 'pino';
import { createLogger } from '../src/common/logging/logger.js';

/** The app's own logger (its serializers and redaction), writing every level into memory. */
export class CapturedLog {
  private readonly chunks: string[] = [];
  readonly logger: Logger;

  constructor() {
    const stream = new Writable({
      write: (chunk: Buffer, _encoding, done) => {
        this.chunks.push(chunk.toString('utf8'));
        done();
      },
    });
    this.logger = createLogger('trace', stream);
  }

  /** Everything logged so far, as written: one JSON object a line. */
  get text(): string {
    return this.chunks.join('');
  }

  /** The entries logged so far, parsed. */
  entries(): Record<string, unknown>[] {
    return this.text
      .split('\n')
      .filter(Boolean)
      .map((line) => JSON.parse(line) as Record<string, unknown>);
  }
}
