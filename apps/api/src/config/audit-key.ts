import { inspect } from 'node:util';
import { ValidatorConstraint, type ValidatorConstraintInterface } from 'class-validator';

/** HMAC-SHA256 wants a key at least as long as its output. */
export const MIN_AUDIT_KEY_BYTES = 32;

/** Key bytes that never print: a logged or serialised config shows `[redacted]`, not the key. */
export class SecretKey {
  readonly #bytes: Buffer;

  constructor(bytes: Buffer) {
    this.#bytes = bytes;
  }

  get bytes(): Buffer {
    return this.#bytes;
  }

  toJSON(): string {
    return '[redacted]';
  }

  [inspect.custom](): string {
    return 'SecretKey [redacted]';
  }
}

/** Hex when the text is only hex digit pairs, else base64 (standard or URL-safe); null when neither. */
export function decodeKey(text: string): Buffer | null {
  const trimmed = text.trim();
  if (/^(?:[0-9a-f]{2})+$/i.test(trimmed)) return Buffer.from(trimmed, 'hex');
  if (/^[A-Za-z0-9+/_-]+={0,2}$/.test(trimmed)) return Buffer.from(trimmed, 'base64');
  return null;
}

@ValidatorConstraint({ name: 'auditKey' })
export class IsAuditKey implements ValidatorConstraintInterface {
  validate(value: unknown): boolean {
    return typeof value === 'string' && (decodeKey(value)?.length ?? 0) >= MIN_AUDIT_KEY_BYTES;
  }

  // Never echoes the value: it is a secret.
  defaultMessage(): string {
    return `$property must be at least ${MIN_AUDIT_KEY_BYTES} bytes written as hex or base64, e.g. the output of \`openssl rand -base64 32\``;
  }
}
