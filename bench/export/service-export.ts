// One side of `npm run bench:export`, in its own process: the adherence CSV through
// AdherenceExportService (cursor, domain metrics, csv-stringify, disclosure) into a byte counter.
import 'reflect-metadata';
import { Writable } from 'node:stream';
import { ClinicalModule } from '@naltrack/api/dist/clinical/clinical.module.js';
import { LOGGER } from '@naltrack/api/dist/common/logging/logger.token.js';
import { APP_CONFIG, type RuntimeConfig } from '@naltrack/api/dist/config/runtime-config.js';
import { validateConfig } from '@naltrack/api/dist/config/validate-config.js';
import { DatabaseModule } from '@naltrack/api/dist/database/database.module.js';
import { AdherenceExportService } from '@naltrack/api/dist/reports/adherence-export.service.js';
import { AdherenceExportQuery } from '@naltrack/api/dist/reports/dto/adherence-export-query.dto.js';
import { ReportsModule } from '@naltrack/api/dist/reports/reports.module.js';
import type { DynamicModule } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import pg from 'pg';
import QueryStream from 'pg-query-stream';
import { pino } from 'pino';
import type { BenchConfig } from './bench-config.js';
import type { BenchClinician } from './bench-database.js';
import { measured, peakRssBytes, readInput, type SideResult } from './measure.js';

export interface ServiceExportInput {
  config: BenchConfig;
  from: string;
  to: string;
  clinician: BenchClinician;
}

/** The statement the export's cursor ran, so the COPY side runs exactly the same one. */
export interface CapturedQuery {
  text: string;
  values: (string | null)[];
}

export interface ServiceExportResult extends SideResult {
  patients: number;
  query: CapturedQuery;
}

/** Notes every cursor statement a pg client submits (the export reads through pg-query-stream). */
function captureCursorQueries(): CapturedQuery[] {
  const captured: CapturedQuery[] = [];
  const prototype = pg.Client.prototype as unknown as { query: (...args: unknown[]) => unknown };
  const original = prototype.query;
  prototype.query = function (this: unknown, ...args: unknown[]) {
    const [submitted] = args;
    if (submitted instanceof QueryStream) {
      const cursor: { text: string; values: (string | null)[] | null } = submitted.cursor;
      captured.push({ text: cursor.text, values: cursor.values ?? [] });
    }
    return original.apply(this, args);
  };
  return captured;
}

/** Only what the export needs: configuration, the database, the clinic's calendar and the reports. */
function benchModule(runtime: RuntimeConfig): DynamicModule {
  class BenchCoreModule {}
  class BenchExportModule {}
  const logger = pino({ level: 'warn' });
  return {
    module: BenchExportModule,
    imports: [
      {
        module: BenchCoreModule,
        global: true,
        providers: [
          { provide: APP_CONFIG, useValue: runtime },
          { provide: LOGGER, useValue: logger },
        ],
        exports: [APP_CONFIG, LOGGER],
      },
      DatabaseModule.register(runtime),
      ClinicalModule,
      ReportsModule,
    ],
  };
}

const input = await readInput<ServiceExportInput>();
const { config } = input;
const runtime: RuntimeConfig = {
  ...validateConfig({ NODE_ENV: 'production', DEMO: 'false', LOG_LEVEL: 'warn', CLINIC_TIME_ZONE: config.timeZone }),
  databaseUrl: config.databaseUrl,
  databasePoolSize: 4,
};
const app = await NestFactory.createApplicationContext(benchModule(runtime), { logger: false });
const service = app.get(AdherenceExportService);
const captured = captureCursorQueries();
const principal = {
  clinicianId: input.clinician.id,
  email: 'bench.export@example.test',
  displayName: 'Export Bench',
  roles: ['prescriber' as const, 'team_lead' as const],
  teamIds: input.clinician.teamIds,
  careTeams: [],
  via: 'token' as const,
  totpSetupRequired: false,
  totpEnabled: false,
};
const query = Object.assign(new AdherenceExportQuery(), { format: 'csv', from: input.from, to: input.to });

let bytes = 0;
let rows = 0;
const devNull = new Writable({
  write(chunk: Buffer, _encoding, callback) {
    bytes += chunk.length;
    callback();
  },
});
const prepared = await service.prepare(query, principal);
const run = await measured(() =>
  service.write(prepared, devNull, (rowsDone) => {
    rows = rowsDone;
  }),
);
await app.close();
const [cursorQuery] = captured;
if (!cursorQuery) throw new Error('the export ran no cursor query');
const result: ServiceExportResult = {
  rows,
  bytes,
  ms: run.ms,
  peakRssBytes: peakRssBytes(),
  baselineRssBytes: run.baselineRssBytes,
  patients: prepared.patientCount,
  query: cursorQuery,
};
process.stdout.write(`${JSON.stringify(result)}\n`);
