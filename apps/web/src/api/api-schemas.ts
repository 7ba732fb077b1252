import type { components } from './generated/openapi';

/** A schema of the API's OpenAPI document: the web client's response types are these, never copies. */
export type ApiSchema<Name extends keyof components['schemas']> = components['schemas'][Name];
