import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { ChunkSink } from './chunk-sink.js';

function recorder() {
  const stored: { seq: number; text: string; at: number }[] = [];
  let writes = 0;
  return {
    stored,
    written: () => writes,
    store: async (seq: number, data: Buffer) => {
      stored.push({ seq, text: data.toString(), at: writes });
    },
    source: (parts: string[]) =>
      Readable.from(
        (function* () {
          for (const part of parts) {
            writes += 1;
            yield Buffer.from(part);
          }
        })(),
      ),
  };
}

describe('ChunkSink', () => {
  it('stores the file in numbered pieces of about chunkBytes as it is written', async () => {
    const r = recorder();
    const sink = new ChunkSink(8, r.store);
    await pipeline(r.source(['abcde', 'fgh', 'ij', 'klmnopqr', 'st']), sink);
    expect(r.stored.map(({ seq, text }) => ({ seq, text }))).toEqual([
      { seq: 0, text: 'abcdefgh' },
      { seq: 1, text: 'ijklmnopqr' },
      { seq: 2, text: 'st' },
    ]);
    // The first piece was stored before the rest of the file was written.
    expect(r.stored[0]?.at).toBeLessThan(5);
    expect(sink.bytes).toBe(20);
  });

  it('holds every piece until the end when asked (a single database connection)', async () => {
    const r = recorder();
    await pipeline(r.source(['abcde', 'fgh', 'ij', 'klmnopqr', 'st']), new ChunkSink(8, r.store, true));
    expect(r.stored.map(({ seq, text }) => ({ seq, text }))).toEqual([
      { seq: 0, text: 'abcdefgh' },
      { seq: 1, text: 'ijklmnopqr' },
      { seq: 2, text: 'st' },
    ]);
    expect(r.stored.every(({ at }) => at === 5)).toBe(true);
  });

  it('fails the write when a piece cannot be stored', async () => {
    const sink = new ChunkSink(4, async () => {
      throw new Error('lease lost');
    });
    await expect(pipeline(Readable.from([Buffer.from('abcdefgh')]), sink)).rejects.toThrow('lease lost');
  });

  it('stores nothing for an empty file', async () => {
    const r = recorder();
    await pipeline(r.source([]), new ChunkSink(8, r.store));
    expect(r.stored).toEqual([]);
  });
});
