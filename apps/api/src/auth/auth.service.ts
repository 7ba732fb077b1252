import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Clinician } from '../clinicians/clinician.entity.js';
import { ApiException } from '../common/errors/api-exception.js';
import { ErrorCode } from '../common/errors/error-code.js';
import { APP_CONFIG, type RuntimeConfig } from '../config/runtime-config.js';
import type { CurrentUserDto, LoginDto } from './dto/auth.dto.js';
import { PasswordService } from './password.service.js';
import { type RateLimitRule, RateLimitService } from './rate-limit.service.js';
import type { Session } from './session.entity.js';
import { SessionService } from './session.service.js';
import { isValidTotp, newTotpSecret, totpUri } from './totp.js';

const PER_ACCOUNT: RateLimitRule = { limit: 5, windowSeconds: 15 * 60 };
const PER_ADDRESS: RateLimitRule = { limit: 20, windowSeconds: 15 * 60 };

interface FailureKeys {
  account: string;
  address: string;
}

const INVALID_CREDENTIALS = () => new ApiException(401, 'INVALID_CREDENTIALS', 'The email or password is not correct');

@Injectable()
export class AuthService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly passwords: PasswordService,
    private readonly sessions: SessionService,
    private readonly rateLimits: RateLimitService,
    @Inject(APP_CONFIG) private readonly config: RuntimeConfig,
  ) {}

  /**
   * Signs in. An unknown email and a wrong password get the same answer after the same work
   * (a decoy hash is checked); repeated failures per account and per address answer 429.
   */
  async login(dto: LoginDto, ip: string): Promise<{ token: string; session: Session; user: CurrentUserDto }> {
    const email = dto.email.trim().toLowerCase();
    const keys: FailureKeys = { account: `login:account:${email}`, address: `login:address:${ip}` };
    const waits = await Promise.all([
      this.rateLimits.retryAfter(keys.account, PER_ACCOUNT),
      this.rateLimits.retryAfter(keys.address, PER_ADDRESS),
    ]);
    const retryAfter = Math.max(...waits);
    if (retryAfter > 0) {
      throw new ApiException(429, ErrorCode.TooManyRequests, 'Too many failed sign-ins; try again later', {
        retryAfterSeconds: retryAfter,
      });
    }

    const clinician = await this.dataSource
      .getRepository(Clinician)
      .createQueryBuilder('c')
      .addSelect(['c.passwordHash', 'c.totpSecret'])
      .where('c.email = :email', { email })
      .getOne();
    const passwordOk = await this.passwords.verify(clinician?.passwordHash ?? null, dto.password);
    if (!clinician || !passwordOk || !clinician.active) {
      await this.fail(keys);
      throw INVALID_CREDENTIALS();
    }
    if (clinician.totpEnabled) {
      if (!dto.totpCode) throw new ApiException(401, 'TOTP_REQUIRED', 'Enter the code from your authenticator app');
      if (!clinician.totpSecret || !isValidTotp(clinician.totpSecret, dto.totpCode)) {
        await this.fail(keys);
        throw new ApiException(401, 'INVALID_TOTP', 'The authenticator code is not correct');
      }
    }
    await this.rateLimits.clear(keys.account);

    const totpSetupRequired = clinician.roles.includes('admin') && !clinician.totpEnabled;
    const { token, session } = await this.sessions.start(clinician.id, ip, totpSetupRequired);
    return { token, session, user: await this.currentUser(clinician.id, totpSetupRequired) };
  }

  async currentUser(clinicianId: string, totpSetupRequired: boolean): Promise<CurrentUserDto> {
    const clinician = await this.dataSource.getRepository(Clinician).findOneByOrFail({ id: clinicianId });
    const careTeams: { id: string; code: string; name: string }[] = await this.dataSource.query(
      `SELECT t.id, t.code, t.name FROM care_team t
         JOIN care_team_membership m ON m.care_team_id = t.id
        WHERE m.clinician_id = $1 ORDER BY t.name`,
      [clinicianId],
    );
    return {
      id: clinician.id,
      email: clinician.email,
      displayName: clinician.displayName,
      roles: clinician.roles,
      careTeams,
      totpEnabled: clinician.totpEnabled,
      totpSetupRequired,
      clinicTimeZone: this.config.clinicTimeZone,
    };
  }

  /** Stores a new secret (not yet in force) and returns it with its otpauth:// URI. */
  async beginTotpSetup(clinicianId: string): Promise<{ secret: string; otpauthUri: string }> {
    const clinician = await this.dataSource.getRepository(Clinician).findOneByOrFail({ id: clinicianId });
    if (clinician.totpEnabled) throw new ApiException(409, 'TOTP_ALREADY_ENABLED', 'A second factor is already on');
    const secret = newTotpSecret();
    await this.dataSource.getRepository(Clinician).update({ id: clinicianId }, { totpSecret: secret });
    return { secret, otpauthUri: totpUri(secret, clinician.email) };
  }

  /** Turns the second factor on once the user proves a code from the new secret. */
  async enableTotp(clinicianId: string, code: string): Promise<void> {
    const clinician = await this.withSecrets(clinicianId);
    if (!clinician.totpSecret || clinician.totpEnabled || !isValidTotp(clinician.totpSecret, code)) {
      throw new ApiException(400, ErrorCode.ValidationFailed, 'The code does not match; start the setup again', {
        fields: [{ field: 'code', messages: ['code does not match the new secret'] }],
      });
    }
    await this.dataSource.getRepository(Clinician).update({ id: clinicianId }, { totpEnabled: true });
    await this.sessions.markTotpSetUp(clinicianId);
  }

  async disableTotp(clinicianId: string, code: string): Promise<void> {
    const clinician = await this.withSecrets(clinicianId);
    if (clinician.roles.includes('admin')) {
      throw new ApiException(403, ErrorCode.Forbidden, 'Administrators must keep a second factor');
    }
    if (!clinician.totpEnabled || !clinician.totpSecret || !isValidTotp(clinician.totpSecret, code)) {
      throw new ApiException(400, ErrorCode.ValidationFailed, 'The code does not match', {
        fields: [{ field: 'code', messages: ['code does not match'] }],
      });
    }
    await this.dataSource
      .getRepository(Clinician)
      .update({ id: clinicianId }, { totpEnabled: false, totpSecret: null });
  }

  private withSecrets(clinicianId: string): Promise<Clinician> {
    return this.dataSource
      .getRepository(Clinician)
      .createQueryBuilder('c')
      .addSelect(['c.totpSecret'])
      .where('c.id = :clinicianId', { clinicianId })
      .getOneOrFail();
  }

  private async fail(keys: FailureKeys): Promise<void> {
    await Promise.all([this.rateLimits.hit(keys.account, PER_ACCOUNT), this.rateLimits.hit(keys.address, PER_ADDRESS)]);
  }
}
