import { inflateSync } from 'node:zlib';
import type { Response } from 'supertest';

/** supertest parser that keeps a binary body (a PDF) as one Buffer. */
export const binary = (res: Response, done: (error: Error | null, body: Buffer) => void) => {
  const chunks: Buffer[] = [];
  res.on('data', (chunk: Buffer) => chunks.push(chunk));
  res.on('end', () => done(null, Buffer.concat(chunks)));
};

/** The page count and the text-drawing content of a PDF, its compressed streams inflated. */
export function readPdf(pdf: Buffer): { pages: number; content: string } {
  const raw = pdf.toString('latin1');
  const streams: string[] = [];
  const streamPattern = /(?<!end)stream\r?\n/g;
  for (let match = streamPattern.exec(raw); match; match = streamPattern.exec(raw)) {
    const start = match.index + match[0].length;
    const end = raw.indexOf('endstream', start);
    if (end < 0) break;
    const data = pdf.subarray(start, end);
    try {
      streams.push(inflateSync(data).toString('latin1'));
    } catch {
      streams.push(data.toString('latin1'));
    }
    streamPattern.lastIndex = end + 'endstream'.length;
  }
  return { pages: raw.match(/\/Type \/Page\b(?!s)/g)?.length ?? 0, content: streams.join('\n') };
}

/** Each text-showing operation's string: pdfkit writes standard-font text as hex runs split at kerning. */
export const drawnTexts = (content: string) =>
  [...content.matchAll(/\[([^\]]*)\] TJ/g)].map(([, array]) =>
    [...(array ?? '').matchAll(/<([0-9a-f]*)>/g)]
      .map(([, hex]) => Buffer.from(hex ?? '', 'hex').toString('latin1'))
      .join(''),
  );
