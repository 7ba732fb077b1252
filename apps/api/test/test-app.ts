import { randomBytes } from 'node:crypto';
import { rm } from 'node:fs/promises';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Role } from '@naltrack/domain';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { type Logger, pino } from 'pino';
import request, { type Test } from 'supertest';
import { DataSource } from 'typeorm';
import { createApp } from '../src/app.factory.js';
import { AuditService } from '../src/audit/audit.service.js';
import { ApiTokenService } from '../src/auth/api-token.service.js';
import type { CareTeam } from '../src/care-teams/care-team.entity.js';
import type { Clinician } from '../src/clinicians/clinician.entity.js';
import type { RuntimeConfig } from '../src/config/runtime-config.js';
import { validateConfig } from '../src/config/validate-config.js';
import { buildOpenApiDocument } from '../src/openapi/openapi-document.js';
import type { Patient } from '../src/patients/patient.entity.js';
import { addMemberships, newCareTeam, newClinician, newPatient } from './factories.js';
import { ResponseContract } from './response-contract.js';
import { TEST_NOW } from './test-clock.js';
import { createTestDatabase, type TestDatabase } from './test-database.js';
import { watchResponses } from './watch-responses.js';

/** supertest requests that carry one clinician's API token. */
export interface ApiClient {
  clinician: Clinician;
  get(url: string): Test;
  post(url: string): Test;
  patch(url: string): Test;
  put(url: string): Test;
  delete(url: string): Test;
}

/** The audit chain's key in tests (a server refuses to start without one). */
export const TEST_AUDIT_KEY = Buffer.alloc(32, 7).toString('base64');

/** The key TOTP secrets are encrypted with in tests (a server refuses to start without one). */
export const TEST_TOTP_KEY = Buffer.alloc(32, 9).toString('base64');

/** Every clinical role: the default caller of the tests, member of every team made with t.newCareTeam. */
const TESTER_ROLES: Role[] = ['prescriber', 'therapist', 'nurse', 'team_lead'];

export interface TestApp {
  app: NestFastifyApplication;
  dataSource: DataSource;
  /** The HTTP server, for supertest. */
  server: Server;
  /** Requests as the default clinician (every clinical role). */
  api: ApiClient;
  /** A care team the default clinician belongs to. */
  newCareTeam(overrides?: Partial<CareTeam>): Promise<CareTeam>;
  /** A patient in one of the default clinician's teams (a new one unless careTeamId is given). */
  newPatient(overrides?: Partial<Patient>): Promise<Patient>;
  /** Requests as a new clinician with these roles and teams. */
  as(roles: Role[], careTeamIds?: string[]): Promise<ApiClient>;
  close(): Promise<void>;
}

export interface TestAppOptions {
  /** Variables as the environment would give them, e.g. `{ DEMO: 'true' }`. */
  env?: Record<string, string>;
  /** An existing database; by default each app gets a fresh one, dropped on close. */
  databaseUrl?: string;
  logger?: Logger;
  /** The test tampers with the audit trail on purpose; skip the check at close. */
  tampersWithAudit?: boolean;
}

/** The whole app on a real database with migrations applied, through the real HTTP stack. */
export async function createTestApp(options: TestAppOptions = {}): Promise<TestApp> {
  // A database handed in belongs to the caller, who drops it.
  const database: TestDatabase = options.databaseUrl
    ? { url: options.databaseUrl, poolSize: 1, drop: async () => undefined }
    : await createTestDatabase();
  // Each app its own checkpoint file, never the developer's data folder.
  const checkpointFile = path.join(tmpdir(), `naltrack-audit-checkpoint-${randomBytes(6).toString('hex')}.json`);
  const config: RuntimeConfig = {
    ...validateConfig({
      NODE_ENV: 'test',
      DEMO: 'false',
      WEB_DIST_DIR: '/nonexistent',
      CLINICAL_NOW: TEST_NOW.toISOString(),
      AUDIT_HMAC_KEY: TEST_AUDIT_KEY,
      TOTP_ENCRYPTION_KEY: TEST_TOTP_KEY,
      AUDIT_CHECKPOINT_FILE: checkpointFile,
      ...options.env,
    }),
    databaseUrl: database.url,
    databasePoolSize: database.poolSize,
  };
  const app = await createApp(config, options.logger ?? pino({ level: 'silent' }));
  await app.init();
  // Every response a test receives is checked against the documented contract: through its
  // clients at once, naming the request; any other (a sign-in, a cookie, no credentials) by the
  // server as it answers, failing the file at close.
  const contract = new ResponseContract(buildOpenApiDocument(app));
  const breaches = watchResponses(app.getHttpAdapter().getInstance(), contract);
  await app.getHttpAdapter().getInstance().ready();
  const dataSource = app.get(DataSource);
  const server: Server = app.getHttpServer();
  const tokens = app.get(ApiTokenService);

  const clientFor = async (clinician: Clinician): Promise<ApiClient> => {
    const { token } = await tokens.create(clinician.id, 'tests');
    const authorized = (test: Test) => contract.enforce(test.set('Authorization', `Bearer ${token}`));
    return {
      clinician,
      get: (url) => authorized(request(server).get(url)),
      post: (url) => authorized(request(server).post(url)),
      patch: (url) => authorized(request(server).patch(url)),
      put: (url) => authorized(request(server).put(url)),
      delete: (url) => authorized(request(server).delete(url)),
    };
  };
  const tester = await newClinician(dataSource, { roles: TESTER_ROLES });
  const api = await clientFor(tester);
  const teamOfTester = async (overrides: Partial<CareTeam> = {}) => {
    const team = await newCareTeam(dataSource, overrides);
    await addMemberships(dataSource, tester.id, [team.id]);
    return team;
  };

  return {
    app,
    dataSource,
    server,
    api,
    newCareTeam: teamOfTester,
    newPatient: async (overrides = {}) =>
      newPatient(dataSource, { ...overrides, careTeamId: overrides.careTeamId ?? (await teamOfTester()).id }),
    // An admin acts only once a second factor is set up, so admin callers come with one.
    as: async (roles, careTeamIds = []) =>
      clientFor(await newClinician(dataSource, { roles, careTeamIds, totpEnabled: roles.includes('admin') })),
    close: async () => {
      // Every test file ends by walking the audit chain its requests built.
      const audit = await app.get(AuditService).verify();
      if (!audit.ok && !options.tampersWithAudit) {
        throw new Error(`audit chain broken at ${audit.firstBrokenId} after ${audit.checked} events`);
      }
      if (breaches.length > 0) throw new Error(`answers off the documented contract:\n${breaches.join('\n')}`);
      await app.close();
      await database.drop();
      await rm(checkpointFile, { force: true });
    },
  };
}
