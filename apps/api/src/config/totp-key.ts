import { ValidatorConstraint, type ValidatorConstraintInterface } from 'class-validator';
import { decodeKey } from './audit-key.js';

/** AES-256 takes a key of exactly 32 bytes. */
export const TOTP_KEY_BYTES = 32;

@ValidatorConstraint({ name: 'totpKey' })
export class IsTotpKey implements ValidatorConstraintInterface {
  validate(value: unknown): boolean {
    return typeof value === 'string' && decodeKey(value)?.length === TOTP_KEY_BYTES;
  }

  // Never echoes the value: it is a secret.
  defaultMessage(): string {
    return `$property must be exactly ${TOTP_KEY_BYTES} bytes written as hex or base64, e.g. the output of \`openssl rand -base64 32\``;
  }
}
