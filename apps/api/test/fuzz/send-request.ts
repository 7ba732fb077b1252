import type { Server } from 'node:http';
import request from 'supertest';
import type { FuzzRequest } from './fuzz-request.js';
import { textOf } from './text-bodies.js';

/** What a caller signs in with: an API token, and a session cookie with its CSRF token. */
export interface Credentials {
  token: string;
  session: string;
  csrfToken: string;
}

/** The answer as the checks read it. */
export interface Answer {
  status: number;
  headers: Record<string, string | undefined>;
  /** The body as text, when it is text (JSON, CSV); undefined for binary answers. */
  text?: string;
}

const SESSION_COOKIE = 'naltrack_session';

function headersFor(fuzz: FuzzRequest, credentials: Credentials): Record<string, string> {
  const headers: Record<string, string> = {};
  const auth = fuzz.auth;
  if (auth.kind === 'token') headers.authorization = `Bearer ${credentials.token}`;
  if (auth.kind === 'authorization') headers.authorization = auth.value;
  if (auth.kind === 'cookie') headers.cookie = `${SESSION_COOKIE}=${auth.value}`;
  if (auth.kind === 'session' || auth.kind === 'csrf') {
    headers.cookie = `${SESSION_COOKIE}=${credentials.session}`;
    headers['x-csrf-token'] = auth.kind === 'csrf' ? auth.value : credentials.csrfToken;
  }
  if (fuzz.requestId !== undefined) headers['x-request-id'] = fuzz.requestId;
  return headers;
}

/** Sends one generated request through the app's real HTTP stack. */
export async function send(server: Server, fuzz: FuzzRequest, credentials: Credentials): Promise<Answer> {
  let call = request(server)[fuzz.method](fuzz.url).set(headersFor(fuzz, credentials));
  const body = fuzz.body;
  if (body.kind === 'json') call = call.set('content-type', body.contentType).send(JSON.stringify(body.value) ?? '');
  if (body.kind === 'raw') call = call.set('content-type', body.contentType).send(body.value);
  if (body.kind === 'text') call = call.set('content-type', body.value.contentType).send(textOf(body.value));
  // Binary answers (PDF) are buffered rather than parsed; the checks read text only.
  const response = await call.buffer(true).ok(() => true);
  return {
    status: response.status,
    headers: response.headers as Record<string, string | undefined>,
    text: typeof response.text === 'string' ? response.text : undefined,
  };
}
