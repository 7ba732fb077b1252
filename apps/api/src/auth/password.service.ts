import { Injectable } from '@nestjs/common';
import { hash, verify } from '@node-rs/argon2';
import { dictionary } from '@zxcvbn-ts/language-common';

export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 128;

// OWASP's argon2id baseline (19 MiB, 2 passes).
// algorithm 2 is Argon2id; the package's enum is a const enum that isolatedModules cannot read.
const ARGON2_OPTIONS = { algorithm: 2, memoryCost: 19_456, timeCost: 2, parallelism: 1 };
const COMMON_PASSWORDS = new Set(dictionary['passwords-common']);

@Injectable()
export class PasswordService {
  /** A hash of nothing anyone knows, verified when the email is unknown so both answers take as long. */
  private readonly decoy = hash(`decoy-${Math.random()}`, ARGON2_OPTIONS);

  /** Why a password may not be used, or null when it may. */
  weakness(password: string, email?: string): string | null {
    if (password.length < PASSWORD_MIN_LENGTH) return `password must be at least ${PASSWORD_MIN_LENGTH} characters`;
    if (password.length > PASSWORD_MAX_LENGTH) return `password must be at most ${PASSWORD_MAX_LENGTH} characters`;
    const lower = password.toLowerCase();
    if (COMMON_PASSWORDS.has(lower)) return 'password is on a list of commonly used passwords';
    const localPart = email?.split('@')[0]?.toLowerCase();
    if (localPart && localPart.length >= 4 && lower.includes(localPart))
      return 'password must not contain the email name';
    return null;
  }

  hash(password: string): Promise<string> {
    return hash(password, ARGON2_OPTIONS);
  }

  /** Checks a password; with no stored hash it checks against the decoy and fails. */
  async verify(storedHash: string | null, password: string): Promise<boolean> {
    if (!storedHash) {
      await verify(await this.decoy, password).catch(() => false);
      return false;
    }
    return verify(storedHash, password).catch(() => false);
  }
}
