import { jest } from '@jest/globals';
import { DEFAULT_CLINICAL_SETTINGS } from '@naltrack/domain';

/** What a mocked endpoint answers: a status and a JSON body, or a network failure. */
export type MockReply = { status: number; body?: unknown; headers?: Record<string, string> } | { networkError: true };

/** A reply, or a function of the request (e.g. to answer differently the second time). */
export type MockRoute = MockReply | ((init: RequestInit | undefined) => MockReply | Promise<MockReply>);

export function jsonResponse(status: number, body: unknown, headers: Record<string, string> = {}): Response {
  return new Response(body === undefined ? null : JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json; charset=utf-8', ...headers },
  });
}

const unexpectedRequests: string[] = [];

/** Requests no route expected since the last call; setup-tests fails the test when there are any. */
export function takeUnexpectedRequests(): string[] {
  return unexpectedRequests.splice(0);
}

function pathOf(input: RequestInfo | URL): string {
  const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
  return url.split('?')[0] ?? url;
}

/**
 * The navigation's approvals badge asks for the inbox on every page of the layout, and the pages
 * that read a threshold ask for the clinic's settings; specs get an empty inbox and the default
 * settings unless they give their own answer.
 */
const LAYOUT_ROUTES: Record<string, MockRoute> = {
  'GET /api/discontinuation-requests': { status: 200, body: [] },
  'GET /api/clinical-settings': { status: 200, body: DEFAULT_CLINICAL_SETTINGS },
};

/**
 * Replaces `fetch` (the only thing tests mock) with a table of `"METHOD /api/path"` routes.
 * A request no route expects fails the test (see setup-tests) even if the app handles the error.
 */
export function mockApi(routes: Record<string, MockRoute>) {
  const table = { ...LAYOUT_ROUTES, ...routes };
  return jest.spyOn(globalThis, 'fetch').mockImplementation(async (input, init) => {
    const key = `${init?.method ?? 'GET'} ${pathOf(input)}`;
    const route = table[key];
    if (!route) {
      unexpectedRequests.push(key);
      throw new Error(`Unexpected request in test: ${key}`);
    }
    const reply = typeof route === 'function' ? await route(init) : route;
    if ('networkError' in reply) throw new TypeError('Failed to fetch');
    return jsonResponse(reply.status, reply.body, reply.headers);
  });
}

/** A request that never answers, to see loading states. */
export function never(): Promise<MockReply> {
  return new Promise<MockReply>(() => {});
}
