import { TIMELINE_TYPES, type TimelineType } from '@naltrack/domain';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, IsString, Length, Max, Min } from 'class-validator';
import { TIMELINE_DETAILS_SCHEMA } from './timeline-details.dto.js';

export class TimelineQueryDto {
  @ApiPropertyOptional({ description: 'nextBefore of the previous page: events older than its last one' })
  @IsOptional()
  @IsString()
  @Length(1, 200)
  before?: string;

  @ApiPropertyOptional({ minimum: 1, maximum: 200, default: 50 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(200)
  limit?: number;
}

export class TimelineItemDto {
  @ApiProperty({ enum: TIMELINE_TYPES }) type: TimelineType;
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'date-time', description: 'When it happened; noon in the clinic zone for day-only records' })
  at: string;
  @ApiProperty({ format: 'date', description: 'Clinic day' }) on: string;
  @ApiProperty({ ...TIMELINE_DETAILS_SCHEMA, description: 'The record’s own fields: the shape its `type` names' })
  details: Record<string, unknown>;
}

export class TimelinePageDto {
  @ApiProperty({ type: TimelineItemDto, isArray: true, description: 'Newest first' }) items: TimelineItemDto[];
  @ApiProperty({ nullable: true, type: String, description: 'Pass as `before` for older events; null at the start' })
  nextBefore: string | null;
}
