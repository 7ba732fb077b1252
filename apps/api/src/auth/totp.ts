import { Secret, TOTP } from 'otpauth';

const ISSUER = 'Naltrack';

function totp(secret: string, label: string): TOTP {
  return new TOTP({
    issuer: ISSUER,
    label,
    algorithm: 'SHA1',
    digits: 6,
    period: 30,
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

/** Accepts the current code and its neighbours, for clocks a little apart. */
export function isValidTotp(secret: string, code: string): boolean {
  return /^\d{6}$/.test(code) && totp(secret, '').validate({ token: code, window: 1 }) !== null;
}

/** The current code (tests and the demo script use it to sign in). */
export function currentTotp(secret: string): string {
  return totp(secret, '').generate();
}
