import {
  CRAVING_CUES,
  CRAVING_KINDS,
  CRAVING_VAS_MAX,
  type CravingCue,
  CUE_NOTE_MAX_LENGTH,
  INSTRUMENT_FLAGS,
  INSTRUMENT_KINDS,
  INSTRUMENT_SCALES,
  type InstrumentFlag,
  isInstrumentKind,
  isValidPacsItems,
  itemsProblem,
  OBSERVATION_KINDS,
  type ObservationKind,
  PACS_ITEM_COUNT,
  PACS_ITEM_MAX,
  PACS_TOTAL_MAX,
  SCREEN_RESULTS,
  type ScreenResult,
  UDS_SUBSTANCES,
} from '@naltrack/domain';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsIn, IsOptional, IsString, Length, ValidateBy, ValidateIf } from 'class-validator';
import { AllowedOnlyWhen } from '../../common/validation/allowed-only-when.js';
import { hasDecimalPlaces } from '../../common/validation/decimal-places.js';
import { IsClinicalDate } from '../../common/validation/is-clinical-date.js';
import { screenResultsProblem } from './screen-results.js';

type Body = Record<string, unknown>;
const kindIs =
  (...kinds: ObservationKind[]) =>
  (o: Body) =>
    kinds.includes(o.kind as ObservationKind);

interface ValueRule {
  max: number;
  wholeNumber: boolean;
  /** Completes "value for <kind> must be ...". */
  reads: string;
}

/** What `value` means per kind. numeric(8,3) storage keeps three decimals. */
const VALUE_RULES: Partial<Record<ObservationKind, ValueRule>> = {
  craving_vas: { max: CRAVING_VAS_MAX, wholeNumber: false, reads: `a craving score from 0 to ${CRAVING_VAS_MAX}` },
  breath_alcohol: { max: 0.5, wholeNumber: false, reads: 'a breath alcohol concentration from 0 to 0.5 g/dL' },
  drinks: { max: 60, wholeNumber: true, reads: 'a whole number of drinks from 0 to 60' },
  self_reported_use: { max: 1_000, wholeNumber: false, reads: 'the amount used, from 0 to 1000' },
};
const VALUE_KINDS = Object.keys(VALUE_RULES) as ObservationKind[];
const valueRuleOf = (object: object | undefined) => VALUE_RULES[(object as Body | undefined)?.kind as ObservationKind];

/** `value` within its kind's range; an unknown kind is left to AllowedOnlyWhen and IsIn. */
function IsValueForKind(): PropertyDecorator {
  return ValidateBy({
    name: 'isValueForKind',
    validator: {
      validate: (value: unknown, args) => {
        const rule = valueRuleOf(args?.object);
        if (!rule) return true;
        return (
          hasDecimalPlaces(value, 3) &&
          value >= 0 &&
          value <= rule.max &&
          (!rule.wholeNumber || Number.isInteger(value))
        );
      },
      defaultMessage: (args) => {
        const kind = String((args?.object as Body | undefined)?.kind);
        const rule = valueRuleOf(args?.object);
        if (!rule) return 'value is invalid';
        return `value for ${kind} must be ${rule.reads}${rule.wholeNumber ? '' : ', with at most 3 decimals'}`;
      },
    },
  });
}

const ITEM_KINDS: ObservationKind[] = ['pacs', ...INSTRUMENT_KINDS];

/** What is wrong with `items` for the body's kind; null when they fit (or the kind takes none). */
function itemsProblemOf(object: object | undefined, value: unknown): string | null {
  const kind = (object as Body | undefined)?.kind;
  if (isInstrumentKind(kind)) return itemsProblem(INSTRUMENT_SCALES[kind], value);
  if (kind === 'pacs' && !(Array.isArray(value) && isValidPacsItems(value))) {
    return `items must be the ${PACS_ITEM_COUNT} PACS item scores, each a whole number from 0 to ${PACS_ITEM_MAX}`;
  }
  return null;
}

/** The kind's item scores: five PACS items, or an instrument's as the domain's scale defines them. */
function IsItemsForKind(): PropertyDecorator {
  return ValidateBy({
    name: 'isItemsForKind',
    validator: {
      validate: (value: unknown, args) => itemsProblemOf(args?.object, value) === null,
      defaultMessage: (args) => itemsProblemOf(args?.object, args?.value) ?? 'items are invalid',
    },
  });
}

/** results: at least one known substance, each positive or negative. */
function IsScreenResults(): PropertyDecorator {
  return ValidateBy({
    name: 'isScreenResults',
    validator: {
      validate: (value: unknown) => screenResultsProblem(value) === null,
      defaultMessage: (args) => screenResultsProblem(args?.value) ?? 'results are invalid',
    },
  });
}

/**
 * One observation. The fields it takes depend on `kind`, and a field of another kind is refused
 * (naming it) rather than ignored, since it usually means the wrong kind was chosen.
 */
export class CreateObservationDto {
  @ApiProperty({ enum: OBSERVATION_KINDS, example: 'pacs' })
  @IsIn(OBSERVATION_KINDS)
  kind: ObservationKind;

  @ApiProperty({
    format: 'date',
    example: '2026-11-20',
    description: "Clinic day of the observation; not in the future, not before the patient's birth",
  })
  @IsClinicalDate()
  observedOn: string;

  @ApiPropertyOptional({
    type: 'array',
    items: { type: 'integer', minimum: 0, maximum: PACS_ITEM_MAX },
    minItems: 3,
    maxItems: 17,
    example: [3, 2, 4, 1, 3],
    description:
      `Required for pacs (${PACS_ITEM_COUNT} items, 0-${PACS_ITEM_MAX} each), phq9 (9 items, 0-3), gad7 (7 items, 0-3), ` +
      'audit_c (3 items, 0-4) and bam (17 items, 0-4; item 14 is 0 or 4), in the instrument order; refused for other kinds',
  })
  // Validated whenever present, so that AllowedOnlyWhen can refuse it on another kind.
  @ValidateIf((o: Body) => kindIs(...ITEM_KINDS)(o) || o.items !== undefined)
  @AllowedOnlyWhen(kindIs(...ITEM_KINDS), 'for kinds pacs, phq9, gad7, audit_c and bam')
  @IsItemsForKind()
  items?: number[];

  @ApiPropertyOptional({
    type: Number,
    minimum: 0,
    example: 42,
    description:
      'Required for craving_vas (0-100), breath_alcohol (g/dL, 0-0.5), drinks (whole drinks that day, 0-60) ' +
      'and self_reported_use (amount used, > 0 means use); refused for pacs, uds and the instruments',
  })
  @ValidateIf((o: Body) => kindIs(...VALUE_KINDS)(o) || o.value !== undefined)
  @AllowedOnlyWhen(kindIs(...VALUE_KINDS), 'for kinds craving_vas, breath_alcohol, drinks and self_reported_use')
  @IsValueForKind()
  value?: number;

  @ApiPropertyOptional({
    type: 'object',
    additionalProperties: { type: 'string', enum: [...SCREEN_RESULTS] },
    example: { opioids: 'positive', fentanyl: 'negative' },
    description: `uds only, required: results per substance (${UDS_SUBSTANCES.join(', ')}), at least one`,
  })
  @ValidateIf((o: Body) => kindIs('uds')(o) || o.results !== undefined)
  @AllowedOnlyWhen(kindIs('uds'), 'for kind uds')
  @IsScreenResults()
  results?: Record<string, ScreenResult>;

  @ApiPropertyOptional({
    example: 'opioids',
    maxLength: 60,
    description: 'self_reported_use only, required: what was used (opioids, alcohol or a drug screen substance)',
  })
  @ValidateIf((o: Body) => kindIs('self_reported_use')(o) || o.substance !== undefined)
  @AllowedOnlyWhen(kindIs('self_reported_use'), 'for kind self_reported_use')
  @IsString()
  @Length(1, 60)
  // Stored lower-case so that relapse rules recognise "Opioids" as opioids.
  @Transform(({ value }) => (typeof value === 'string' ? value.trim().toLowerCase() : value))
  substance?: string;

  @ApiPropertyOptional({
    type: 'array',
    items: { type: 'string', enum: [...CRAVING_CUES] },
    maxItems: CRAVING_CUES.length,
    example: ['people', 'stress'],
    description:
      'pacs and craving_vas only: what set the craving off, each cue once; other needs cueNote. ' +
      'An unknown or repeated cue answers 400 naming cues.N',
  })
  @IsOptional()
  @AllowedOnlyWhen(kindIs(...CRAVING_KINDS), 'for kinds pacs and craving_vas')
  @IsArray()
  @ArrayMaxSize(CRAVING_CUES.length)
  cues?: CravingCue[];

  @ApiPropertyOptional({
    maxLength: CUE_NOTE_MAX_LENGTH,
    example: 'payday',
    description: 'Required with the cue other (what it was), refused otherwise',
  })
  @IsOptional()
  @IsString()
  @Length(1, CUE_NOTE_MAX_LENGTH)
  @Transform(({ value }) => (typeof value === 'string' ? value.trim() : value))
  cueNote?: string;
}

export class InstrumentScoreDto {
  @ApiProperty({ type: Number, nullable: true, description: 'The total; null for the BAM, which has none' })
  total: number | null;
  @ApiProperty({
    type: 'object',
    additionalProperties: { type: 'number' },
    example: { use: 2, risk: 9, protective: 15 },
    description: 'bam: use, risk and protective; empty for the others',
  })
  subscores: Record<string, number>;
  @ApiProperty({
    type: String,
    nullable: true,
    example: 'moderate',
    description:
      'phq9: none_minimal, mild, moderate, moderately_severe, severe; gad7: minimal, mild, moderate, severe; ' +
      'audit_c: negative, positive, severe; bam: null',
  })
  band: string | null;
  @ApiProperty({ enum: INSTRUMENT_FLAGS, isArray: true })
  flags: InstrumentFlag[];
}

export class ObservationViewDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) patientId: string;
  @ApiProperty({ enum: OBSERVATION_KINDS }) kind: ObservationKind;
  @ApiProperty({ format: 'date' }) observedOn: string;
  @ApiProperty({ type: [Number], nullable: true, description: 'pacs and the instruments: the item scores' })
  items: number[] | null;
  @ApiProperty({
    nullable: true,
    type: Number,
    description: `The measurement; for pacs the total 0-${PACS_TOTAL_MAX}, for an instrument its total`,
  })
  value: number | null;
  @ApiProperty({ type: InstrumentScoreDto, nullable: true, description: 'The instruments: their score when recorded' })
  score: InstrumentScoreDto | null;
  @ApiProperty({
    nullable: true,
    type: 'object',
    additionalProperties: { type: 'string', enum: [...SCREEN_RESULTS] },
  })
  results: Record<string, ScreenResult> | null;
  @ApiProperty({ nullable: true, type: String }) substance: string | null;
  @ApiProperty({
    type: 'array',
    items: { type: 'string', enum: [...CRAVING_CUES] },
    nullable: true,
    description: 'pacs and craving_vas: the cues recorded, if any',
  })
  cues: CravingCue[] | null;
  @ApiProperty({ nullable: true, type: String, description: 'What the cue other was' }) cueNote: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt: Date;
}

export class ObservationQueryDto {
  @ApiPropertyOptional({ enum: OBSERVATION_KINDS, description: 'Only observations of this kind' })
  @IsOptional()
  @IsIn(OBSERVATION_KINDS)
  kind?: ObservationKind;
}
