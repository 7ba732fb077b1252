import { Injectable, type OnModuleInit } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import type { FastifyInstance } from 'fastify';
import { ApiException } from '../common/errors/api-exception.js';
import { ErrorCode } from '../common/errors/error-code.js';
import { IMPORT_FORMATS } from './import-records.js';

export const IMPORTS_ROUTE = '/api/imports';

/**
 * CSV and NDJSON bodies reach POST /api/imports as the raw request stream, read and validated row
 * by row, so the app's 1 MB body limit does not apply there (the import has its own). Any other
 * route answers them 415, as before.
 */
@Injectable()
export class ImportBodyParser implements OnModuleInit {
  constructor(private readonly adapterHost: HttpAdapterHost) {}

  onModuleInit(): void {
    const fastify: FastifyInstance = this.adapterHost.httpAdapter.getInstance();
    fastify.addContentTypeParser(Object.keys(IMPORT_FORMATS), (request, payload, done) => {
      if (request.routeOptions.url === IMPORTS_ROUTE && request.method === 'POST') {
        done(null, payload);
      } else {
        done(new ApiException(415, ErrorCode.UnsupportedMediaType, 'This route does not take CSV or NDJSON'));
      }
    });
  }
}
