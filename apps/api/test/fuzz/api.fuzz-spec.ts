import { jest } from '@jest/globals';
import fc from 'fast-check';
import request from 'supertest';
import { newPatient } from '../factories.js';
import { createTestApp } from '../test-app.js';
import { type Caller, newCallers, renewSessions } from './fuzz-callers.js';
import { type FuzzContext, requestsFor } from './fuzz-request.js';
import { fuzzSettings } from './fuzz-settings.js';
import { type OpenApiDocument, type Operation, operationsOf, resolve } from './openapi-operations.js';
import { creatorsFirst, firstCallerReaching, remember } from './reach-operations.js';
import { RecordPools } from './record-pools.js';
import { problemsOf } from './response-checks.js';
import { send } from './send-request.js';

// Each operation runs FUZZ_RUNS requests one after another; the bound is the number of runs.
jest.setTimeout(600_000);

const settings = fuzzSettings(process.env);
const t = await createTestApp();
const document = (await request(t.server).get('/api/openapi.json').expect(200)).body as OpenApiDocument;
const operations = operationsOf(document);

const pools = new RecordPools();
const context: FuzzContext = {
  pools,
  resolve: (schema) => resolve(document, schema),
  rowSchemas: operations.flatMap((operation) =>
    operation.body?.contentTypes.includes('application/json') ? [operation.body.schema] : [],
  ),
};
const callerOf = new Map<string, Caller>();
const statuses = new Map<string, Map<number, number>>();
let callers: Caller[] = [];

function tally(operation: Operation, status: number): void {
  const counts = statuses.get(operation.key) ?? new Map<number, number>();
  counts.set(status, (counts.get(status) ?? 0) + 1);
  statuses.set(operation.key, counts);
}

describe(`fuzzing every documented operation (FUZZ_SEED=${settings.seed} FUZZ_RUNS=${settings.runs})`, () => {
  beforeAll(async () => {
    const team = await t.newCareTeam();
    pools.seed('care-teams', team.id);
    for (let i = 0; i < 2; i++) pools.seed('patients', (await t.newPatient({ careTeamId: team.id })).id);
    // Another team's patient: every route must answer it like a missing one.
    pools.harvest('patients', (await newPatient(t.dataSource)).id);
    callers = await newCallers(t, [team.id]);
    for (const operation of creatorsFirst(operations)) {
      const caller = await firstCallerReaching(t.server, operation, callers, context, settings.seed);
      if (caller) callerOf.set(operation.key, caller);
    }
  });

  afterAll(async () => {
    const lines = [...statuses].map(([key, counts]) => {
      const byStatus = [...counts].sort(([a], [b]) => a - b).map(([status, count]) => `${status}×${count}`);
      return `${key.padEnd(58)} as ${(callerOf.get(key)?.name ?? '-').padEnd(10)} ${byStatus.join(' ')}`;
    });
    process.stdout.write(`\nanswers per operation:\n${lines.join('\n')}\n`);
    try {
      await t.close();
    } catch (error) {
      // A broken audit chain fails the run; the app must still stop so that Jest can exit.
      await t.app.close();
      throw error;
    }
  });

  it('documents operations, and every one is reached by a caller past access control', () => {
    expect(operations.length).toBeGreaterThan(0);
    expect(operations.filter((operation) => !callerOf.has(operation.key)).map((o) => o.key)).toEqual([]);
  });

  for (const operation of operations) {
    it(`${operation.key} answers hostile requests below 500, shaped, leaking nothing`, async () => {
      const caller = callerOf.get(operation.key);
      if (!caller) throw new Error(`${operation.key} is not fuzzed: no caller got past access control`);
      await renewSessions(t, callers);
      const property = fc.asyncProperty(requestsFor(operation, caller.name, context), async (fuzz) => {
        const answer = await send(t.server, fuzz, caller.credentials);
        tally(operation, answer.status);
        remember(pools, operation, answer, false);
        const problems = problemsOf(answer);
        if (problems.length > 0) {
          throw new Error(
            `${problems.join('; ')}\nanswer ${answer.status}: ${answer.text?.slice(0, 600) ?? '(binary)'}`,
          );
        }
      });
      try {
        await fc.assert(property, { seed: settings.seed, numRuns: settings.runs });
      } catch (error) {
        const cause = error instanceof Error && error.cause instanceof Error ? `\n${error.cause.message}` : '';
        const message = error instanceof Error ? error.message : String(error);
        throw new Error(
          `${operation.key}: ${message}${cause}\nreplay: FUZZ_SEED=${settings.seed} FUZZ_RUNS=${settings.runs} ` +
            `npm run test:fuzz -- -t '${operation.key} '`,
        );
      }
    });
  }

  it('leaves the app healthy and the audit chain whole', async () => {
    const health = await request(t.server).get('/api/health');
    expect(health.status).toBe(200);
    expect(health.body).toMatchObject({ status: 'ok', database: 'up' });
    const auditor = callers.find((caller) => caller.name === 'auditor');
    const verification = await request(t.server)
      .get('/api/audit-events/verify')
      .set('authorization', `Bearer ${auditor?.credentials.token}`);
    expect(verification.status).toBe(200);
    expect(verification.body).toMatchObject({ ok: true });
  });
});
