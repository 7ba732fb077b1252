import { Controller, Get, Param } from '@nestjs/common';
import { ApiNotFoundResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { ClinicalRoles, PatientScoped } from '../auth/auth.decorators.js';
import { uuidParam } from '../common/validation/uuid-param.js';
import { DisclosuresService } from './disclosures.service.js';
import { DisclosureViewDto } from './dto/disclosure-view.dto.js';

@ApiTags('disclosures')
@ClinicalRoles()
@PatientScoped()
@ApiNotFoundResponse({ description: 'No such patient (or not one of your care teams)' })
@Controller('patients/:id/disclosures')
export class DisclosuresController {
  constructor(private readonly disclosures: DisclosuresService) {}

  @Get()
  @ApiOkResponse({
    type: DisclosureViewDto,
    isArray: true,
    description:
      'Accounting of disclosures: every export of the last three years that carried the patient, newest first',
  })
  list(@Param('id', uuidParam('id')) id: string): Promise<DisclosureViewDto[]> {
    return this.disclosures.listForPatient(id);
  }
}
