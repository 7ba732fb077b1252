import { Writable } from 'node:stream';
import { QueryFailedError } from 'typeorm';
import { createLogger, PinoNestLogger, routeOf } from './logger.js';

const ID = '6f0c2a4e-1b7d-4c3a-9e2f-0a1b2c3d4e5f';

function captured(): { lines: string[]; nest: PinoNestLogger } {
  const lines: string[] = [];
  const destination = new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(chunk.toString());
      done();
    },
  });
  return { lines, nest: new PinoNestLogger(createLogger('info', destination)) };
}

describe('routeOf', () => {
  it('gives the route with the ids it named', () => {
    const request = {
      method: 'GET',
      routeOptions: { url: '/api/patients/:id/consents/:consentId' },
      params: { id: ID, consentId: ID.toUpperCase() },
    };
    expect(routeOf(request)).toBe(`/api/patients/${ID}/consents/${ID.toUpperCase()}`);
  });

  it('keeps the name of a parameter that is not an id, and never a query string', () => {
    const request = { method: 'GET', routeOptions: { url: '/api/patients/:id' }, params: { id: 'Quenby' } };
    expect(routeOf(request)).toBe('/api/patients/:id');
    expect(routeOf({ method: 'GET', routeOptions: { url: '/api/caseload' }, params: {} })).toBe('/api/caseload');
  });

  it('names no path for a request that matched no route', () => {
    expect(routeOf({ method: 'GET', routeOptions: {} })).toBe('(no route)');
  });
});

describe('PinoNestLogger', () => {
  const failure = new QueryFailedError(
    'INSERT INTO patient VALUES ($1)',
    ['MRN-483920'],
    Object.assign(new Error('invalid input syntax for type date: "MRN-483920"'), { code: '22007' }),
  );

  it('logs an error Nest hands over through the error serializer', () => {
    const { lines, nest } = captured();
    nest.error(failure, 'ExceptionsHandler');
    nest.warn(failure, 'TypeOrmModule');
    expect(lines).toHaveLength(2);
    expect(lines.join('')).not.toContain('MRN-483920');
    expect(JSON.parse(lines[0] ?? '')).toMatchObject({ context: 'ExceptionsHandler', err: { code: '22007' } });
  });

  it("keeps only the frames of a stack Nest passes, whose first line repeats the error's message", () => {
    const { lines, nest } = captured();
    expect(failure.stack).toContain('MRN-483920');
    nest.error('Unable to connect to the database', failure.stack, 'TypeOrmModule');
    const entry = JSON.parse(lines[0] ?? '') as { msg: string; stack: string };
    expect(entry.msg).toBe('Unable to connect to the database');
    expect(entry.stack).toMatch(/^\n {4}at /);
    expect(lines.join('')).not.toContain('MRN-483920');
  });
});
