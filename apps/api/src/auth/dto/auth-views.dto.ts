import { ApiProperty } from '@nestjs/swagger';
import { CurrentUserDto } from './auth.dto.js';

/** `GET /auth/me`: the caller and their session's CSRF token (null for API-token callers). */
export class CurrentSessionDto {
  @ApiProperty({ type: CurrentUserDto }) user: CurrentUserDto;
  @ApiProperty({ nullable: true, type: String, description: 'Send as X-CSRF-Token on writes made with the cookie' })
  csrfToken: string | null;
}

export class TotpSetupDto {
  @ApiProperty({ description: 'Base32 secret, for typing into an authenticator app' })
  secret: string;

  @ApiProperty({ example: 'otpauth://totp/Naltrack:dana%40example.org?secret=...' })
  otpauthUri: string;
}

/** An API token as its owner sees it: never its secret. */
export class ApiTokenViewDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ example: 'nightly export' }) name: string;
  @ApiProperty({ example: 'nt_a1b2c3', description: 'The start of the token, to tell tokens apart' }) prefix: string;
  @ApiProperty({ format: 'date-time' }) createdAt: Date;
  @ApiProperty({ format: 'date-time', description: 'Refused from then on' })
  expiresAt: Date;
  @ApiProperty({ format: 'date-time', nullable: true, type: String, description: 'Written at most once a minute' })
  lastUsedAt: Date | null;
}

export class CreatedApiTokenDto extends ApiTokenViewDto {
  @ApiProperty({ description: 'Send as `Authorization: Bearer <token>`; shown this once' })
  token: string;
}

export class BreakGlassOpeningDto {
  @ApiProperty({ format: 'uuid' }) patientId: string;
  @ApiProperty({ format: 'date-time', description: 'The patient is open to you until then' }) expiresAt: Date;
}

/** A break-glass opening of a team's patient, for the team lead's review. */
export class BreakGlassEntryDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) clinicianId: string;
  @ApiProperty() clinicianEmail: string;
  @ApiProperty({ format: 'uuid' }) patientId: string;
  @ApiProperty({ format: 'uuid' }) careTeamId: string;
  @ApiProperty() reason: string;
  @ApiProperty({ format: 'date-time' }) grantedAt: Date;
  @ApiProperty({ format: 'date-time' }) expiresAt: Date;
}
