import type { ClinicalSettings } from '@naltrack/domain';
import { Controller, Get, Inject } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { CLINICAL_SETTINGS } from './clinical-settings.token.js';
import { ClinicalSettingsDto } from './dto/clinical-settings.dto.js';

/** The thresholds the rules run with, so the web app reads PDC and PACS as the server flags them. */
@ApiTags('clinical-settings')
@Controller('clinical-settings')
export class ClinicalSettingsController {
  constructor(@Inject(CLINICAL_SETTINGS) private readonly settings: ClinicalSettings) {}

  // Configuration, not PHI: any signed-in user may read it, and its audit event names no patient.
  @Get()
  @ApiOkResponse({ type: ClinicalSettingsDto, description: "The clinic's effective clinical settings" })
  get(): ClinicalSettingsDto {
    return this.settings;
  }
}
