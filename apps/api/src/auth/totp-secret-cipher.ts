import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { keyFromFile } from '../audit/audit-key.js';
import type { AppConfig } from '../config/app-config.js';
import { TOTP_KEY_BYTES } from '../config/totp-key.js';

/** Injection token for the key TOTP secrets are encrypted with (a Buffer). */
export const TOTP_KEY = Symbol('TOTP_KEY');

const VERSION = 'v1';
const ALGORITHM = 'aes-256-gcm';
const IV_BYTES = 12;

export class TotpKeyMissingError extends Error {
  constructor() {
    super(
      'TOTP_ENCRYPTION_KEY is not set. With DATABASE_URL the second-factor secrets are encrypted with a key of exactly 32 bytes kept outside the database (hex or base64, e.g. `openssl rand -base64 32`); set it, and keep it: secrets encrypted with it open only with it.',
    );
    this.name = 'TotpKeyMissingError';
  }
}

export class TotpSecretUnreadableError extends Error {
  constructor() {
    super('A stored TOTP secret does not decrypt: TOTP_ENCRYPTION_KEY is not the key the secrets were encrypted with');
    this.name = 'TotpSecretUnreadableError';
  }
}

export function isEncryptedTotpSecret(stored: string): boolean {
  return stored.startsWith(`${VERSION}:`);
}

/**
 * `v1:<iv>:<tag>:<ciphertext>` (base64), a fresh IV each time. The clinician's id is authenticated
 * with it, so a secret copied onto another user's row does not open.
 */
export function encryptTotpSecret(secret: string, clinicianId: string, key: Buffer): string {
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv(ALGORITHM, key, iv).setAAD(Buffer.from(clinicianId));
  const ciphertext = Buffer.concat([cipher.update(secret, 'utf8'), cipher.final()]);
  return [VERSION, iv, cipher.getAuthTag(), ciphertext].map((part) => part.toString('base64')).join(':');
}

/** The base32 secret; a value not yet encrypted (written before encryption at rest) is returned as it is. */
export function decryptTotpSecret(stored: string, clinicianId: string, key: Buffer): string {
  if (!isEncryptedTotpSecret(stored)) return stored;
  const parts = stored.split(':');
  if (parts.length !== 4) throw new TotpSecretUnreadableError();
  const [iv, tag, ciphertext] = parts.slice(1).map((part) => Buffer.from(part, 'base64')) as [Buffer, Buffer, Buffer];
  try {
    const decipher = createDecipheriv(ALGORITHM, key, iv).setAAD(Buffer.from(clinicianId));
    decipher.setAuthTag(tag);
    return Buffer.concat([decipher.update(ciphertext), decipher.final()]).toString('utf8');
  } catch {
    throw new TotpSecretUnreadableError();
  }
}

/** TOTP_ENCRYPTION_KEY when given, else the embedded database's own; a server without one does not start. */
export async function resolveTotpKey(config: AppConfig): Promise<Buffer> {
  if (config.totpEncryptionKey) return config.totpEncryptionKey.bytes;
  if (!config.totpKeyFile) throw new TotpKeyMissingError();
  const key = await keyFromFile(config.totpKeyFile, 'a TOTP key');
  if (key.length !== TOTP_KEY_BYTES) throw new Error(`${config.totpKeyFile} must hold exactly ${TOTP_KEY_BYTES} bytes`);
  return key;
}
