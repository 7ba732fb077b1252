import { Controller, Get, Res } from '@nestjs/common';
import { ApiOkResponse, ApiServiceUnavailableResponse, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { Public } from '../auth/auth.decorators.js';
import { HealthService } from './health.service.js';
import { HealthReportDto } from './health-report.dto.js';
import { healthStatusCode } from './health-status.js';

@ApiTags('health')
@Public()
// In the app, HealthFrontDoor answers this route before Fastify sees it (see app.factory.ts).
@Controller('health')
export class HealthController {
  constructor(private readonly health: HealthService) {}

  @Get()
  @ApiOkResponse({ type: HealthReportDto, description: 'The API and its database answer' })
  @ApiServiceUnavailableResponse({ type: HealthReportDto, description: 'The database does not answer' })
  async check(@Res() reply: FastifyReply): Promise<void> {
    const report: HealthReportDto = await this.health.check();
    await reply.status(healthStatusCode(report)).send(report);
  }
}
