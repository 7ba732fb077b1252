import type { OpenAPIObject } from '@nestjs/swagger';
import request from 'supertest';
import { ResponseContract } from '../../test/response-contract.js';
import { createTestApp, type TestApp } from '../../test/test-app.js';
import { buildOpenApiDocument } from './openapi-document.js';
import { previewOpenApiDocument } from './preview-openapi-document.js';

/** The document with one change, to see the contract refuse what it no longer describes. */
function changed(document: OpenAPIObject, change: (copy: OpenAPIObject) => void): OpenAPIObject {
  const copy = structuredClone(document);
  change(copy);
  return copy;
}

describe('the OpenAPI contract of the running API', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(async () => {
    await t.close();
  });

  it('serves the document that is built without a database', async () => {
    const served = await request(t.server).get('/api/openapi.json').expect(200);
    expect(served.body).toEqual(await previewOpenApiDocument());
  });

  it('passes a response that matches its documentation', async () => {
    const contract = new ResponseContract(buildOpenApiDocument(t.app));
    const response = await contract.enforce(request(t.server).get('/api/health')).expect(200);
    expect(response.body).toEqual({ status: 'ok', database: 'up' });
  });

  it('fails a request whose JSON differs from the documented schema, naming the operation and the field', async () => {
    const document = changed(buildOpenApiDocument(t.app), (copy) => {
      const schema = copy.components?.schemas?.HealthReportDto as { properties: Record<string, { enum: string[] }> };
      schema.properties.database = { enum: ['sideways'] };
    });
    await expect(new ResponseContract(document).enforce(request(t.server).get('/api/health'))).rejects.toThrow(
      /GET \/api\/health 200: the response does not match its documented schema\n {2}body\/database must be equal to one of the allowed values/,
    );
  });

  it('fails a status or a content type the operation does not document', async () => {
    const withoutOk = changed(buildOpenApiDocument(t.app), (copy) => {
      delete copy.paths['/api/health']?.get?.responses['200'];
    });
    await expect(new ResponseContract(withoutOk).enforce(request(t.server).get('/api/health'))).rejects.toThrow(
      'GET /api/health answered 200, a status its documentation does not list',
    );
    const csvOnly = changed(buildOpenApiDocument(t.app), (copy) => {
      const ok = copy.paths['/api/health']?.get?.responses['200'] as { content: object };
      ok.content = { 'text/csv': { schema: { type: 'string' } } };
    });
    await expect(new ResponseContract(csvOnly).enforce(request(t.server).get('/api/health'))).rejects.toThrow(
      'GET /api/health answered 200 with application/json; its documentation lists text/csv',
    );
  });

  it('checks the clients every test uses: an error answers in the documented error shape', async () => {
    const response = await t.api.get('/api/patients/5b1c2d3e-0000-4000-8000-00000000dead').expect(404);
    expect(response.body).toMatchObject({ statusCode: 404, code: 'NOT_FOUND' });
  });
});
