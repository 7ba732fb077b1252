import { jest } from '@jest/globals';
import { addDays } from '@naltrack/domain';
import fc from 'fast-check';
import request from 'supertest';
import { CapturedLog } from '../../../test/captured-log.js';
import { type BodyField, fieldsOf, setAt } from '../../../test/fuzz/body-fields.js';
import { type Caller, newCallers } from '../../../test/fuzz/fuzz-callers.js';
import { encode, type FuzzContext, type FuzzRequest, validRequestsFor } from '../../../test/fuzz/fuzz-request.js';
import { fuzzSettings } from '../../../test/fuzz/fuzz-settings.js';
import { type OpenApiDocument, type Operation, operationsOf, resolve } from '../../../test/fuzz/openapi-operations.js';
import { creatorsFirst, firstCallerReaching } from '../../../test/fuzz/reach-operations.js';
import { RecordPools } from '../../../test/fuzz/record-pools.js';
import { problemsOf } from '../../../test/fuzz/response-checks.js';
import { send } from '../../../test/fuzz/send-request.js';
import { createTestApp } from '../../../test/test-app.js';
import { TEST_TODAY } from '../../../test/test-clock.js';

// Every field of every write operation, a few values each, one request after another.
jest.setTimeout(600_000);

// Patient data as a clinic would enter it: none of it may ever reach a log line.
const MRN = 'MRN-QZ-771204';
const GIVEN_NAME = 'Marisol';
const FAMILY_NAME = 'Quenby';
const BIRTH_DATE = '1958-03-14';
const NOTE = 'Quenby said she drank on Friday';
const MARKERS = [MRN, GIVEN_NAME, FAMILY_NAME, BIRTH_DATE, 'Quenby said'];

/** Text PostgreSQL refuses or that no field allows, each carrying patient data around it. */
const UNSTORABLE = [`${NOTE}\u0000 after`, `${FAMILY_NAME}\uD800${GIVEN_NAME}`, `\uDC00${MRN}`];
/** A JSON body cut off inside a note. */
const MALFORMED = `{"note": "${NOTE}, ${MRN}`;
/** Longer than any text column or field should take (the body limit is 1 MB). */
const OVER_LONG = `${NOTE} `.repeat(6000);

const log = new CapturedLog();
// Every field of every write gets three bad values, well past a minute's request limit (which has
// specs of its own); the limit is raised so each answer is the field's refusal.
const t = await createTestApp({ logger: log.logger, env: { RATE_LIMIT_PER_MINUTE: '100000' } });
const document = (await request(t.server).get('/api/openapi.json').expect(200)).body as OpenApiDocument;
const writes = operationsOf(document).filter((operation) => operation.method !== 'get');
const pools = new RecordPools();
const context: FuzzContext = {
  pools,
  resolve: (schema) => resolve(document, schema),
  rowSchemas: writes.flatMap((operation) =>
    operation.body?.contentTypes.includes('application/json') ? [operation.body.schema] : [],
  ),
};
const { seed } = fuzzSettings({});
const sent: string[] = [];

/** Text a log could hold of a value: as sent, and as JSON escapes it. */
function tracesOf(value: string): string[] {
  return [value, JSON.stringify(value).slice(1, -1)];
}

function fieldsNamed(text: string | undefined): string[] {
  const body = JSON.parse(text ?? '{}') as { details?: { fields?: { field: string }[] } };
  return (body.details?.fields ?? []).map((entry) => entry.field);
}

/** The values aimed at one field: unstorable text always, and for text fields one past its length. */
function valuesFor(field: BodyField): { value: string; mustRefuse: boolean }[] {
  const values = UNSTORABLE.map((value) => ({ value, mustRefuse: true }));
  if (field.schema.type !== 'string' || field.schema.enum || field.schema.format) return values;
  const { maxLength } = field.schema;
  // A documented limit must hold; text without one may be stored, but must not fail in the database.
  const over = maxLength === undefined ? OVER_LONG : `${NOTE} `.repeat(maxLength).slice(0, maxLength + 1);
  return [...values, { value: over, mustRefuse: maxLength !== undefined }];
}

describe('no patient data in the logs', () => {
  let callers: Caller[] = [];

  beforeAll(async () => {
    const team = await t.newCareTeam();
    pools.seed('care-teams', team.id);
    const patient = await t.newPatient({ careTeamId: team.id, diagnoses: ['AUD'], status: 'active' });
    pools.seed('patients', patient.id);
    callers = await newCallers(t, [team.id]);
    // Routes on a discontinuation request look it up before reading the body: one must exist,
    // proposed by a caller (who alone may withdraw it) for a patient long on naltrexone.
    await t.dataSource.query(
      `INSERT INTO naltrexone_start (patient_id, formulation, dose_mg, started_on) VALUES ($1, 'oral', 50, $2)`,
      [patient.id, addDays(TEST_TODAY, -200)],
    );
    const proposal = await request(t.server)
      .post(`/api/patients/${patient.id}/discontinuation-requests`)
      .set('authorization', `Bearer ${callers[0]?.credentials.token}`)
      .send({
        kind: 'stop',
        reasonCode: 'clinical_stability',
        reason: 'Stable for seven months, attends every session.',
        effectiveOn: addDays(TEST_TODAY, 30),
      });
    expect(proposal.status).toBe(201);
    pools.seed('discontinuation-requests', proposal.body.id);
  });

  afterAll(() => t.close());

  it('logs a database error that quotes a whole patient row by its SQLSTATE and constraint only', async () => {
    // PostgreSQL's detail for a check violation is "Failing row contains (...)": every column.
    await t.dataSource.query(
      `ALTER TABLE patient ADD CONSTRAINT chk_log_probe CHECK (family_name <> '${FAMILY_NAME}-probe') NOT VALID`,
    );
    const team = (await t.newCareTeam()).id;
    const response = await t.api.post('/api/patients').send({
      mrn: MRN,
      givenName: GIVEN_NAME,
      familyName: `${FAMILY_NAME}-probe`,
      birthDate: BIRTH_DATE,
      sex: 'female',
      diagnoses: ['AUD'],
      careTeamId: team,
      enrolledOn: '2026-01-05',
    });
    await t.dataSource.query('ALTER TABLE patient DROP CONSTRAINT chk_log_probe');
    expect(response.status).toBe(500);
    const failure = log.entries().find((entry) => entry.msg === 'request failed');
    expect(failure).toMatchObject({
      level: 50,
      url: '/api/patients',
      err: { type: 'QueryFailedError', code: '23514', table: 'patient', constraint: 'chk_log_probe' },
    });
    for (const marker of MARKERS) expect(log.text).not.toContain(marker);
  });

  it('answers the same MRN created twice at once 201 and 409, logging neither', async () => {
    const body = (mrn: string, careTeamId: string) => ({
      mrn,
      givenName: GIVEN_NAME,
      familyName: FAMILY_NAME,
      birthDate: BIRTH_DATE,
      sex: 'female',
      diagnoses: ['OUD'],
      careTeamId,
      enrolledOn: '2026-01-05',
    });
    const team = (await t.newCareTeam()).id;
    const answers = await Promise.all([1, 2, 3].map(() => t.api.post('/api/patients').send(body(MRN, team))));
    expect(answers.map((answer) => answer.status).sort()).toEqual([201, 409, 409]);
    for (const marker of MARKERS) expect(log.text).not.toContain(marker);
  });

  it('logs a caseload search by its route, without the name searched for', async () => {
    const response = await t.api.get(`/api/caseload?q=${FAMILY_NAME}&limit=5`);
    expect(response.status).toBe(200);
    const incoming = log.entries().filter((entry) => (entry.req as { url?: string } | undefined)?.url);
    expect(incoming.map((entry) => (entry.req as { url: string }).url)).toContain('/api/caseload');
    expect(log.text).not.toContain(FAMILY_NAME);
  });

  it('refuses unstorable and over-long text in every field and path parameter of every write, naming it', async () => {
    const failures: string[] = [];
    for (const operation of creatorsFirst(writes)) {
      const caller = await firstCallerReaching(t.server, operation, callers, context, seed);
      if (!caller) {
        failures.push(`${operation.key}: no caller got past access control`);
        continue;
      }
      for (const attempt of attemptsFor(operation, caller)) {
        sent.push(attempt.value);
        const answer = await send(t.server, attempt.request, caller.credentials);
        const problems = problemsOf(answer);
        if (attempt.mustRefuse && answer.status < 400) problems.push(`answered ${answer.status}`);
        if (
          attempt.field &&
          answer.status >= 400 &&
          answer.status < 500 &&
          !fieldsNamed(answer.text).includes(attempt.field)
        ) {
          problems.push(`did not name ${attempt.field}: ${answer.text?.slice(0, 300)}`);
        }
        if (problems.length > 0) failures.push(`${operation.key} ${attempt.field}: ${problems.join('; ')}`);
      }
    }
    expect(failures).toEqual([]);
    expect(sent.length).toBeGreaterThan(100);
  });

  it('logged none of the values sent', () => {
    expect(log.entries().length).toBeGreaterThan(sent.length);
    // Requests are logged by route, with the ids they named and no query string.
    const urls = log.entries().flatMap((entry) => (entry.req as { url?: string } | undefined)?.url ?? []);
    expect(urls).toContainEqual(expect.stringMatching(/^\/api\/patients\/[0-9a-f-]{36}\/observations$/));
    expect(urls.filter((url) => url.includes('?'))).toEqual([]);
    for (const marker of MARKERS) expect(log.text).not.toContain(marker);
    const found = sent.filter((value) => tracesOf(value).some((trace) => log.text.includes(trace)));
    expect(found).toEqual([]);
  });
});

interface Attempt {
  /** The field the answer must name; a file's rows are reported by line instead. */
  field?: string;
  value: string;
  mustRefuse: boolean;
  request: FuzzRequest;
}

/** The request with one path parameter replaced, as the client would encode it. */
function withPathParam(operation: Operation, valid: FuzzRequest, name: string, value: string): FuzzRequest {
  const template = operation.path.split('/');
  const url = valid.url.split('?')[0]?.split('/') ?? [];
  const at = template.indexOf(`{${name}}`);
  return { ...valid, url: url.map((segment, index) => (index === at ? encode(value) : segment)).join('/') };
}

/** One valid request of the operation with one field, path parameter or file cell replaced. */
function attemptsFor(operation: Operation, caller: Caller): Attempt[] {
  // A file body may come out broken on purpose: the first one with rows is the valid one.
  const valid = fc
    .sample(validRequestsFor(operation, caller.name, context), { seed, numRuns: 20 })
    .find(({ body }) => body.kind !== 'text' || (body.value.hostile === 'none' && body.value.rows?.length));
  if (!valid) return [];
  const params = operation.pathParams.flatMap(({ name }) =>
    UNSTORABLE.map((value) => ({
      field: name,
      value,
      mustRefuse: true,
      request: withPathParam(operation, valid, name, value),
    })),
  );
  const body = valid.body;
  if (body.kind === 'json' && operation.body) {
    const fields = fieldsOf(operation.body.schema, context.resolve).flatMap((field) =>
      valuesFor(field).map(({ value, mustRefuse }) => ({
        field: field.path.join('.'),
        value,
        mustRefuse,
        request: { ...valid, body: { ...body, value: setAt(body.value, field.path, value) } },
      })),
    );
    // A parser's message quotes the text around its error: the body must not come back in a log.
    const malformed = {
      value: MALFORMED,
      mustRefuse: true,
      request: { ...valid, body: { kind: 'raw' as const, contentType: 'application/json', value: MALFORMED } },
    };
    return [...params, ...fields, malformed];
  }
  if (body.kind === 'text') {
    // A file of records (an import): each row's text fields in turn carry the value.
    const rows = body.value.rows ?? [];
    const keys = [...new Set(rows.flatMap((row) => Object.keys(row)))];
    const cells = keys.flatMap((key) =>
      [...UNSTORABLE, OVER_LONG].map((value) => ({
        value,
        mustRefuse: false,
        request: {
          ...valid,
          body: {
            kind: 'text' as const,
            value: { ...body.value, rows: rows.map((row) => ({ ...row, [key]: value })) },
          },
        },
      })),
    );
    return [...params, ...cells];
  }
  if (params.length > 0) return params;
  // Nothing of the client's own is read (sign-out): the text goes in a query string nobody reads.
  return UNSTORABLE.map((value) => ({
    value,
    mustRefuse: false,
    request: { ...valid, url: `${valid.url}?note=${encode(value)}` },
  }));
}
