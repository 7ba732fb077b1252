import { DIAGNOSES, type Diagnosis, SEXES, type Sex } from '@naltrack/domain';
import { ApiProperty } from '@nestjs/swagger';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsIn,
  IsString,
  IsUUID,
  Length,
  Matches,
} from 'class-validator';
import { IsClinicalDate } from '../../common/validation/is-clinical-date.js';

export class CreatePatientDto {
  @ApiProperty({ example: 'MRN-004211', description: 'Medical record number, unique in the organisation' })
  @IsString()
  @Length(1, 40)
  @Matches(/^[A-Za-z0-9][A-Za-z0-9._/-]*$/, { message: 'mrn may hold letters, digits and . _ / - only' })
  mrn: string;

  @ApiProperty({ example: 'Ada' })
  @IsString()
  @Length(1, 100)
  givenName: string;

  @ApiProperty({ example: 'Sample' })
  @IsString()
  @Length(1, 100)
  familyName: string;

  @ApiProperty({ example: '1984-03-02', format: 'date' })
  @IsClinicalDate()
  birthDate: string;

  @ApiProperty({ enum: SEXES })
  @IsIn(SEXES)
  sex: Sex;

  @ApiProperty({ enum: DIAGNOSES, isArray: true, example: ['OUD'] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(DIAGNOSES.length)
  @ArrayUnique()
  @IsIn(DIAGNOSES, { each: true })
  diagnoses: Diagnosis[];

  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  careTeamId: string;

  @ApiProperty({ example: '2026-01-05', format: 'date', description: 'Day the patient entered the program' })
  @IsClinicalDate()
  enrolledOn: string;
}
