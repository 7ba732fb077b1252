import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { get, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { brotliCompressSync, brotliDecompressSync, gzipSync } from 'node:zlib';
import { createTestApp, type TestApp } from '../../test/test-app.js';

/** A build as `vite build` leaves it: every file beside its .br and .gz. */
async function writeBuild(dir: string, files: Record<string, string>): Promise<void> {
  for (const [name, text] of Object.entries(files)) {
    const file = path.join(dir, name);
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, text);
    await writeFile(`${file}.br`, brotliCompressSync(text));
    await writeFile(`${file}.gz`, gzipSync(text));
  }
}

const INDEX_HTML = `<!doctype html><html><head><script type="module" src="/assets/index-abc123.js"></script></head><body><div id="root"></div>${'<!-- page -->'.repeat(100)}</body></html>`;
const SCRIPT = `export const rows = [${Array.from({ length: 400 }, (_, i) => `{ id: ${i} }`).join(', ')}];`;

describe('compressed answers', () => {
  let t: TestApp;
  let webDistDir: string;

  /** The bytes as they left the server (node:http does not decode them) and the headers. */
  async function fetchRaw(url: string, acceptEncoding?: string) {
    const { port } = t.server.address() as AddressInfo;
    const headers = acceptEncoding ? { 'accept-encoding': acceptEncoding } : {};
    const response = await new Promise<IncomingMessage>((resolve, reject) =>
      get({ host: '127.0.0.1', port, path: url, headers }, resolve).on('error', reject),
    );
    const chunks: Buffer[] = [];
    for await (const chunk of response) chunks.push(chunk as Buffer);
    return { statusCode: response.statusCode, headers: response.headers, body: Buffer.concat(chunks) };
  }

  beforeAll(async () => {
    webDistDir = await mkdtemp(path.join(tmpdir(), 'naltrack-web-dist-'));
    await writeBuild(webDistDir, { 'index.html': INDEX_HTML, 'assets/index-abc123.js': SCRIPT });
    t = await createTestApp({ env: { WEB_DIST_DIR: webDistDir } });
    await new Promise<void>((resolve) => t.server.listen(0, '127.0.0.1', resolve));
  });

  afterAll(async () => {
    await t.close();
    await rm(webDistDir, { recursive: true, force: true });
  });

  it('serves a built asset as its brotli file when asked, cached for good', async () => {
    const response = await fetchRaw('/assets/index-abc123.js', 'gzip, deflate, br');

    expect(response.statusCode).toBe(200);
    expect(response.headers['content-encoding']).toBe('br');
    expect(response.headers['content-type']).toMatch(/^(?:text|application)\/javascript/);
    expect(response.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(response.headers.vary).toMatch(/accept-encoding/i);
    // Compressed once, at build time: decoding once gives the file back.
    expect(brotliDecompressSync(response.body).toString()).toBe(SCRIPT);
  });

  it('serves the gzip file to a client without brotli, and the plain file to one without either', async () => {
    const gzipped = await fetchRaw('/assets/index-abc123.js', 'gzip');
    expect(gzipped.headers['content-encoding']).toBe('gzip');

    const plain = await fetchRaw('/assets/index-abc123.js');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.toString()).toBe(SCRIPT);
  });

  it('serves index.html compressed, at / and for client-side routes, never cached', async () => {
    for (const url of ['/', '/login', '/patients/123']) {
      const response = await fetchRaw(url, 'gzip, br');
      expect({ url, status: response.statusCode, encoding: response.headers['content-encoding'] }).toEqual({
        url,
        status: 200,
        encoding: 'br',
      });
      expect(response.headers['content-type']).toMatch(/^text\/html/);
      expect(response.headers['cache-control']).toBe('no-cache');
      expect(brotliDecompressSync(response.body).toString()).toBe(INDEX_HTML);
    }
  });

  it('gzips a large JSON answer for a client that accepts gzip, still never cached', async () => {
    const team = await t.newCareTeam();
    for (let i = 0; i < 12; i++) await t.newPatient({ careTeamId: team.id, familyName: `Compressed-${i}` });

    const response = await t.api.get('/api/caseload').query({ limit: 50 }).set('Accept-Encoding', 'gzip').expect(200);

    expect(response.headers['content-encoding']).toBe('gzip');
    expect(response.headers['cache-control']).toBe('no-store');
    expect(response.headers.vary).toMatch(/accept-encoding/i);
    // Decoded by the client, the answer is the whole listing.
    expect(response.body.items).toHaveLength(12);
  });

  it('sends a small JSON answer as it is', async () => {
    const response = await t.api.get('/api/auth/me').set('Accept-Encoding', 'gzip, br').expect(200);

    expect(response.headers['content-encoding']).toBeUndefined();
    expect(Number(response.headers['content-length'])).toBeLessThan(1024);
  });
});
