import { ROLES, type Role } from '@naltrack/domain';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsEmail,
  IsIn,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  MaxLength,
} from 'class-validator';
import { OptionalNotNull } from '../../common/validation/optional-not-null.js';

export class CreateClinicianDto {
  @ApiProperty({ example: 'therapist.west@example.org' })
  @IsEmail()
  @MaxLength(254)
  email: string;

  @ApiProperty({ example: 'Dana Example' })
  @IsString()
  @Length(1, 200)
  displayName: string;

  @ApiProperty({ enum: ROLES, isArray: true })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(ROLES.length)
  @ArrayUnique()
  @IsIn(ROLES, { each: true })
  roles: Role[];

  @ApiPropertyOptional({ type: String, isArray: true, format: 'uuid' })
  @IsOptional()
  @IsArray()
  @ArrayUnique()
  @IsUUID('all', { each: true })
  careTeamIds?: string[];

  @ApiProperty({ description: '12 to 128 characters, not a common password' })
  @IsString()
  @MaxLength(128)
  password: string;
}

export class UpdateClinicianDto {
  @ApiPropertyOptional()
  @OptionalNotNull()
  @IsString()
  @Length(1, 200)
  displayName?: string;

  @ApiPropertyOptional({ enum: ROLES, isArray: true })
  @OptionalNotNull()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayUnique()
  @IsIn(ROLES, { each: true })
  roles?: Role[];

  @ApiPropertyOptional({ type: String, isArray: true, format: 'uuid' })
  @OptionalNotNull()
  @IsArray()
  @ArrayUnique()
  @IsUUID('all', { each: true })
  careTeamIds?: string[];

  @ApiPropertyOptional({ description: 'false disables the account and ends all of its sessions' })
  @OptionalNotNull()
  @IsBoolean()
  active?: boolean;
}

export class ClinicianViewDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() email: string;
  @ApiProperty() displayName: string;
  @ApiProperty({ enum: ROLES, isArray: true }) roles: Role[];
  @ApiProperty({ type: String, isArray: true, format: 'uuid' }) careTeamIds: string[];
  @ApiProperty() active: boolean;
  @ApiProperty() totpEnabled: boolean;
}

export class CreateCareTeamDto {
  @ApiProperty({ example: 'west', description: 'Short stable handle: lower-case letters, digits and -' })
  @IsString()
  @Length(2, 40)
  code: string;

  @ApiProperty({ example: 'West Clinic' })
  @IsString()
  @Length(2, 200)
  name: string;

  @ApiPropertyOptional({ default: false, description: 'Discontinuation also needs the team lead' })
  @IsOptional()
  @IsBoolean()
  requireLeadApproval?: boolean;
}

export class UpdateCareTeamDto {
  @ApiPropertyOptional({ example: 'West Clinic' })
  @OptionalNotNull()
  @IsString()
  @Length(2, 200)
  name?: string;

  @ApiPropertyOptional({ description: 'Discontinuation also needs the team lead' })
  @OptionalNotNull()
  @IsBoolean()
  requireLeadApproval?: boolean;
}

/** A care team as admins' writes answer it. */
export class CareTeamViewDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ example: 'west' }) code: string;
  @ApiProperty({ example: 'West Clinic' }) name: string;
  @ApiProperty({ description: 'Discontinuation also needs the team lead' }) requireLeadApproval: boolean;
  @ApiProperty({ format: 'date-time' }) createdAt: Date;
  @ApiProperty({ format: 'date-time' }) updatedAt: Date;
}
