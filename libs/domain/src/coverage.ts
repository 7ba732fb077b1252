import { addDays, type ClinicalDate } from './clinical-date.js';
import { type ClinicalSettings, DEFAULT_CLINICAL_SETTINGS } from './clinical-settings.js';
import { consecutiveRuns, fromDayIndex, toDayIndex } from './day-index.js';
import type { MedicationEventInput } from './medication.js';

export interface CoverageOptions {
  /** Days one injection covers; defaults to settings.xrInjectionCoverageDays (HEDIS uses 31). */
  xrCoverageDays?: number;
  /**
   * Fills dispensed on one day: 'shift' (the default: PDC, retention, the caseload) lines them up one
   * after another like any overlapping fills; 'longest' keeps only the longest of that day's fills,
   * as HEDIS POD does.
   */
  sameDayFills?: 'shift' | 'longest';
}

export interface EventSupply {
  /** Days this event supplies (0 when it gives no coverage). */
  days: number;
  /** Supply that shifts forward when it overlaps (fills), versus a dose covering its own day. */
  shifts: boolean;
}

/**
 * The coverage one event gives. An administered injection and an oral dispense are fills that
 * shift forward on overlap; a dose taken (observed or self-reported) covers only its own day.
 * A dispensed XR kit gives nothing by itself: the injection does. Days' supply above
 * maxDaysSupply is capped, and a missing or non-positive one gives nothing.
 */
export function supplyOf(
  event: MedicationEventInput,
  settings: ClinicalSettings = DEFAULT_CLINICAL_SETTINGS,
  options: CoverageOptions = {},
): EventSupply {
  if (event.formulation === 'xr_injection') {
    const days = options.xrCoverageDays ?? settings.xrInjectionCoverageDays;
    return event.kind === 'administered' ? { days, shifts: true } : { days: 0, shifts: false };
  }
  switch (event.kind) {
    case 'dispensed': {
      const days = Math.min(Math.floor(event.daysSupply ?? 0), settings.maxDaysSupply);
      return { days: Number.isFinite(days) && days > 0 ? days : 0, shifts: true };
    }
    case 'taken':
    case 'administered':
      return { days: 1, shifts: false };
    default:
      return { days: 0, shifts: false };
  }
}

interface CoverageIndex {
  /** Covered day indexes. */
  covered: Set<number>;
  /** Dose days that covered a day no fill covered (they count as supply for MPR). */
  extraDoseDays: Set<number>;
  fills: { day: number; days: number }[];
}

function buildCoverage(
  events: readonly MedicationEventInput[],
  settings: ClinicalSettings,
  options: CoverageOptions,
): CoverageIndex {
  const fills: { day: number; days: number }[] = [];
  const doseDays = new Set<number>();
  for (const event of events) {
    const supply = supplyOf(event, settings, options);
    if (supply.days === 0) continue;
    const day = toDayIndex(event.occurredOn);
    if (supply.shifts) fills.push({ day, days: supply.days });
    else doseDays.add(day);
  }
  if (options.sameDayFills === 'longest') keepLongestPerDay(fills);
  // PQA: a fill that starts while earlier supply is on hand starts when that supply runs out.
  // Sorting makes the result independent of input order; ties give the same union either way.
  fills.sort((a, b) => a.day - b.day || a.days - b.days);
  const covered = new Set<number>();
  let nextFree = Number.NEGATIVE_INFINITY;
  for (const fill of fills) {
    const start = Math.max(fill.day, nextFree);
    for (let d = start; d < start + fill.days; d++) covered.add(d);
    nextFree = start + fill.days;
  }
  // A dose on a day already covered is use of supply on hand: it adds nothing and shifts nothing.
  const extraDoseDays = new Set<number>();
  for (const day of doseDays) {
    if (!covered.has(day)) extraDoseDays.add(day);
  }
  for (const day of extraDoseDays) covered.add(day);
  return { covered, extraDoseDays, fills };
}

/** Leaves one fill per day, the one with the most days' supply. */
function keepLongestPerDay(fills: { day: number; days: number }[]): void {
  const longest = new Map<number, number>();
  for (const fill of fills) longest.set(fill.day, Math.max(longest.get(fill.day) ?? 0, fill.days));
  fills.splice(0, fills.length, ...[...longest].map(([day, days]) => ({ day, days })));
}

/** Every covered day, sorted and unique. */
export function coveredDays(
  events: readonly MedicationEventInput[],
  settings: ClinicalSettings = DEFAULT_CLINICAL_SETTINGS,
  options: CoverageOptions = {},
): ClinicalDate[] {
  const { covered } = buildCoverage(events, settings, options);
  return [...covered].sort((a, b) => a - b).map(fromDayIndex);
}

/** The last covered day (it may be after today), or null when nothing covers any day. */
export function lastCoveredDay(
  events: readonly MedicationEventInput[],
  settings: ClinicalSettings = DEFAULT_CLINICAL_SETTINGS,
): ClinicalDate | null {
  let last = Number.NEGATIVE_INFINITY;
  for (const day of buildCoverage(events, settings, {}).covered) if (day > last) last = day;
  return last === Number.NEGATIVE_INFINITY ? null : fromDayIndex(last);
}

export interface CoverageGap {
  from: ClinicalDate;
  to: ClinicalDate;
  days: number;
}

export interface AdherenceResult {
  pdc: number | null;
  mpr: number | null;
  coveredDays: number;
  periodDays: number;
  periodStart: ClinicalDate | null;
  gaps: CoverageGap[];
  continuousDays: number;
  firstFillOn: ClinicalDate | null;
}

export interface AdherenceInput extends CoverageOptions {
  events: readonly MedicationEventInput[];
  from: ClinicalDate;
  /** Inclusive. */
  to: ClinicalDate;
  settings?: ClinicalSettings;
}

/**
 * PDC, MPR, gaps and continuity over [later of `from` and the first fill, `to`].
 * Supply from fills before the period carries into it.
 */
export function computeAdherence(input: AdherenceInput): AdherenceResult {
  const settings = input.settings ?? DEFAULT_CLINICAL_SETTINGS;
  const from = toDayIndex(input.from);
  const to = toDayIndex(input.to);
  if (to < from) throw new RangeError(`Adherence period ends (${input.to}) before it starts (${input.from})`);

  const { covered, extraDoseDays, fills } = buildCoverage(input.events, settings, input);
  const fillDays = [...fills.map((f) => f.day), ...extraDoseDays].filter((d) => d <= to);
  if (fillDays.length === 0) {
    return {
      pdc: null,
      mpr: null,
      coveredDays: 0,
      periodDays: 0,
      periodStart: null,
      gaps: [],
      continuousDays: 0,
      firstFillOn: null,
    };
  }
  const firstFill = fillDays.reduce((a, b) => Math.min(a, b));
  const start = Math.max(from, firstFill);
  const periodDays = to - start + 1;

  const coveredInPeriod: number[] = [];
  for (let d = start; d <= to; d++) if (covered.has(d)) coveredInPeriod.push(d);

  // MPR counts supply, not coverage, so it is not capped and can exceed 1 with early refills.
  let supplied = 0;
  for (const fill of fills) if (fill.day >= start && fill.day <= to) supplied += fill.days;
  for (const day of extraDoseDays) if (day >= start && day <= to) supplied += 1;

  return {
    pdc: coveredInPeriod.length / periodDays,
    mpr: supplied / periodDays,
    coveredDays: coveredInPeriod.length,
    periodDays,
    periodStart: fromDayIndex(start),
    gaps: gapsIn(covered, start, to, settings.gapMinDays),
    continuousDays: longestContinuous(coveredInPeriod, settings.gapMinDays),
    firstFillOn: fromDayIndex(firstFill),
  };
}

function gapsIn(covered: Set<number>, start: number, end: number, minDays: number): CoverageGap[] {
  const uncovered: number[] = [];
  for (let d = start; d <= end; d++) if (!covered.has(d)) uncovered.push(d);
  return consecutiveRuns(uncovered)
    .filter((run) => run.end - run.start + 1 >= minDays)
    .map((run) => ({ from: fromDayIndex(run.start), to: fromDayIndex(run.end), days: run.end - run.start + 1 }));
}

/** Longest stretch from a covered day to a covered day with no gap of `minGap` days inside. */
function longestContinuous(sortedCovered: readonly number[], minGap: number): number {
  let best = 0;
  let stretchStart: number | null = null;
  let previous: number | null = null;
  for (const day of sortedCovered) {
    if (stretchStart === null || previous === null || day - previous - 1 >= minGap) stretchStart = day;
    previous = day;
    best = Math.max(best, day - stretchStart + 1);
  }
  return best;
}

/** PDC over the `windowDays` days ending `today` (e.g. 30 or 90); null before any fill. */
export function pdcOver(
  events: readonly MedicationEventInput[],
  windowDays: number,
  today: ClinicalDate,
  settings: ClinicalSettings = DEFAULT_CLINICAL_SETTINGS,
): number | null {
  if (!Number.isInteger(windowDays) || windowDays < 1) throw new RangeError(`Window must be whole days >= 1`);
  return computeAdherence({ events, from: addDays(today, -(windowDays - 1)), to: today, settings }).pdc;
}
