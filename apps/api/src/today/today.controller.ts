import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { ClinicalRoles } from '../auth/auth.decorators.js';
import { CurrentPrincipal } from '../auth/current-principal.decorator.js';
import type { Principal } from '../auth/principal.js';
import { TodayViewDto } from './dto/today-view.dto.js';
import { TodayService } from './today.service.js';

@ApiTags('today')
@ClinicalRoles()
@Controller('today')
export class TodayController {
  constructor(private readonly today: TodayService) {}

  @Get()
  @ApiOkResponse({ type: TodayViewDto, description: "The signed-in clinician's day over their care teams" })
  get(@CurrentPrincipal() principal: Principal): Promise<TodayViewDto> {
    return this.today.forClinician(principal);
  }
}
