import {
  OBSERVATION_KINDS,
  type ObservationKind,
  PACS_ITEM_COUNT,
  PACS_ITEM_MAX,
  SCREEN_RESULTS,
  type ScreenResult,
  UDS_SUBSTANCES,
} from '@naltrack/domain';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsIn,
  IsInt,
  IsNumber,
  IsOptional,
  IsString,
  Length,
  Max,
  Min,
  ValidateBy,
  ValidateIf,
} from 'class-validator';
import { AllowedOnlyWhen } from '../../common/validation/allowed-only-when.js';
import { IsClinicalDate } from '../../common/validation/is-clinical-date.js';

type Body = Record<string, unknown>;
const kindIs =
  (...kinds: ObservationKind[]) =>
  (o: Body) =>
    kinds.includes(o.kind as ObservationKind);

/** Upper bounds of `value` per kind: VAS 0-100, breath alcohol g/dL, drinks per day, amount used. */
const VALUE_MAX: Partial<Record<ObservationKind, number>> = {
  craving_vas: 100,
  breath_alcohol: 0.5,
  drinks: 60,
  self_reported_use: 1_000,
};
const VALUE_KINDS = Object.keys(VALUE_MAX) as ObservationKind[];
const valueMaxOf = (body: object | undefined) => VALUE_MAX[(body as Body | undefined)?.kind as ObservationKind];

/** results: at least one known substance, each positive or negative. */
function IsScreenResults(): PropertyDecorator {
  return ValidateBy({
    name: 'isScreenResults',
    validator: {
      validate: (value: unknown) =>
        typeof value === 'object' &&
        value !== null &&
        !Array.isArray(value) &&
        Object.keys(value).length > 0 &&
        Object.entries(value).every(
          ([substance, result]) =>
            (UDS_SUBSTANCES as readonly string[]).includes(substance) &&
            (SCREEN_RESULTS as readonly unknown[]).includes(result),
        ),
      defaultMessage: () =>
        `results must map substances (${UDS_SUBSTANCES.join(', ')}) to ${SCREEN_RESULTS.join(' or ')}`,
    },
  });
}

/** One observation; which fields it takes depends on `kind`, and the others are refused. */
export class CreateObservationDto {
  @ApiProperty({ enum: OBSERVATION_KINDS })
  @IsIn(OBSERVATION_KINDS)
  kind: ObservationKind;

  @ApiProperty({ format: 'date' })
  @IsClinicalDate()
  observedOn: string;

  @ApiPropertyOptional({ type: [Number], description: 'pacs: the five item scores, 0-6 each' })
  @ValidateIf((o: Body) => kindIs('pacs')(o) || o.items !== undefined)
  @AllowedOnlyWhen(kindIs('pacs'), 'for kind pacs')
  @IsArray()
  @ArrayMinSize(PACS_ITEM_COUNT)
  @ArrayMaxSize(PACS_ITEM_COUNT)
  @IsInt({ each: true })
  @Min(0, { each: true })
  @Max(PACS_ITEM_MAX, { each: true })
  items?: number[];

  @ApiPropertyOptional({ description: 'craving_vas 0-100, breath_alcohol g/dL, drinks per day, or amount used' })
  @ValidateIf((o: Body) => kindIs(...VALUE_KINDS)(o) || o.value !== undefined)
  @AllowedOnlyWhen(kindIs(...VALUE_KINDS), 'for kinds craving_vas, breath_alcohol, drinks and self_reported_use')
  @IsNumber({ maxDecimalPlaces: 3 })
  @Min(0)
  @ValidateBy({
    name: 'valueInRange',
    validator: {
      validate: (value: unknown, args) => {
        const max = valueMaxOf(args?.object);
        return typeof value !== 'number' || max === undefined || value <= max;
      },
      defaultMessage: (args) => `value must not exceed ${valueMaxOf(args?.object)}`,
    },
  })
  value?: number;

  @ApiPropertyOptional({
    example: { opioids: 'positive', fentanyl: 'negative' },
    description: 'uds: results per substance',
  })
  @ValidateIf((o: Body) => kindIs('uds')(o) || o.results !== undefined)
  @AllowedOnlyWhen(kindIs('uds'), 'for kind uds')
  @IsScreenResults()
  results?: Record<string, ScreenResult>;

  @ApiPropertyOptional({ example: 'opioids', description: 'self_reported_use: what was used' })
  @ValidateIf((o: Body) => kindIs('self_reported_use')(o) || o.substance !== undefined)
  @AllowedOnlyWhen(kindIs('self_reported_use'), 'for kind self_reported_use')
  @IsString()
  @Length(1, 60)
  @Transform(({ value }) => (typeof value === 'string' ? value.trim().toLowerCase() : value))
  substance?: string;
}

export class ObservationViewDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) patientId: string;
  @ApiProperty({ enum: OBSERVATION_KINDS }) kind: ObservationKind;
  @ApiProperty({ format: 'date' }) observedOn: string;
  @ApiPropertyOptional({ type: [Number], nullable: true }) items: number[] | null;
  @ApiPropertyOptional({ nullable: true, type: Number, description: 'For pacs, the total 0-30' }) value: number | null;
  @ApiPropertyOptional({ nullable: true, type: 'object', additionalProperties: { type: 'string' } })
  results: Record<string, ScreenResult> | null;
  @ApiPropertyOptional({ nullable: true, type: String }) substance: string | null;
  @ApiProperty() createdAt: Date;
}

export class ObservationQueryDto {
  @ApiPropertyOptional({ enum: OBSERVATION_KINDS })
  @IsOptional()
  @IsIn(OBSERVATION_KINDS)
  kind?: ObservationKind;
}
