import type { Browser } from '@playwright/test';

/** What the browser asks for, as a current browser does over HTTPS (brotli and gzip). */
export const ACCEPT_ENCODING = 'gzip, br';

export interface TransferredResponse {
  url: string;
  /** The content-encoding it came with, or `identity`. */
  encoding: string;
  /** Bytes on the wire: headers and the body as sent (compressed when it was). */
  bytes: number;
}

/** Where a first visit lands: a signed-out user is sent here from any address. */
export const SIGN_IN_PATH = '/login';

export interface FirstVisit {
  transferredBytes: number;
  responses: TransferredResponse[];
}

/**
 * Opens the sign-in page in a fresh browser context (nothing cached, as on a first visit) with
 * `Accept-Encoding: gzip, br`, waits until the network is quiet, and adds up the encoded bytes of
 * every response chromium loaded (Network.loadingFinished's encodedDataLength).
 */
export async function measureSignInFirstVisit(browser: Browser, baseUrl: string): Promise<FirstVisit> {
  const context = await browser.newContext({
    baseURL: baseUrl,
    extraHTTPHeaders: { 'accept-encoding': ACCEPT_ENCODING },
  });
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    const started = new Map<string, { url: string; encoding: string }>();
    const responses: TransferredResponse[] = [];
    cdp.on('Network.responseReceived', ({ requestId, response }) => {
      const headers = Object.fromEntries(Object.entries(response.headers).map(([k, v]) => [k.toLowerCase(), v]));
      started.set(requestId, { url: response.url, encoding: String(headers['content-encoding'] ?? 'identity') });
    });
    cdp.on('Network.loadingFinished', ({ requestId, encodedDataLength }) => {
      const response = started.get(requestId);
      if (response) responses.push({ ...response, bytes: encodedDataLength });
    });
    await cdp.send('Network.enable');
    await page.goto(SIGN_IN_PATH, { waitUntil: 'networkidle' });
    await page.getByRole('button', { name: 'Sign in' }).waitFor();
    responses.sort((a, b) => b.bytes - a.bytes);
    return { transferredBytes: responses.reduce((sum, r) => sum + r.bytes, 0), responses };
  } finally {
    await context.close();
  }
}
