import { writeFile } from 'node:fs/promises';
import { API_TYPES_FILE, renderApiTypes } from './api-types.js';
import { previewOpenApiDocument } from './preview-openapi-document.js';

/** `npm run api:types`: rewrites the web client's generated types from the API's document. */
const document = await previewOpenApiDocument();
await writeFile(API_TYPES_FILE, await renderApiTypes(document));
process.stdout.write(`${API_TYPES_FILE}: ${Object.keys(document.components?.schemas ?? {}).length} schemas\n`);
