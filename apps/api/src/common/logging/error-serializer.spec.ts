import { Writable } from 'node:stream';
import pg from 'pg';
import { EntityNotFoundError, QueryFailedError } from 'typeorm';
import { ApiException } from '../errors/api-exception.js';
import { serializeError } from './error-serializer.js';
import { createLogger } from './logger.js';

const INSERT = 'INSERT INTO "patient"("id", "mrn", "first_name", "birth_date") VALUES ($1, $2, $3, $4)';
const PARAMETERS = ['6f0c2a4e-1b7d-4c3a-9e2f-0a1b2c3d4e5f', 'MRN-483920', 'Marisol', '1961-03-14'];
const VALUES = [INSERT, 'MRN-483920', 'Marisol', '1961-03-14', 'Key (mrn)', 'duplicate key'];

/** A pg DatabaseError as the driver raises it, with the fields PostgreSQL sends. */
function driverError(message: string, fields: Partial<pg.DatabaseError>): pg.DatabaseError {
  return Object.assign(new pg.DatabaseError(message, 0, 'error'), fields);
}

function uniqueViolation(): QueryFailedError {
  const driver = driverError('duplicate key value violates unique constraint "UQ_patient_mrn"', {
    severity: 'ERROR',
    code: '23505',
    detail: 'Key (mrn)=(MRN-483920) already exists.',
    schema: 'public',
    table: 'patient',
    constraint: 'UQ_patient_mrn',
    routine: '_bt_check_unique',
  });
  return new QueryFailedError(INSERT, PARAMETERS, driver);
}

function expectNone(text: string, values: string[]): void {
  for (const value of values) expect(text).not.toContain(value);
}

describe('serializeError', () => {
  it("drops a QueryFailedError's query, parameters, detail and message, keeping what failed", () => {
    const failure = uniqueViolation();
    // TypeORM copies the driver's fields onto the error too: they must not come back that way.
    expect(failure).toMatchObject({ detail: 'Key (mrn)=(MRN-483920) already exists.' });
    const serialized = serializeError(failure);
    expectNone(JSON.stringify(serialized), VALUES);
    expect(serialized).toMatchObject({
      type: 'QueryFailedError',
      code: '23505',
      severity: 'ERROR',
      schema: 'public',
      table: 'patient',
      constraint: 'UQ_patient_mrn',
      routine: '_bt_check_unique',
    });
    expect(Object.keys(serialized)).not.toEqual(expect.arrayContaining(['query', 'parameters', 'driverError']));
    expect(serialized.message).toBeUndefined();
    expect(serialized.stack).toMatch(/^QueryFailedError\n {4}at /);
  });

  it('drops a driver message that quotes the value PostgreSQL refused, and its where and hint', () => {
    const driver = driverError('invalid input syntax for type date: "Marisol"', {
      code: '22007',
      where: "unnamed portal parameter $3 = '...'",
      hint: 'Perhaps you meant Marisol',
      column: 'birth_date',
      dataType: 'date',
    });
    const serialized = serializeError(new QueryFailedError(INSERT, PARAMETERS, driver));
    expectNone(JSON.stringify(serialized), ['Marisol', 'portal', 'Perhaps']);
    expect(serialized).toMatchObject({ code: '22007', column: 'birth_date', dataType: 'date' });
  });

  it("drops a bare driver error's detail, as a streamed export raises it", () => {
    const serialized = serializeError(
      driverError('new row for relation "patient" violates check constraint "CHK_name"', {
        code: '23514',
        detail: 'Failing row contains (MRN-483920, Marisol, 1961-03-14).',
        constraint: 'CHK_name',
      }),
    );
    expectNone(JSON.stringify(serialized), VALUES);
    expect(serialized).toMatchObject({ type: 'DatabaseError', code: '23514', constraint: 'CHK_name' });
  });

  it('drops the criteria a TypeORM lookup quotes and the input a JSON parse quotes', () => {
    const notFound = serializeError(new EntityNotFoundError('Patient', { mrn: 'MRN-483920' }));
    expect(notFound.type).toBe('EntityNotFoundError');
    const parse = (() => {
      try {
        JSON.parse('{"firstName": Marisol}');
      } catch (error) {
        return serializeError(error);
      }
    })();
    expect(parse?.type).toBe('SyntaxError');
    expectNone(JSON.stringify([notFound, parse]), ['MRN-483920', 'Marisol']);
  });

  it('keeps the type, message and stack of an error of our own', () => {
    const failure = new TypeError('cannot read properties of undefined');
    expect(serializeError(failure)).toEqual({
      type: 'TypeError',
      message: 'cannot read properties of undefined',
      stack: failure.stack,
    });
  });

  it('keeps the code and message of an ApiException, not its details', () => {
    const failure = new ApiException(503, 'EXPORT_STORE_DOWN', 'The export store is unavailable', { mrn: 'MRN-1' });
    const serialized = serializeError(failure);
    expect(serialized).toMatchObject({
      type: 'ApiException',
      code: 'EXPORT_STORE_DOWN',
      status: 503,
      message: 'The export store is unavailable',
    });
    expect(JSON.stringify(serialized)).not.toContain('MRN-1');
  });

  it('serializes causes and aggregated errors the same way instead of appending their messages', () => {
    const failure = new Error('export job failed', { cause: uniqueViolation() });
    const serialized = serializeError(new AggregateError([failure], 'two jobs failed'));
    expectNone(JSON.stringify(serialized), VALUES);
    expect(serialized.message).toBe('two jobs failed');
    expect(serialized.aggregateErrors?.[0]).toMatchObject({
      message: 'export job failed',
      cause: { type: 'QueryFailedError', code: '23505', constraint: 'UQ_patient_mrn' },
    });
  });

  it('names only the type of a thrown value that is not an Error', () => {
    expect(serializeError('MRN-483920 not found')).toEqual({ type: 'string' });
    expect(serializeError({ mrn: 'MRN-483920' })).toEqual({ type: 'object' });
  });

  it('is what the app logger writes for err', () => {
    const lines: string[] = [];
    const destination = new Writable({
      write(chunk: Buffer, _encoding, done) {
        lines.push(chunk.toString());
        done();
      },
    });
    createLogger('info', destination).child({ job: 1 }).error({ err: uniqueViolation() }, 'export job failed');
    expect(lines).toHaveLength(1);
    expectNone(lines.join(''), VALUES);
    expect(JSON.parse(lines[0] ?? '')).toMatchObject({ msg: 'export job failed', err: { code: '23505' } });
  });
});
