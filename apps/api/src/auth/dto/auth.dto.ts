import { ROLES, type Role } from '@naltrack/domain';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsEmail, IsInt, IsOptional, IsString, Length, Matches, Max, MaxLength, Min } from 'class-validator';

export class LoginDto {
  @ApiProperty({ example: 'prescriber.north@example.org' })
  @IsEmail()
  @MaxLength(254)
  email: string;

  @ApiProperty()
  @IsString()
  @MaxLength(128)
  password: string;

  @ApiPropertyOptional({ description: 'The 6-digit code, for users with a second factor' })
  @IsOptional()
  @Matches(/^\d{6}$/, { message: 'totpCode must be 6 digits' })
  totpCode?: string;
}

export class TotpCodeDto {
  @ApiProperty({ example: '123456' })
  @Matches(/^\d{6}$/, { message: 'code must be 6 digits' })
  code: string;
}

export class ChangePasswordDto {
  @ApiProperty({ description: 'The password in use now' })
  @IsString()
  @MaxLength(128)
  currentPassword: string;

  @ApiProperty({ description: '12 to 128 characters, not a common password, not the email name' })
  @IsString()
  @MaxLength(128)
  newPassword: string;
}

export class CreateApiTokenDto {
  @ApiProperty({ example: 'nightly export' })
  @IsString()
  @Length(1, 100)
  name: string;

  @ApiPropertyOptional({ minimum: 1, maximum: 365, description: 'Days until it expires; 90 when omitted' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(365)
  expiresInDays?: number;
}

export class BreakGlassDto {
  @ApiProperty({ description: 'Why this patient must be opened outside your care teams' })
  @IsString()
  @Length(10, 1_000)
  reason: string;
}

export class CareTeamRefDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() code: string;
  @ApiProperty() name: string;
}

export class CurrentUserDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() email: string;
  @ApiProperty() displayName: string;
  @ApiProperty({ enum: ROLES, isArray: true }) roles: Role[];
  @ApiProperty({ type: CareTeamRefDto, isArray: true }) careTeams: CareTeamRefDto[];
  @ApiProperty() totpEnabled: boolean;
  @ApiProperty({ description: 'An admin must set up a second factor before anything else' })
  totpSetupRequired: boolean;
  @ApiProperty({
    description: "The clinic's IANA time zone: clinical days (and 'today' for new records) are counted in it",
    example: 'America/New_York',
  })
  clinicTimeZone: string;
}

export class LoginResultDto {
  @ApiProperty({ type: CurrentUserDto }) user: CurrentUserDto;
  @ApiProperty({ description: 'Send as X-CSRF-Token on every write made with the session cookie' })
  csrfToken: string;
}
