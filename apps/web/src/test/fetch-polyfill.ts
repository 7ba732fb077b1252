/**
 * jsdom (under Jest) has no `fetch`, `Request` or `Response`. Tests answer requests with real-looking
 * `Response` objects and React Router builds a `Request` per navigation, so this provides the parts
 * of both that the app and the router read, and a `fetch` that refuses: nothing in a test may reach
 * the network unless the test mocks it.
 */
class TestResponse {
  readonly status: number;
  readonly statusText: string;
  readonly headers: Headers;
  readonly ok: boolean;
  readonly type = 'basic';
  readonly redirected = false;
  readonly url = '';
  private readonly body: string;
  private consumed = false;

  constructor(body?: string | null, init: ResponseInit = {}) {
    this.status = init.status ?? 200;
    this.statusText = init.statusText ?? '';
    this.headers = new Headers(init.headers);
    this.ok = this.status >= 200 && this.status < 300;
    this.body = body ?? '';
  }

  get bodyUsed(): boolean {
    return this.consumed;
  }

  async text(): Promise<string> {
    if (this.consumed) throw new TypeError('Body has already been consumed');
    this.consumed = true;
    return this.body;
  }

  async json(): Promise<unknown> {
    return JSON.parse(await this.text());
  }
}

class TestRequest {
  readonly url: string;
  readonly method: string;
  readonly headers: Headers;
  readonly signal: AbortSignal;
  private readonly body: string;

  constructor(input: string | URL, init: RequestInit = {}) {
    this.url = new URL(String(input), window.location.href).href;
    this.method = (init.method ?? 'GET').toUpperCase();
    this.headers = new Headers(init.headers);
    this.signal = init.signal ?? new AbortController().signal;
    this.body = typeof init.body === 'string' ? init.body : '';
  }

  async text(): Promise<string> {
    return this.body;
  }
}

export function installFetchPolyfill(): void {
  if (typeof globalThis.Response === 'undefined') {
    globalThis.Response = TestResponse as unknown as typeof Response;
  }
  if (typeof globalThis.Request === 'undefined') {
    globalThis.Request = TestRequest as unknown as typeof Request;
  }
  if (typeof globalThis.fetch === 'undefined') {
    globalThis.fetch = (input: RequestInfo | URL) =>
      Promise.reject(new Error(`fetch is not mocked in this test: ${String(input)}`));
  }
}
