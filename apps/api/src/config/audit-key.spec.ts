import { inspect } from 'node:util';
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

const HEX_KEY = 'ab'.repeat(32);
const BASE64_KEY = Buffer.alloc(32, 1).toString('base64');

describe('the audit settings', () => {
  it('read AUDIT_HMAC_KEY as hex or base64 of at least 32 bytes', () => {
    expect(validateConfig({ AUDIT_HMAC_KEY: HEX_KEY }).auditHmacKey?.bytes).toEqual(Buffer.alloc(32, 0xab));
    expect(validateConfig({ AUDIT_HMAC_KEY: BASE64_KEY }).auditHmacKey?.bytes).toEqual(Buffer.alloc(32, 1));
    const urlSafe = Buffer.alloc(33, 0xfb).toString('base64url');
    expect(validateConfig({ AUDIT_HMAC_KEY: urlSafe }).auditHmacKey?.bytes).toEqual(Buffer.alloc(33, 0xfb));
  });

  it.each([
    ['31 bytes of hex', 'ab'.repeat(31)],
    ['31 bytes of base64', Buffer.alloc(31, 1).toString('base64')],
    ['neither hex nor base64', `${'x'.repeat(50)}!`],
  ])('refuse a key of %s, naming the variable and never echoing the value', (_, value) => {
    const problems = problemsOf({ AUDIT_HMAC_KEY: value });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^AUDIT_HMAC_KEY must be at least 32 bytes/);
    expect(problems[0]).not.toContain(value);
  });

  it('never print the key, in JSON or in a log of the config', () => {
    const config = validateConfig({ AUDIT_HMAC_KEY: HEX_KEY });
    expect(JSON.stringify(config)).not.toContain(HEX_KEY);
    expect(JSON.stringify(config)).toContain('"auditHmacKey":"[redacted]"');
    expect(inspect(config)).toContain('auditHmacKey: SecretKey [redacted]');
  });

  it('keep the embedded database key and checkpoint in DATA_DIR; a server has no key file', () => {
    const embedded = validateConfig({ DATA_DIR: 'tmp/audit-data' });
    expect(embedded.auditKeyFile).toBe(`${REPO_ROOT}/tmp/audit-data/audit-hmac.key`);
    expect(embedded.auditCheckpointFile).toBe(`${REPO_ROOT}/tmp/audit-data/audit-checkpoint.json`);
    const server = validateConfig({ DATABASE_URL: 'postgres://db/naltrack' });
    expect(server.auditKeyFile).toBeNull();
    expect(server.auditHmacKey).toBeNull();
    expect(server.auditCheckpointFile).toBe(`${REPO_ROOT}/.data/audit-checkpoint.json`);
    expect(validateConfig({ AUDIT_HMAC_KEY: HEX_KEY }).auditKeyFile).toBeNull();
    expect(validateConfig({ AUDIT_CHECKPOINT_FILE: '/var/lib/naltrack/cp.json' }).auditCheckpointFile).toBe(
      '/var/lib/naltrack/cp.json',
    );
  });

  it('run migrations on MIGRATION_DATABASE_URL when given, else on the app connection', () => {
    expect(validateConfig({}).migrationDatabaseUrl).toBeNull();
    expect(validateConfig({ MIGRATION_DATABASE_URL: 'postgres://owner@db/naltrack' }).migrationDatabaseUrl).toBe(
      'postgres://owner@db/naltrack',
    );
    expect(problemsOf({ MIGRATION_DATABASE_URL: 'mysql://db' })).toEqual([
      'MIGRATION_DATABASE_URL must be a postgres:// or postgresql:// URL',
    ]);
  });
});
