import { Injectable } from '@nestjs/common';
import { ApiException } from '../common/errors/api-exception.js';
import { ErrorCode } from '../common/errors/error-code.js';
import { type RateLimitHit, type RateLimitRule, RateLimitService } from './rate-limit.service.js';

// Wrong passwords or codes allowed every 15 minutes, per account and per address.
export const PER_ACCOUNT: RateLimitRule = { limit: 5, windowSeconds: 15 * 60 };
export const PER_ADDRESS: RateLimitRule = { limit: 20, windowSeconds: 15 * 60 };

/** The counter of wrong passwords for an account (sign-in and password change share it). */
export const passwordKey = (email: string): string => `login:account:${email}`;
/** The counter of wrong second-factor codes for a user (sign-in, enable and disable share it). */
export const totpKey = (clinicianId: string): string => `totp:account:${clinicianId}`;
const addressKey = (ip: string): string => `login:address:${ip}`;

/**
 * One check of a secret, counted before the check runs. A wrong secret leaves it counted; a right
 * one forgets the account's failures (as a successful sign-in always has) and gives the address
 * its attempt back.
 */
export class SecretAttempt {
  constructor(
    private readonly rateLimits: RateLimitService,
    private readonly accountHits: RateLimitHit[],
    private readonly addressHits: RateLimitHit[],
  ) {}

  async succeeded(): Promise<void> {
    await Promise.all([
      ...this.accountHits.map((hit) => this.rateLimits.clear(hit.key)),
      ...this.addressHits.map((hit) => this.rateLimits.refund(hit)),
    ]);
  }

  /** No secret turned out to be checked (e.g. the code was still to be asked for). */
  async withdraw(): Promise<void> {
    await Promise.all([...this.accountHits, ...this.addressHits].map((hit) => this.rateLimits.refund(hit)));
  }
}

@Injectable()
export class SecretAttempts {
  constructor(private readonly rateLimits: RateLimitService) {}

  /**
   * Counts an attempt against each account key and the address (when given) before any secret is
   * checked, so parallel attempts cannot all slip under the limit; 429 when one is over it.
   */
  async begin(accountKeys: string[], ip: string | null): Promise<SecretAttempt> {
    const [accountHits, addressHits] = await Promise.all([
      Promise.all(accountKeys.map((key) => this.rateLimits.hit(key, PER_ACCOUNT))),
      Promise.all(ip === null ? [] : [this.rateLimits.hit(addressKey(ip), PER_ADDRESS)]),
    ]);
    const attempt = new SecretAttempt(this.rateLimits, accountHits, addressHits);
    const refused = [...accountHits, ...addressHits].filter((hit) => !hit.allowed);
    if (refused.length === 0) return attempt;
    // A refused attempt checks nothing, so it is not a failure either.
    await attempt.withdraw();
    throw new ApiException(429, ErrorCode.TooManyRequests, 'Too many failed attempts; try again later', {
      retryAfterSeconds: Math.max(...refused.map((hit) => hit.retryAfterSeconds)),
    });
  }
}
