import path from 'node:path';
import { ConfigError, REPO_ROOT, validateConfig } from './validate-config.js';

function problemsOf(env: NodeJS.ProcessEnv): string[] {
  try {
    validateConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  return [];
}

describe('validateConfig', () => {
  it('applies defaults: embedded database with the demo cohort on port 3000', () => {
    const config = validateConfig({});
    expect(config).toMatchObject({
      port: 3000,
      host: '127.0.0.1',
      databaseUrl: null,
      demo: true,
      logLevel: 'info',
      dataDir: path.join(REPO_ROOT, '.data'),
    });
  });

  it('turns the demo cohort off by default on a server database', () => {
    expect(validateConfig({ DATABASE_URL: 'postgres://db.internal:5432/naltrack' }).demo).toBe(false);
    expect(validateConfig({ DATABASE_URL: 'postgres://db/naltrack', DEMO: 'true' }).demo).toBe(true);
  });

  it('reads booleans from their text, not their truthiness', () => {
    expect(validateConfig({ DEMO: 'false' }).demo).toBe(false);
    expect(validateConfig({ DEMO: '0' }).demo).toBe(false);
  });

  it('trusts X-Forwarded-For from a number of hops or from listed proxies, never from anyone', () => {
    expect(validateConfig({}).trustProxy).toBe(false);
    expect(validateConfig({ TRUST_PROXY: 'false' }).trustProxy).toBe(false);
    expect(validateConfig({ TRUST_PROXY: '0' }).trustProxy).toBe(false);
    expect(validateConfig({ TRUST_PROXY: '1' }).trustProxy).toBe(1);
    expect(validateConfig({ TRUST_PROXY: '2' }).trustProxy).toBe(2);
    expect(validateConfig({ TRUST_PROXY: '10.0.0.0/8, 192.168.1.10,fd00::/8' }).trustProxy).toEqual([
      '10.0.0.0/8',
      '192.168.1.10',
      'fd00::/8',
    ]);
  });

  it('holds the clinical clock at CLINICAL_NOW, or leaves it to the real time', () => {
    expect(validateConfig({ CLINICAL_NOW: '2026-12-31T23:30:00-05:00' }).clinicalNow).toEqual(
      new Date('2027-01-01T04:30:00Z'),
    );
    expect(validateConfig({}).clinicalNow).toBeNull();
  });

  it('bounds the waits for the database: 5 s for a connection, 60 s for a statement (0: none)', () => {
    expect(validateConfig({})).toMatchObject({ databaseConnectTimeoutMs: 5_000, databaseStatementTimeoutMs: 60_000 });
    const set = validateConfig({ DATABASE_CONNECT_TIMEOUT_MS: '2000', DATABASE_STATEMENT_TIMEOUT_MS: '0' });
    expect(set).toMatchObject({ databaseConnectTimeoutMs: 2_000, databaseStatementTimeoutMs: 0 });
  });

  it('treats empty variables as unset', () => {
    expect(validateConfig({ PORT: '', DATABASE_URL: '' })).toMatchObject({ port: 3000, databaseUrl: null });
  });

  it.each([
    ['PORT', 'not-a-port'],
    ['PORT', '70000'],
    ['DATABASE_URL', 'mysql://localhost/naltrack'],
    ['DEMO', 'perhaps'],
    ['LOG_LEVEL', 'loud'],
    ['CLINIC_TIME_ZONE', 'Mars/Olympus_Mons'],
    ['NODE_ENV', 'staging'],
    ['DATABASE_POOL_SIZE', '0'],
    ['DATABASE_CONNECT_TIMEOUT_MS', '0'],
    ['DATABASE_STATEMENT_TIMEOUT_MS', 'soon'],
    ['DATABASE_QUEUE_LIMIT', '0'],
    ['CLINICAL_NOW', '2026-02-30T10:00:00Z'],
    ['CLINICAL_NOW', '2026-12-31'],
    ['TRUST_PROXY', 'true'],
    ['TRUST_PROXY', 'yes'],
    ['TRUST_PROXY', '10.0.0.0/33'],
    ['TRUST_PROXY', '10.0.0.0/8,nginx'],
  ])('names %s when its value %p is invalid', (variable, value) => {
    const problems = problemsOf({ [variable]: value });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain(variable);
  });

  it('reports every bad variable at once', () => {
    const problems = problemsOf({ PORT: 'x', LOG_LEVEL: 'loud' });
    expect(problems.join('\n')).toMatch(/PORT[\s\S]*LOG_LEVEL|LOG_LEVEL[\s\S]*PORT/);
  });

  it('reads from a replica only beside a server database, leaving it aside past 30 s of lag by default', () => {
    expect(validateConfig({ DATABASE_URL: 'postgres://db/naltrack' })).toMatchObject({
      reportsDatabaseUrl: null,
      reportsReplicaMaxLagSeconds: 30,
    });
    expect(
      validateConfig({
        DATABASE_URL: 'postgres://db/naltrack',
        REPORTS_DATABASE_URL: 'postgres://replica/naltrack',
        REPORTS_REPLICA_MAX_LAG_SECONDS: '5',
      }),
    ).toMatchObject({ reportsDatabaseUrl: 'postgres://replica/naltrack', reportsReplicaMaxLagSeconds: 5 });
    expect(problemsOf({ REPORTS_DATABASE_URL: 'postgres://replica/naltrack' })).toEqual([
      'REPORTS_DATABASE_URL needs DATABASE_URL: the embedded database has no replica',
    ]);
    expect(problemsOf({ DATABASE_URL: 'postgres://db/n', REPORTS_REPLICA_MAX_LAG_SECONDS: '0' })[0]).toMatch(
      /^REPORTS_REPLICA_MAX_LAG_SECONDS/,
    );
  });
});
