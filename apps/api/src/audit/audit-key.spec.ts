import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { validateConfig } from '../config/validate-config.js';
import { AuditKeyMissingError, resolveAuditKey } from './audit-key.js';

describe('the audit key', () => {
  let dataDir: string;

  beforeEach(async () => {
    dataDir = await mkdtemp(path.join(tmpdir(), 'naltrack-audit-key-'));
  });

  afterEach(() => rm(dataDir, { recursive: true, force: true }));

  it('is generated once beside the embedded data, readable by its owner only, and reused', async () => {
    const config = validateConfig({ DATA_DIR: dataDir });
    const first = await resolveAuditKey(config);
    expect(first).toHaveLength(32);
    const file = path.join(dataDir, 'audit-hmac.key');
    expect((await stat(file)).mode & 0o777).toBe(0o600);
    expect(Buffer.from((await readFile(file, 'utf8')).trim(), 'base64')).toEqual(first);
    expect(await resolveAuditKey(config)).toEqual(first);
  });

  it('is AUDIT_HMAC_KEY when given, and then no file is written', async () => {
    const config = validateConfig({ DATA_DIR: dataDir, AUDIT_HMAC_KEY: 'cd'.repeat(32) });
    expect(await resolveAuditKey(config)).toEqual(Buffer.alloc(32, 0xcd));
    await expect(stat(path.join(dataDir, 'audit-hmac.key'))).rejects.toThrow(/ENOENT/);
  });

  it('must be given on a server: the app refuses to start and says how to make one', async () => {
    const config = validateConfig({ DATABASE_URL: 'postgres://db/naltrack', DATA_DIR: dataDir });
    await expect(resolveAuditKey(config)).rejects.toThrow(AuditKeyMissingError);
    await expect(resolveAuditKey(config)).rejects.toThrow(/AUDIT_HMAC_KEY is not set.*openssl rand -base64 32/);
  });

  it('refuses a key file that holds too short a key', async () => {
    await writeFile(path.join(dataDir, 'audit-hmac.key'), Buffer.alloc(16).toString('base64'));
    await expect(resolveAuditKey(validateConfig({ DATA_DIR: dataDir }))).rejects.toThrow(/at least 32 bytes/);
  });
});
