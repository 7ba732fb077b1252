import { Inject, Injectable } from '@nestjs/common';
import { DataSource, IsNull, Not } from 'typeorm';
import { Clinician } from '../clinicians/clinician.entity.js';
import { ApiException } from '../common/errors/api-exception.js';
import { ErrorCode } from '../common/errors/error-code.js';
import { fieldError } from '../common/errors/field-error.js';
import { APP_CONFIG, type RuntimeConfig } from '../config/runtime-config.js';
import type { ChangePasswordDto, CurrentUserDto, LoginDto } from './dto/auth.dto.js';
import { PasswordService } from './password.service.js';
import type { Principal } from './principal.js';
import { PrincipalLoader } from './principal-loader.js';
import { passwordKey, SecretAttempts, totpKey } from './secret-attempts.js';
import { Session } from './session.entity.js';
import { SessionService } from './session.service.js';
import { newTotpSecret, totpStepOf, totpUri } from './totp.js';
import { TotpSecrets } from './totp-secrets.service.js';

const INVALID_CREDENTIALS = () => new ApiException(401, 'INVALID_CREDENTIALS', 'The email or password is not correct');

@Injectable()
export class AuthService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly passwords: PasswordService,
    private readonly sessions: SessionService,
    private readonly attempts: SecretAttempts,
    private readonly totpSecrets: TotpSecrets,
    private readonly principals: PrincipalLoader,
    @Inject(APP_CONFIG) private readonly config: RuntimeConfig,
  ) {}

  /**
   * Signs in. An unknown email and a wrong password get the same answer after the same work
   * (a decoy hash is checked); every attempt is counted before any check, per account and per
   * address, and answers 429 once too many have failed.
   */
  async login(dto: LoginDto, ip: string): Promise<{ token: string; session: Session; user: CurrentUserDto }> {
    const email = dto.email.trim().toLowerCase();
    const attempt = await this.attempts.begin([passwordKey(email)], ip);

    const clinician = await this.dataSource
      .getRepository(Clinician)
      .createQueryBuilder('c')
      .addSelect(['c.passwordHash', 'c.totpSecret'])
      .where('c.email = :email', { email })
      .getOne();
    const passwordOk = await this.passwords.verify(clinician?.passwordHash ?? null, dto.password);
    if (!clinician || !passwordOk || !clinician.active) throw INVALID_CREDENTIALS();
    if (clinician.totpEnabled) {
      if (!dto.totpCode) {
        await attempt.withdraw();
        throw new ApiException(401, 'TOTP_REQUIRED', 'Enter the code from your authenticator app');
      }
      const second = await this.attempts.begin([totpKey(clinician.id)], null).catch(async (error: unknown) => {
        await attempt.withdraw();
        throw error;
      });
      if (!(await this.acceptTotp(clinician, dto.totpCode))) {
        throw new ApiException(401, 'INVALID_TOTP', 'The authenticator code is not correct');
      }
      await second.succeeded();
    }
    await attempt.succeeded();

    const { token, session } = await this.sessions.start(clinician.id, ip);
    const principal = await this.principals.load(clinician.id, 'session');
    if (!principal) throw INVALID_CREDENTIALS();
    return { token, session, user: this.currentUser(principal) };
  }

  /** The caller and their teams, as read for this request (no statement of its own: it answers every page load). */
  currentUser(principal: Principal): CurrentUserDto {
    return {
      id: principal.clinicianId,
      email: principal.email,
      displayName: principal.displayName,
      roles: principal.roles,
      careTeams: principal.careTeams,
      totpEnabled: principal.totpEnabled,
      totpSetupRequired: principal.totpSetupRequired,
      clinicTimeZone: this.config.clinicTimeZone,
    };
  }

  /** Stores a new secret (not yet in force) and returns it with its otpauth:// URI. */
  async beginTotpSetup(clinicianId: string): Promise<{ secret: string; otpauthUri: string }> {
    const clinician = await this.dataSource.getRepository(Clinician).findOneByOrFail({ id: clinicianId });
    if (clinician.totpEnabled) throw new ApiException(409, 'TOTP_ALREADY_ENABLED', 'A second factor is already on');
    const secret = newTotpSecret();
    // No code of the new secret has been used yet.
    await this.dataSource
      .getRepository(Clinician)
      .update({ id: clinicianId }, { totpSecret: this.totpSecrets.seal(clinicianId, secret), totpLastStep: null });
    return { secret, otpauthUri: totpUri(secret, clinician.email) };
  }

  /** Turns the second factor on once the user proves a code from the new secret. */
  async enableTotp(clinicianId: string, code: string, ip: string): Promise<void> {
    const clinician = await this.withSecrets(clinicianId);
    const mismatch = () =>
      new ApiException(400, ErrorCode.ValidationFailed, 'The code does not match; start the setup again', {
        fields: [{ field: 'code', messages: ['code does not match the new secret'] }],
      });
    if (!clinician.totpSecret || clinician.totpEnabled) throw mismatch();
    const attempt = await this.attempts.begin([totpKey(clinicianId)], ip);
    if (!(await this.acceptTotp(clinician, code))) throw mismatch();
    await attempt.succeeded();
    await this.dataSource.getRepository(Clinician).update({ id: clinicianId }, { totpEnabled: true });
  }

  async disableTotp(clinicianId: string, code: string, ip: string): Promise<void> {
    const clinician = await this.withSecrets(clinicianId);
    if (clinician.roles.includes('admin')) {
      throw new ApiException(403, ErrorCode.Forbidden, 'Administrators must keep a second factor');
    }
    const mismatch = () =>
      new ApiException(400, ErrorCode.ValidationFailed, 'The code does not match', {
        fields: [{ field: 'code', messages: ['code does not match'] }],
      });
    if (!clinician.totpEnabled || !clinician.totpSecret) throw mismatch();
    const attempt = await this.attempts.begin([totpKey(clinicianId)], ip);
    if (!(await this.acceptTotp(clinician, code))) throw mismatch();
    await attempt.succeeded();
    await this.dataSource
      .getRepository(Clinician)
      .update({ id: clinicianId }, { totpEnabled: false, totpSecret: null });
  }

  /**
   * Replaces the caller's password after checking the current one (counted like a sign-in) and
   * ends every other session of theirs; `keepSessionHash` is the session making the change.
   * Returns how many sessions were ended.
   */
  async changePassword(
    clinicianId: string,
    dto: ChangePasswordDto,
    ip: string,
    keepSessionHash: string | null,
  ): Promise<number> {
    const clinician = await this.dataSource
      .getRepository(Clinician)
      .createQueryBuilder('c')
      .addSelect('c.passwordHash')
      .where('c.id = :clinicianId', { clinicianId })
      .getOneOrFail();
    const weakness = this.passwords.weakness(dto.newPassword, clinician.email);
    if (weakness) throw fieldError('newPassword', weakness.replace(/^password/, 'newPassword'));

    const attempt = await this.attempts.begin([passwordKey(clinician.email)], ip);
    if (!(await this.passwords.verify(clinician.passwordHash, dto.currentPassword))) {
      throw fieldError('currentPassword', 'currentPassword is not correct');
    }
    await attempt.succeeded();
    if (dto.newPassword === dto.currentPassword) {
      throw fieldError('newPassword', 'newPassword must differ from the current password');
    }

    const passwordHash = await this.passwords.hash(dto.newPassword);
    return this.dataSource.transaction(async (manager) => {
      await manager.update(Clinician, { id: clinicianId }, { passwordHash });
      const others = {
        clinicianId,
        endedAt: IsNull(),
        ...(keepSessionHash ? { tokenHash: Not(keepSessionHash) } : {}),
      };
      const ended = await manager.update(Session, others, { endedAt: new Date() });
      return ended.affected ?? 0;
    });
  }

  /**
   * Accepts a code once: its time step must be later than the last one accepted, checked and
   * stored in one statement so two requests with the same code cannot both pass.
   */
  private async acceptTotp(clinician: Clinician, code: string): Promise<boolean> {
    const secret = clinician.totpSecret ? this.totpSecrets.open(clinician.id, clinician.totpSecret) : null;
    const step = secret ? totpStepOf(secret, code) : null;
    if (step === null) return false;
    const accepted = await this.dataSource
      .createQueryBuilder()
      .update(Clinician)
      .set({ totpLastStep: step })
      .where('id = :id AND (totp_last_step IS NULL OR totp_last_step < :step)', { id: clinician.id, step })
      .execute();
    return accepted.affected === 1;
  }

  private withSecrets(clinicianId: string): Promise<Clinician> {
    return this.dataSource
      .getRepository(Clinician)
      .createQueryBuilder('c')
      .addSelect(['c.totpSecret'])
      .where('c.id = :clinicianId', { clinicianId })
      .getOneOrFail();
  }
}
