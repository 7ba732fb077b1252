import { Body, Controller, Get, Param, Patch, Post } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiTags,
} from '@nestjs/swagger';
import { uuidParam } from '../common/validation/uuid-param.js';
import { CreatePatientDto } from './dto/create-patient.dto.js';
import { PatientViewDto } from './dto/patient-view.dto.js';
import { UpdatePatientDto } from './dto/update-patient.dto.js';
import { PatientsService } from './patients.service.js';

@ApiTags('patients')
@Controller('patients')
export class PatientsController {
  constructor(private readonly patients: PatientsService) {}

  @Post()
  @ApiCreatedResponse({ type: PatientViewDto })
  @ApiBadRequestResponse({ description: 'A field is missing, unknown or invalid; details.fields names it' })
  @ApiConflictResponse({ description: 'The MRN is already in use' })
  create(@Body() dto: CreatePatientDto): Promise<PatientViewDto> {
    return this.patients.create(dto);
  }

  @Get(':id')
  @ApiOkResponse({ type: PatientViewDto, description: 'The record with its current metrics and flags' })
  @ApiNotFoundResponse()
  get(@Param('id', uuidParam('id')) id: string): Promise<PatientViewDto> {
    return this.patients.get(id);
  }

  @Patch(':id')
  @ApiOkResponse({ type: PatientViewDto })
  @ApiNotFoundResponse()
  @ApiConflictResponse({ description: 'The MRN is already in use' })
  update(@Param('id', uuidParam('id')) id: string, @Body() dto: UpdatePatientDto): Promise<PatientViewDto> {
    return this.patients.update(id, dto);
  }
}
