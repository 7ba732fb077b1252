import { readFile } from 'node:fs/promises';
import { API_TYPES_COMMAND, API_TYPES_FILE, renderApiTypes } from './api-types.js';
import { previewOpenApiDocument } from './preview-openapi-document.js';

describe("the web client's generated API types", () => {
  it('match the OpenAPI document the API serves', async () => {
    const expected = await renderApiTypes(await previewOpenApiDocument());
    const checkedIn = await readFile(API_TYPES_FILE, 'utf8');
    if (checkedIn !== expected) {
      throw new Error(
        `${API_TYPES_FILE} differs from the API's OpenAPI document: run \`${API_TYPES_COMMAND}\` and commit the result`,
      );
    }
    expect(checkedIn).toContain('export interface components');
  }, 30_000);
});
