import path from 'node:path';
import type { OpenAPIObject } from '@nestjs/swagger';
import openapiTS, { astToString, type OpenAPI3 } from 'openapi-typescript';
import { REPO_ROOT } from '../config/validate-config.js';

/** The web client's types, generated from the API's document and checked in. */
export const API_TYPES_FILE = path.join(REPO_ROOT, 'apps/web/src/api/generated/openapi.ts');

/** The command that rewrites API_TYPES_FILE from the controllers and DTOs. */
export const API_TYPES_COMMAND = 'npm run api:types';

const HEADER = `/**
 * Generated from the API's OpenAPI document by \`${API_TYPES_COMMAND}\`: do not edit.
 * The web client's response types are aliases of these schemas.
 */

`;

/** TypeScript types of every path, operation and schema of the document (openapi-typescript). */
export async function renderApiTypes(document: OpenAPIObject): Promise<string> {
  const ast = await openapiTS(document as OpenAPI3, { silent: true });
  return HEADER + astToString(ast);
}
