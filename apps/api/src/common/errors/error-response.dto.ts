import type { ApiErrorBody } from '@naltrack/domain';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

/** The body of every failure (see ApiExceptionFilter); documented once for every operation. */
export class ErrorResponseDto implements ApiErrorBody {
  @ApiProperty({ type: 'integer', minimum: 400, maximum: 599, example: 404 })
  statusCode: number;

  @ApiProperty({ description: 'What clients branch on, e.g. VALIDATION_FAILED, NOT_FOUND, DUPLICATE_MRN' })
  code: string;

  @ApiProperty({ description: 'For people; never a stack trace, SQL or a driver message' })
  message: string;

  @ApiPropertyOptional({
    type: 'object',
    additionalProperties: true,
    description: 'Depends on `code`, e.g. `fields: [{field, messages}]` for VALIDATION_FAILED',
  })
  details?: Record<string, unknown>;

  @ApiProperty({ description: 'The X-Request-Id of the request, for finding it in the logs' })
  requestId: string;
}
