import { Controller, Get, HttpStatus, Res } from '@nestjs/common';
import { ApiOkResponse, ApiServiceUnavailableResponse, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { Public } from '../auth/auth.decorators.js';
import { HealthService } from './health.service.js';
import { HealthReportDto } from './health-report.dto.js';

@ApiTags('health')
@Public()
@Controller('health')
export class HealthController {
  constructor(private readonly health: HealthService) {}

  @Get()
  @ApiOkResponse({ type: HealthReportDto, description: 'The API and its database answer' })
  @ApiServiceUnavailableResponse({ type: HealthReportDto, description: 'The database does not answer' })
  async check(@Res() reply: FastifyReply): Promise<void> {
    const report: HealthReportDto = await this.health.check();
    // Load balancers read the status code; people read the body.
    await reply.status(report.database === 'up' ? HttpStatus.OK : HttpStatus.SERVICE_UNAVAILABLE).send(report);
  }
}
