/**
 * Every clinical threshold is a setting so a clinic can follow its own protocol; the defaults are
 * the ones in DESIGN.md (PQA, HEDIS, X:BOT, NIAAA).
 */
export interface ReadinessSettings {
  minDaysOnNaltrexone: number;
  /** No day of use in a relapse episode in this many days before today, and no episode ongoing. */
  relapseFreeDays: number;
  minPdc: number;
  minAttendance: number;
  /** The window PDC and attendance are measured over (the caller computes them). */
  windowDays: number;
  /** Latest PACS must be below this. */
  maxPacsExclusive: number;
}

export interface ClinicalSettings {
  /** Days one XR-NTX injection covers for PDC and the dashboard. */
  xrInjectionCoverageDays: number;
  /** HEDIS POD counts an injection as 31 days; used by quality-measure reports. */
  hedisXrInjectionCoverageDays: number;
  /** Consecutive uncovered days that make a gap (HEDIS POD: 8). */
  gapMinDays: number;
  injectionIntervalDays: number;
  injectionDueSoonDays: number;
  injectionGraceDays: number;
  adherentPdc: number;
  opioidFreeDays: number;
  opioidFreeDaysAfterAgonist: number;
  lftMaxUlnMultiple: number;
  /** A relapse with onset within this many days of the start is early (12 weeks). */
  earlyRelapseDays: number;
  heavyDrinkingDrinksMale: number;
  /** Also applies to sex other/unknown: the lower threshold is the conservative one. */
  heavyDrinkingDrinksFemale: number;
  xbotConsecutiveWeeks: number;
  xbotConsecutiveDays: number;
  /**
   * X:BOT: the screening schedule expects a urine screen every week for this many weeks after a
   * start; in those weeks a week without a screen counts as a week of opioid use. 0 turns it off.
   */
  screeningExpectedWeeks: number;
  /** An opioid relapse episode ends after this many consecutive days without use (2 weeks). */
  relapseEndOpioidDays: number;
  /** An alcohol relapse episode ends after this many consecutive days without a heavy drinking day. */
  relapseEndAlcoholDays: number;
  /** The early_relapse flag stays this many days after the early relapse of the current course ended. */
  earlyRelapseFlagDays: number;
  /** not_started: a start this many days old with no injection, dispense or dose since. */
  notStartedDays: number;
  cravingHighPacs: number;
  positiveScreenDays: number;
  missedSessionsInRow: number;
  stoppedOralDays: number;
  readiness: ReadinessSettings;
  /** Largest days' supply one dispense may carry; larger values are data errors. */
  maxDaysSupply: number;
}

export type DeepPartial<T> = { [K in keyof T]?: T[K] extends object ? DeepPartial<T[K]> : T[K] };

export const DEFAULT_CLINICAL_SETTINGS: ClinicalSettings = Object.freeze({
  xrInjectionCoverageDays: 28,
  hedisXrInjectionCoverageDays: 31,
  gapMinDays: 8,
  injectionIntervalDays: 28,
  injectionDueSoonDays: 7,
  injectionGraceDays: 7,
  adherentPdc: 0.8,
  opioidFreeDays: 7,
  opioidFreeDaysAfterAgonist: 14,
  lftMaxUlnMultiple: 3,
  earlyRelapseDays: 84,
  heavyDrinkingDrinksMale: 5,
  heavyDrinkingDrinksFemale: 4,
  xbotConsecutiveWeeks: 4,
  xbotConsecutiveDays: 7,
  screeningExpectedWeeks: 24,
  relapseEndOpioidDays: 14,
  relapseEndAlcoholDays: 14,
  earlyRelapseFlagDays: 90,
  notStartedDays: 7,
  cravingHighPacs: 15,
  positiveScreenDays: 14,
  missedSessionsInRow: 2,
  stoppedOralDays: 8,
  readiness: Object.freeze({
    minDaysOnNaltrexone: 180,
    relapseFreeDays: 90,
    minPdc: 0.8,
    minAttendance: 0.75,
    windowDays: 90,
    maxPacsExclusive: 15,
  }),
  maxDaysSupply: 365,
});

type TopLevelSettings = Omit<ClinicalSettings, 'readiness'>;
type ValueKind = 'days' | 'days_or_zero' | 'fraction' | 'positive' | 'pacs';

const TOP_LEVEL_KINDS: Record<keyof TopLevelSettings, ValueKind> = {
  xrInjectionCoverageDays: 'days',
  hedisXrInjectionCoverageDays: 'days',
  gapMinDays: 'days',
  injectionIntervalDays: 'days',
  injectionDueSoonDays: 'days_or_zero',
  injectionGraceDays: 'days_or_zero',
  adherentPdc: 'fraction',
  opioidFreeDays: 'days_or_zero',
  opioidFreeDaysAfterAgonist: 'days_or_zero',
  lftMaxUlnMultiple: 'positive',
  earlyRelapseDays: 'days',
  heavyDrinkingDrinksMale: 'days',
  heavyDrinkingDrinksFemale: 'days',
  xbotConsecutiveWeeks: 'days',
  xbotConsecutiveDays: 'days',
  screeningExpectedWeeks: 'days_or_zero',
  relapseEndOpioidDays: 'days',
  relapseEndAlcoholDays: 'days',
  earlyRelapseFlagDays: 'days',
  notStartedDays: 'days',
  cravingHighPacs: 'pacs',
  positiveScreenDays: 'days',
  missedSessionsInRow: 'days',
  stoppedOralDays: 'days',
  maxDaysSupply: 'days',
};

const READINESS_KINDS: Record<keyof ReadinessSettings, ValueKind> = {
  minDaysOnNaltrexone: 'days_or_zero',
  relapseFreeDays: 'days_or_zero',
  minPdc: 'fraction',
  minAttendance: 'fraction',
  windowDays: 'days',
  maxPacsExclusive: 'pacs',
};

function isValid(kind: ValueKind, value: unknown): boolean {
  if (typeof value !== 'number' || !Number.isFinite(value)) return false;
  switch (kind) {
    case 'days':
      return Number.isInteger(value) && value >= 1;
    case 'days_or_zero':
      return Number.isInteger(value) && value >= 0;
    case 'fraction':
      return value >= 0 && value <= 1;
    case 'positive':
      return value > 0;
    case 'pacs':
      // PACS totals run 0-30; 31 lets "below 31" mean "no limit".
      return Number.isInteger(value) && value >= 0 && value <= 31;
  }
}

/** Copies only the keys the defaults know, so stray JSON keys never reach the rules. */
function overlay<T extends object>(
  base: T,
  kinds: Record<keyof T, ValueKind>,
  patch: object | undefined,
  path: string,
): T {
  const result = { ...base };
  const source = (patch ?? {}) as Partial<T>;
  for (const key of Object.keys(kinds) as (keyof T & string)[]) {
    const value = source[key];
    if (value === undefined) continue;
    if (!isValid(kinds[key], value)) {
      throw new RangeError(`Clinical setting ${path}${key} must be ${describe(kinds[key])}, got ${String(value)}`);
    }
    result[key] = value as T[keyof T & string];
  }
  return result;
}

function describe(kind: ValueKind): string {
  switch (kind) {
    case 'days':
      return 'a whole number of at least 1';
    case 'days_or_zero':
      return 'a whole number of at least 0';
    case 'fraction':
      return 'a number between 0 and 1';
    case 'positive':
      return 'a positive number';
    case 'pacs':
      return 'a whole number between 0 and 31';
  }
}

/**
 * The defaults with a clinic's overrides laid over them. Throws RangeError naming the setting
 * when an override is out of range, so a bad configuration fails loudly instead of silently
 * changing clinical rules.
 */
export function resolveSettings(overrides?: DeepPartial<ClinicalSettings> | null): ClinicalSettings {
  const { readiness: defaultReadiness, ...defaultTop } = DEFAULT_CLINICAL_SETTINGS;
  const { readiness: readinessPatch, ...topPatch } = overrides ?? {};
  return {
    ...overlay<TopLevelSettings>(defaultTop, TOP_LEVEL_KINDS, topPatch, ''),
    readiness: overlay(defaultReadiness, READINESS_KINDS, readinessPatch ?? undefined, 'readiness.'),
  };
}
