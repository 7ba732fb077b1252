import { LineSplitter, type SplitLine } from './line-splitter.js';

async function* chunksOf(...chunks: (string | Buffer)[]): AsyncGenerator<Buffer> {
  for (const chunk of chunks) yield Buffer.from(chunk);
}

async function split(max: number, ...chunks: (string | Buffer)[]): Promise<SplitLine[]> {
  const lines: SplitLine[] = [];
  for await (const line of new LineSplitter(max).split(chunksOf(...chunks))) lines.push(line);
  return lines;
}

describe('LineSplitter', () => {
  it('numbers lines, drops LF and CRLF breaks, keeps a last line without a break, counts quotes', async () => {
    expect(await split(100, 'a,"b"\r\n\nc""', 'd\ne')).toEqual([
      { line: 1, text: 'a,"b"', bytes: 5, quotes: 2 },
      { line: 2, text: '', bytes: 0, quotes: 0 },
      { line: 3, text: 'c""d', bytes: 4, quotes: 2 },
      { line: 4, text: 'e', bytes: 1, quotes: 0 },
    ]);
    expect(await split(100, 'a\n')).toEqual([{ line: 1, text: 'a', bytes: 1, quotes: 0 }]);
  });

  it('takes a line of exactly the cap, with or without a CRLF split between chunks, and skips one byte more', async () => {
    expect(await split(4, 'abcd\r', '\nabcde\nx"y', 'z\r\n')).toEqual([
      { line: 1, text: 'abcd', bytes: 4, quotes: 0 },
      { line: 2, text: null, bytes: 5, quotes: 0 },
      { line: 3, text: 'x"yz', bytes: 4, quotes: 1 },
    ]);
    expect(await split(4, 'abcd', 'e')).toEqual([{ line: 1, text: null, bytes: 5, quotes: 0 }]);
  });

  it('counts the bytes and quotes of a skipped line and goes on with the next', async () => {
    expect(await split(3, '"abc', 'def"gh"', '\nok\n')).toEqual([
      { line: 1, text: null, bytes: 11, quotes: 3 },
      { line: 2, text: 'ok', bytes: 2, quotes: 0 },
    ]);
  });

  it('decodes a multi-byte character split between chunks', async () => {
    const bytes = Buffer.from('Zoë\n');
    expect(await split(10, bytes.subarray(0, 3), bytes.subarray(3))).toEqual([
      { line: 1, text: 'Zoë', bytes: 4, quotes: 0 },
    ]);
  });

  it('never holds more than the cap of a 64 MB line, and reads on to the next line', async () => {
    const max = 1_048_576;
    const chunk = Buffer.alloc(65_536, 'x');
    const splitter = new LineSplitter(max);
    let pulled = 0;
    let mostHeld = 0;
    // The source samples what the splitter holds each time it is asked for more.
    async function* source(): AsyncGenerator<Buffer> {
      for (let i = 0; i < 1_024; i++) {
        mostHeld = Math.max(mostHeld, splitter.heldBytes);
        pulled++;
        yield chunk;
      }
      yield Buffer.from('\nnext');
    }
    const lines: SplitLine[] = [];
    for await (const line of splitter.split(source())) lines.push(line);

    expect(lines).toEqual([
      { line: 1, text: null, bytes: 64 * max, quotes: 0 },
      { line: 2, text: 'next', bytes: 4, quotes: 0 },
    ]);
    expect(pulled).toBe(1_024);
    expect(mostHeld).toBeGreaterThan(max - chunk.length);
    expect(mostHeld).toBeLessThanOrEqual(max + 1);
    expect(splitter.heldBytes).toBe(0);
  });
});
