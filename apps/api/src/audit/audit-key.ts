import { randomBytes } from 'node:crypto';
import { mkdir, open, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { AppConfig } from '../config/app-config.js';
import { decodeKey, MIN_AUDIT_KEY_BYTES } from '../config/audit-key.js';

/** Injection token for the audit chain's HMAC key (a Buffer). */
export const AUDIT_KEY = Symbol('AUDIT_KEY');

export class AuditKeyMissingError extends Error {
  constructor() {
    super(
      'AUDIT_HMAC_KEY is not set. With DATABASE_URL the audit trail needs a key of at least 32 bytes kept outside the database (hex or base64, e.g. `openssl rand -base64 32`); set it, and keep it: links made with it verify only with it.',
    );
    this.name = 'AuditKeyMissingError';
  }
}

/**
 * The embedded database's key, made once beside its data (readable by the owner only) and read on
 * every later start. `wx` never overwrites a key a concurrent start has just written.
 */
export async function keyFromFile(file: string, label = 'an audit key'): Promise<Buffer> {
  await mkdir(path.dirname(file), { recursive: true });
  try {
    const handle = await open(file, 'wx', 0o600);
    const key = randomBytes(MIN_AUDIT_KEY_BYTES);
    await handle.writeFile(`${key.toString('base64')}\n`);
    await handle.close();
    return key;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  }
  const key = decodeKey(await readFile(file, 'utf8'));
  if (!key || key.length < MIN_AUDIT_KEY_BYTES) {
    throw new Error(`${file} does not hold ${label} of at least ${MIN_AUDIT_KEY_BYTES} bytes (hex or base64)`);
  }
  return key;
}

/** AUDIT_HMAC_KEY when given, else the embedded database's own; a server without one does not start. */
export async function resolveAuditKey(config: AppConfig): Promise<Buffer> {
  if (config.auditHmacKey) return config.auditHmacKey.bytes;
  if (config.auditKeyFile) return keyFromFile(config.auditKeyFile);
  throw new AuditKeyMissingError();
}
