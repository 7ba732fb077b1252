import type { ClinicalSettings } from '@naltrack/domain';
import { ApiProperty } from '@nestjs/swagger';
import { ReadinessSettingsDto } from './readiness-settings.dto.js';

/** The clinical rules' thresholds as the clinic runs them: the defaults with CLINICAL_SETTINGS applied. */
export class ClinicalSettingsDto implements ClinicalSettings {
  @ApiProperty({ example: 28, description: 'Days one XR-NTX injection covers for PDC and the dashboard' })
  xrInjectionCoverageDays: number;

  @ApiProperty({ example: 31, description: 'Days HEDIS counts an injection for in quality-measure reports' })
  hedisXrInjectionCoverageDays: number;

  @ApiProperty({ example: 8, description: 'Consecutive uncovered days that make a gap' })
  gapMinDays: number;

  @ApiProperty({ example: 28 })
  injectionIntervalDays: number;

  @ApiProperty({ example: 7 })
  injectionDueSoonDays: number;

  @ApiProperty({ example: 7 })
  injectionGraceDays: number;

  @ApiProperty({ example: 0.8, description: 'A PDC at or above this is adherent' })
  adherentPdc: number;

  @ApiProperty({ example: 7 })
  opioidFreeDays: number;

  @ApiProperty({ example: 14 })
  opioidFreeDaysAfterAgonist: number;

  @ApiProperty({ example: 3 })
  lftMaxUlnMultiple: number;

  @ApiProperty({ example: 84, description: 'A relapse with onset within this many days of the start is early' })
  earlyRelapseDays: number;

  @ApiProperty({ example: 5 })
  heavyDrinkingDrinksMale: number;

  @ApiProperty({ example: 4, description: 'Also for sex other or unknown' })
  heavyDrinkingDrinksFemale: number;

  @ApiProperty({ example: 4 })
  xbotConsecutiveWeeks: number;

  @ApiProperty({ example: 7 })
  xbotConsecutiveDays: number;

  @ApiProperty({ example: 24, description: 'Weeks after a start a urine screen is expected every week; 0: off' })
  screeningExpectedWeeks: number;

  @ApiProperty({ example: 14 })
  relapseEndOpioidDays: number;

  @ApiProperty({ example: 14 })
  relapseEndAlcoholDays: number;

  @ApiProperty({ example: 90 })
  earlyRelapseFlagDays: number;

  @ApiProperty({ example: 7 })
  notStartedDays: number;

  @ApiProperty({ example: 15, description: 'A PACS total at or above this is a high craving' })
  cravingHighPacs: number;

  @ApiProperty({ example: 14 })
  positiveScreenDays: number;

  @ApiProperty({ example: 2 })
  missedSessionsInRow: number;

  @ApiProperty({ example: 8 })
  stoppedOralDays: number;

  @ApiProperty({ type: ReadinessSettingsDto })
  readiness: ReadinessSettingsDto;

  @ApiProperty({ example: 365, description: 'Largest days’ supply one dispense may carry' })
  maxDaysSupply: number;
}
