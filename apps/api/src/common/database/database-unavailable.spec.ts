import { QueryFailedError, QueryRunnerAlreadyReleasedError, QueryRunnerProviderAlreadyReleasedError } from 'typeorm';
import { ErrorCode } from '../errors/error-code.js';
import { toErrorResponse } from '../errors/error-response.js';
import { isDatabaseLost, isDatabaseUnavailable } from './database-unavailable.js';

const withCode = (message: string, code: string) => Object.assign(new Error(message), { code });
const failedQuery = (driverError: Error) => new QueryFailedError('SELECT 1', [], driverError);

describe('isDatabaseUnavailable', () => {
  it.each([
    ['a refused connection', withCode('connect ECONNREFUSED 127.0.0.1:5432', 'ECONNREFUSED')],
    ['a reset connection', withCode('read ECONNRESET', 'ECONNRESET')],
    ['a pool that waited too long', new Error('timeout exceeded when trying to connect')],
    ['a connection cut mid-query', failedQuery(new Error('Connection terminated unexpectedly'))],
    ['a server that stopped answering', failedQuery(new Error('Query read timeout'))],
    [
      'an administrator shutdown',
      failedQuery(withCode('terminating connection due to administrator command', '57P01')),
    ],
    ['a server in recovery', failedQuery(withCode('the database system is starting up', '57P03'))],
    ['a statement timeout', failedQuery(withCode('canceling statement due to statement timeout', '57014'))],
    ['a connection exception', failedQuery(withCode('connection failure', '08006'))],
    ['a transaction whose connection broke', new QueryRunnerAlreadyReleasedError()],
    ['a transaction whose connection broke, asked through its manager', new QueryRunnerProviderAlreadyReleasedError()],
  ])('recognises %s', (_, error) => {
    expect(isDatabaseUnavailable(error)).toBe(true);
  });

  it.each([
    ['a unique violation', failedQuery(withCode('duplicate key value', '23505'))],
    ['a syntax error', failedQuery(withCode('syntax error at or near "SELEC"', '42601'))],
    ['a bug', new TypeError("Cannot read properties of undefined (reading 'id')")],
    ['a non-error', 'ECONNREFUSED'],
  ])('leaves %s alone', (_, error) => {
    expect(isDatabaseUnavailable(error)).toBe(false);
  });

  it('tells a database that went away from a statement that ran out of time', () => {
    expect(isDatabaseLost(failedQuery(new Error('Connection terminated unexpectedly')))).toBe(true);
    expect(isDatabaseLost(withCode('connect ECONNREFUSED 127.0.0.1:5432', 'ECONNREFUSED'))).toBe(true);
    expect(isDatabaseLost(failedQuery(withCode('canceling statement due to statement timeout', '57014')))).toBe(false);
    expect(isDatabaseLost(failedQuery(withCode('duplicate key value', '23505')))).toBe(false);
  });

  it('is answered 503 DATABASE_UNAVAILABLE without the driver message', () => {
    const { body, unexpected } = toErrorResponse(failedQuery(new Error('Connection terminated unexpectedly')));
    expect(body).toEqual({
      statusCode: 503,
      code: ErrorCode.DatabaseUnavailable,
      message: 'The database is unavailable; try again shortly',
    });
    expect(unexpected).toBe(true);
  });
});
