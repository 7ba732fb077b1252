import { jest } from '@jest/globals';
import { jsonResponse, mockApi } from '../test/mock-api';
import { apiClient, onAuthError, setCsrfToken } from './api-client';
import { ApiError } from './api-error';
import { getHealth } from './health';

async function caught(promise: Promise<unknown>): Promise<ApiError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof ApiError) return error;
    throw error;
  }
  throw new Error('expected the request to fail');
}

describe('apiClient', () => {
  it('GETs JSON under /api with same-origin credentials', async () => {
    const fetchSpy = mockApi({ 'GET /api/care-teams': { status: 200, body: [{ id: 't1' }] } });

    await expect(apiClient.get('/care-teams')).resolves.toEqual([{ id: 't1' }]);

    const [url, init] = fetchSpy.mock.calls[0] ?? [];
    expect(url).toBe('/api/care-teams');
    expect(init?.credentials).toBe('same-origin');
    expect(new Headers(init?.headers).get('accept')).toBe('application/json');
    expect(init?.body).toBeUndefined();
  });

  it('sends a JSON body on POST and PATCH', async () => {
    const fetchSpy = mockApi({
      'POST /api/patients': { status: 201, body: { id: 'p1' } },
      'PATCH /api/patients/p1': { status: 200, body: { id: 'p1', status: 'active' } },
    });

    await expect(apiClient.post('/patients', { mrn: 'A-1' })).resolves.toEqual({ id: 'p1' });
    await expect(apiClient.patch('/patients/p1', { status: 'active' })).resolves.toEqual({
      id: 'p1',
      status: 'active',
    });

    const [, postInit] = fetchSpy.mock.calls[0] ?? [];
    expect(postInit?.method).toBe('POST');
    expect(postInit?.body).toBe('{"mrn":"A-1"}');
    expect(new Headers(postInit?.headers).get('content-type')).toBe('application/json');
    expect(fetchSpy.mock.calls[1]?.[1]?.body).toBe('{"status":"active"}');
  });

  it('builds query strings and leaves out empty values', async () => {
    const fetchSpy = mockApi({ 'GET /api/patients': { status: 200, body: [] } });

    await apiClient.get('/patients', { query: { team: 'north', limit: 50, after: undefined, status: null } });

    expect(fetchSpy.mock.calls[0]?.[0]).toBe('/api/patients?team=north&limit=50');
  });

  it('returns undefined for an empty answer (204)', async () => {
    jest.spyOn(globalThis, 'fetch').mockResolvedValue(new Response(null, { status: 204 }));

    await expect(apiClient.delete('/sessions/current')).resolves.toBeUndefined();
  });

  it('turns a validation error body into an ApiError with messages per field', async () => {
    mockApi({
      'POST /api/patients': {
        status: 400,
        body: {
          statusCode: 400,
          code: 'VALIDATION_FAILED',
          message: 'Invalid request: mrn must not be empty; birthDate must be a date',
          details: {
            fields: [
              { field: 'mrn', messages: ['mrn must not be empty'] },
              { field: 'birthDate', messages: ['birthDate must be a date', 'birthDate must be in the past'] },
            ],
          },
          requestId: 'req-42',
        },
      },
    });

    const error = await caught(apiClient.post('/patients', { mrn: '' }));

    expect(error.statusCode).toBe(400);
    expect(error.code).toBe('VALIDATION_FAILED');
    expect(error.message).toBe('Invalid request: mrn must not be empty; birthDate must be a date');
    expect(error.requestId).toBe('req-42');
    expect(error.messagesFor('mrn')).toEqual(['mrn must not be empty']);
    expect(error.messagesFor('birthDate')).toEqual(['birthDate must be a date', 'birthDate must be in the past']);
    expect(error.messagesFor('sex')).toEqual([]);
    expect(error.fieldErrors.map((f) => f.field)).toEqual(['mrn', 'birthDate']);
  });

  it('has no field messages for errors that are not validation errors', async () => {
    mockApi({
      'GET /api/patients/p9': {
        status: 404,
        body: { statusCode: 404, code: 'NOT_FOUND', message: 'Patient not found' },
        headers: { 'x-request-id': 'from-header' },
      },
    });

    const error = await caught(apiClient.get('/patients/p9'));

    expect(error).toMatchObject({ statusCode: 404, code: 'NOT_FOUND', message: 'Patient not found' });
    expect(error.requestId).toBe('from-header');
    expect(error.fieldErrors).toEqual([]);
  });

  it('gives a generic ApiError when the error body is not the API’s (a proxy page)', async () => {
    jest
      .spyOn(globalThis, 'fetch')
      .mockResolvedValue(
        new Response('<html>Bad gateway</html>', { status: 502, headers: { 'content-type': 'text/html' } }),
      );

    const error = await caught(apiClient.get('/care-teams'));

    expect(error.statusCode).toBe(502);
    expect(error.code).toBe('UNEXPECTED_RESPONSE');
    expect(error.message).toContain('HTTP 502');
    expect(error.message).not.toContain('<html>');
  });

  it('reports an unreachable server as a network ApiError', async () => {
    mockApi({ 'GET /api/care-teams': { networkError: true } });

    const error = await caught(apiClient.get('/care-teams'));

    expect(error.statusCode).toBe(0);
    expect(error.isNetworkError).toBe(true);
    expect(error.message).toBe('Cannot reach the Naltrack server.');
  });

  it('lets a cancelled request reject with the AbortError itself', async () => {
    const abort = new DOMException('The operation was aborted.', 'AbortError');
    jest.spyOn(globalThis, 'fetch').mockRejectedValue(abort);

    await expect(apiClient.get('/care-teams')).rejects.toBe(abort);
  });
});

describe('apiClient and the session', () => {
  it('sends the CSRF token on every write, and not on reads', async () => {
    const fetchSpy = mockApi({
      'GET /api/patients': { status: 200, body: [] },
      'POST /api/patients': { status: 201, body: {} },
      'PATCH /api/patients/p1': { status: 200, body: {} },
      'PUT /api/patients/p1': { status: 200, body: {} },
      'DELETE /api/patients/p1': { status: 204 },
    });
    setCsrfToken('token-1');

    await apiClient.get('/patients');
    await apiClient.post('/patients', {});
    await apiClient.patch('/patients/p1', {});
    await apiClient.put('/patients/p1', {});
    await apiClient.delete('/patients/p1');

    const headers = fetchSpy.mock.calls.map(([, init]) => new Headers(init?.headers).get('x-csrf-token'));
    expect(headers).toEqual([null, 'token-1', 'token-1', 'token-1', 'token-1']);
  });

  it('sends no CSRF header before there is a session', async () => {
    const fetchSpy = mockApi({ 'POST /api/auth/login': { status: 200, body: {} } });

    await apiClient.post('/auth/login', {});

    expect(new Headers(fetchSpy.mock.calls[0]?.[1]?.headers).has('x-csrf-token')).toBe(false);
  });

  it('tells listeners about an ended session, an owed second factor or a stale token, whichever call met it', async () => {
    mockApi({
      'GET /api/care-teams': { status: 401, body: { statusCode: 401, code: 'UNAUTHENTICATED', message: 'Sign in' } },
      'POST /api/patients': {
        status: 403,
        body: { statusCode: 403, code: 'TOTP_SETUP_REQUIRED', message: 'Set up a second factor' },
      },
      'GET /api/patients/p9': { status: 403, body: { statusCode: 403, code: 'FORBIDDEN', message: 'No' } },
      'PATCH /api/patients/p9': {
        status: 403,
        body: { statusCode: 403, code: 'CSRF_TOKEN_INVALID', message: 'Missing or invalid CSRF token' },
      },
    });
    const heard: string[] = [];
    const stop = onAuthError((error) => heard.push(error.code));

    await expect(apiClient.get('/care-teams')).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
    await expect(apiClient.post('/patients', {})).rejects.toMatchObject({ code: 'TOTP_SETUP_REQUIRED' });
    await expect(apiClient.get('/patients/p9')).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(apiClient.patch('/patients/p9', {})).rejects.toMatchObject({ code: 'CSRF_TOKEN_INVALID' });
    stop();
    await expect(apiClient.get('/care-teams')).rejects.toBeInstanceOf(ApiError);

    expect(heard).toEqual(['UNAUTHENTICATED', 'TOTP_SETUP_REQUIRED', 'CSRF_TOKEN_INVALID']);
  });
});

describe('getHealth', () => {
  it('returns the report on 200', async () => {
    mockApi({ 'GET /api/health': { status: 200, body: { status: 'ok', database: 'up' } } });

    await expect(getHealth()).resolves.toEqual({ status: 'ok', database: 'up' });
  });

  it('returns the report on 503 instead of throwing', async () => {
    mockApi({ 'GET /api/health': { status: 503, body: { status: 'degraded', database: 'down' } } });

    await expect(getHealth()).resolves.toEqual({ status: 'degraded', database: 'down' });
  });

  it('throws when a 503 does not carry a health report', async () => {
    jest.spyOn(globalThis, 'fetch').mockResolvedValue(jsonResponse(503, { message: 'Service Unavailable' }));

    await expect(getHealth()).rejects.toBeInstanceOf(ApiError);
  });

  it('throws the API error for any other failure', async () => {
    mockApi({
      'GET /api/health': { status: 500, body: { statusCode: 500, code: 'INTERNAL_ERROR', message: 'Boom' } },
    });

    await expect(getHealth()).rejects.toMatchObject({ statusCode: 500, code: 'INTERNAL_ERROR' });
  });
});
