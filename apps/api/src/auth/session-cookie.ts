// The cookie plugin's typing of request.cookies and reply.setCookie.
import type {} from '@fastify/cookie';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { SESSION_ABSOLUTE_MS } from './session-timing.js';

const PLAIN_NAME = 'naltrack_session';
// The __Host- prefix pins the cookie to this host, path / and HTTPS (browsers enforce it).
const SECURE_NAME = '__Host-naltrack_session';

function isSecure(request: FastifyRequest): boolean {
  return request.protocol === 'https';
}

/**
 * Over HTTPS only the __Host- cookie counts: a plain-named one could have been planted by a
 * sibling subdomain or over plain HTTP, which the prefix rules out.
 */
export function readSessionCookie(request: FastifyRequest): string | undefined {
  return request.cookies[SECURE_NAME] ?? (isSecure(request) ? undefined : request.cookies[PLAIN_NAME]);
}

export function setSessionCookie(request: FastifyRequest, reply: FastifyReply, token: string): void {
  const secure = isSecure(request);
  void reply.setCookie(secure ? SECURE_NAME : PLAIN_NAME, token, {
    httpOnly: true,
    sameSite: 'strict',
    secure,
    path: '/',
    maxAge: SESSION_ABSOLUTE_MS / 1000,
  });
}

export function clearSessionCookie(request: FastifyRequest, reply: FastifyReply): void {
  const secure = isSecure(request);
  void reply.clearCookie(secure ? SECURE_NAME : PLAIN_NAME, { path: '/', httpOnly: true, sameSite: 'strict', secure });
}
