import { problemsOf } from './response-checks.js';
import type { Answer } from './send-request.js';

const error = (body: Record<string, unknown>, status = 400): Answer => ({
  status,
  headers: { 'content-type': 'application/json; charset=utf-8', 'x-request-id': 'r1' },
  text: JSON.stringify(body),
});
const shaped = { statusCode: 400, code: 'VALIDATION_FAILED', message: 'Invalid request', requestId: 'r1' };

describe('the checks every fuzzed answer goes through', () => {
  it('pass a shaped error and any success', () => {
    expect(problemsOf(error(shaped))).toEqual([]);
    expect(problemsOf(error({ ...shaped, details: { fields: [] } }))).toEqual([]);
    expect(problemsOf({ status: 200, headers: { 'x-request-id': 'r1' }, text: 'SELECT * FROM x' })).toEqual([]);
  });

  it('catch a 5xx, a missing request id and a body of the wrong shape', () => {
    expect(problemsOf(error({ ...shaped, statusCode: 500 }, 500))).toContain('answered 500');
    expect(problemsOf({ ...error(shaped), headers: { 'content-type': 'application/json' } })).toContain(
      'no x-request-id header',
    );
    expect(problemsOf(error({ ...shaped, requestId: 'other' }))).toContain("requestId other is not the header's r1");
    expect(problemsOf(error({ statusCode: 400, error: 'Bad Request', message: 'x' }))).toEqual(
      expect.arrayContaining(['no code', 'unexpected keys error']),
    );
    expect(problemsOf({ status: 404, headers: { 'x-request-id': 'r1' }, text: 'Not Found' })).toContain(
      'error body is not JSON',
    );
  });

  it.each([
    ['a stack frame', 'Error: x\n    at Object.<anonymous> (/srv/app.js:1:2)'],
    ['a source path', 'failed in /work/main/node_modules/pg/lib/client.js'],
    ['an ORM error', 'QueryFailedError: boom'],
    ['a database message', 'invalid input syntax for type uuid: "x"'],
    ['a database message', 'duplicate key value violates unique constraint "UQ_mrn"'],
    ['SQL', 'UPDATE "patient" SET "given_name" = $1'],
    ['a runtime error', "TypeError: Cannot read properties of undefined (reading 'length')"],
    ['a parser message', 'Unexpected token } in JSON at position 5'],
  ])('catch %s in a message', (what, message) => {
    expect(problemsOf(error({ ...shaped, message }))).toContain(`leaks ${what}`);
  });

  it('catch an echo of a long input', () => {
    expect(problemsOf(error({ ...shaped, message: `property ${'k'.repeat(500)} should not exist` }))).toContain(
      'echoes a long input',
    );
  });
});
