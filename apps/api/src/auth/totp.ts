import { Secret, TOTP } from 'otpauth';

const ISSUER = 'Naltrack';
const PERIOD_SECONDS = 30;

function totp(secret: string, label: string): TOTP {
  return new TOTP({
    issuer: ISSUER,
    label,
    algorithm: 'SHA1',
    digits: 6,
    period: PERIOD_SECONDS,
    secret: Secret.fromBase32(secret),
  });
}

export function newTotpSecret(): string {
  return new Secret({ size: 20 }).base32;
}

/** The otpauth:// URI an authenticator app reads (usually from a QR code). */
export function totpUri(secret: string, email: string): string {
  return totp(secret, email).toString();
}

/**
 * The time step a code belongs to, or null when it matches none: the current step and its
 * neighbours are accepted, for clocks a little apart. The caller refuses a step already used.
 */
export function totpStepOf(secret: string, code: string, at: number = Date.now()): number | null {
  if (!/^\d{6}$/.test(code)) return null;
  const delta = totp(secret, '').validate({ token: code, timestamp: at, window: 1 });
  return delta === null ? null : TOTP.counter({ period: PERIOD_SECONDS, timestamp: at }) + delta;
}

/** The code of the step `at` falls in (tests and the demo script use it to sign in). */
export function totpAt(secret: string, at: number = Date.now()): string {
  return totp(secret, '').generate({ timestamp: at });
}
