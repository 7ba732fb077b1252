import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { inspect } from 'node:util';
import { ConfigError, validateConfig } from '../config/validate-config.js';
import {
  decryptTotpSecret,
  encryptTotpSecret,
  resolveTotpKey,
  TotpKeyMissingError,
  TotpSecretUnreadableError,
} from './totp-secret-cipher.js';

const KEY = Buffer.alloc(32, 5);
const SECRET = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP';
const CLINICIAN = '6f1c1e52-0d7b-4a53-9a59-5c1c3f2a9b10';

function problemsOf(env: NodeJS.ProcessEnv): string[] {
  try {
    validateConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  return [];
}

describe('TOTP secret encryption', () => {
  it('stores v1:<iv>:<tag>:<ciphertext> with a fresh 12-byte IV each time, and opens it again', () => {
    const first = encryptTotpSecret(SECRET, CLINICIAN, KEY);
    const second = encryptTotpSecret(SECRET, CLINICIAN, KEY);
    expect(first).not.toBe(second);
    const [version, iv, tag] = first.split(':');
    expect(version).toBe('v1');
    expect(Buffer.from(iv ?? '', 'base64')).toHaveLength(12);
    expect(Buffer.from(tag ?? '', 'base64')).toHaveLength(16);
    expect(first).not.toContain(SECRET);
    expect(decryptTotpSecret(first, CLINICIAN, KEY)).toBe(SECRET);
  });

  it('refuses a wrong key, another user, a changed value or a malformed one', () => {
    const stored = encryptTotpSecret(SECRET, CLINICIAN, KEY);
    expect(() => decryptTotpSecret(stored, CLINICIAN, Buffer.alloc(32, 6))).toThrow(TotpSecretUnreadableError);
    expect(() => decryptTotpSecret(stored, '00000000-0000-4000-8000-000000000000', KEY)).toThrow(
      TotpSecretUnreadableError,
    );
    const [version, iv, tag, ciphertext = ''] = stored.split(':');
    const flipped = Buffer.from(ciphertext, 'base64');
    flipped[0] = (flipped[0] ?? 0) ^ 1;
    expect(() => decryptTotpSecret([version, iv, tag, flipped.toString('base64')].join(':'), CLINICIAN, KEY)).toThrow(
      TotpSecretUnreadableError,
    );
    expect(() => decryptTotpSecret('v1:only-two', CLINICIAN, KEY)).toThrow(TotpSecretUnreadableError);
  });

  it('reads a secret stored before encryption at rest as it is', () => {
    expect(decryptTotpSecret(SECRET, CLINICIAN, KEY)).toBe(SECRET);
  });
});

describe('the TOTP key', () => {
  let dataDir: string;

  beforeEach(async () => {
    dataDir = await mkdtemp(path.join(tmpdir(), 'naltrack-totp-key-'));
  });

  afterEach(() => rm(dataDir, { recursive: true, force: true }));

  it('is TOTP_ENCRYPTION_KEY of exactly 32 bytes, hex or base64, never echoed or printed', () => {
    expect(validateConfig({ TOTP_ENCRYPTION_KEY: 'ab'.repeat(32) }).totpEncryptionKey?.bytes).toEqual(
      Buffer.alloc(32, 0xab),
    );
    for (const value of ['ab'.repeat(31), Buffer.alloc(33, 1).toString('base64'), 'not a key!']) {
      const problems = problemsOf({ TOTP_ENCRYPTION_KEY: value });
      expect(problems).toHaveLength(1);
      expect(problems[0]).toMatch(/^TOTP_ENCRYPTION_KEY must be exactly 32 bytes/);
      expect(problems[0]).not.toContain(value);
    }
    const config = validateConfig({ TOTP_ENCRYPTION_KEY: 'ab'.repeat(32) });
    expect(JSON.stringify(config)).not.toContain('ab'.repeat(32));
    expect(inspect(config)).toContain('totpEncryptionKey: SecretKey [redacted]');
  });

  it('is generated once beside the embedded data, readable by its owner only, and reused', async () => {
    const config = validateConfig({ DATA_DIR: dataDir });
    const first = await resolveTotpKey(config);
    expect(first).toHaveLength(32);
    const file = path.join(dataDir, 'totp-encryption.key');
    expect((await stat(file)).mode & 0o777).toBe(0o600);
    expect(Buffer.from((await readFile(file, 'utf8')).trim(), 'base64')).toEqual(first);
    expect(await resolveTotpKey(config)).toEqual(first);
  });

  it('must be given on a server: the app refuses to start and says how to make one', async () => {
    const config = validateConfig({ DATABASE_URL: 'postgres://db/naltrack', DATA_DIR: dataDir });
    await expect(resolveTotpKey(config)).rejects.toThrow(TotpKeyMissingError);
    await expect(resolveTotpKey(config)).rejects.toThrow(/TOTP_ENCRYPTION_KEY is not set.*openssl rand -base64 32/);
  });
});

describe('RATE_LIMIT_PER_MINUTE', () => {
  it('defaults to 600 per principal and takes a positive whole number', () => {
    expect(validateConfig({}).rateLimitPerMinute).toBe(600);
    expect(validateConfig({ RATE_LIMIT_PER_MINUTE: '30' }).rateLimitPerMinute).toBe(30);
    expect(problemsOf({ RATE_LIMIT_PER_MINUTE: '0' })).toEqual(['RATE_LIMIT_PER_MINUTE must not be less than 1']);
  });
});
