import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { ApiException } from './api-exception.js';
import { ErrorCode } from './error-code.js';
import { toErrorResponse } from './error-response.js';

/** Fastify's router errors, which it answers itself unless told otherwise: what a client reads. */
const ANSWERS: Record<string, ApiException> = {
  FST_ERR_BAD_URL: new ApiException(400, ErrorCode.BadRequest, 'The URL is not valid: a percent-encoding is malformed'),
  FST_ERR_MAX_PARAM_LENGTH: new ApiException(414, ErrorCode.UriTooLong, 'A path parameter of the URL is too long'),
};

/**
 * Fastify's `frameworkErrors`: the router refuses a malformed or over-long URL before any hook or
 * Nest filter runs, and would answer its own shape with the URL echoed in it
 * (https://fastify.dev/docs/latest/Reference/Server/#frameworkerrors). The answer here is the one
 * every error has, with the request id in its header and body.
 */
export function answerFrameworkError(error: FastifyError, request: FastifyRequest, reply: FastifyReply): void {
  const known = ANSWERS[error.code];
  const { body } = toErrorResponse(known ?? error);
  void reply
    .status(body.statusCode)
    .header('x-request-id', request.id)
    .header('cache-control', 'no-store')
    .send({ ...body, requestId: request.id });
}
