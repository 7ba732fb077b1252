import { ageOn, type ClinicalDate, daysBetween } from '../clinical-date.js';
import { type ClinicalSettings, DEFAULT_CLINICAL_SETTINGS } from '../clinical-settings.js';
import { computeAdherence, coveredDays, supplyOf } from '../coverage.js';
import type { MedicationEventInput } from '../medication.js';
import { MEASURE_CONSTANTS } from './measure-catalog.js';
import { counted, excluded, type MeasureOutcome, type MeasurePatient, type MeasurePeriod } from './measure-types.js';

type PdcPatient = Pick<MeasurePatient, 'birthDate' | 'medicationEvents'>;

/**
 * PQA Proportion of Days Covered, with naltrexone as the target drug.
 * - Denominator: 18 or older on the first day of the period, with fills on at least two different
 *   days in the period. A fill is a dispense or an injection, or a dose taken on a day no dispense
 *   or injection covers (a dose from supply on hand is not a fill, as computeAdherence counts).
 * - Treatment period: the first fill in the period (PQA's index prescription start date) to the
 *   period's end (or today, if earlier).
 * - Only fills in the period count (PQA); the PDC is computeAdherence's over the treatment period:
 *   an overlapping fill shifts forward and an injection covers settings.xrInjectionCoverageDays,
 *   as on the patient page.
 * - Numerator: PDC >= settings.adherentPdc (80%). Value: the PDC (0-1).
 */
export function pdcMeasure(
  patient: PdcPatient,
  period: MeasurePeriod,
  settings: ClinicalSettings = DEFAULT_CLINICAL_SETTINGS,
): MeasureOutcome {
  const [outcome] = pdcMeasureAtEnds(patient, period, [period.to], settings);
  return outcome ?? excluded('too_few_fills');
}

/**
 * pdcMeasure for periods that share `period.from` and end on each of `ends` (each on or before
 * `period.to`), from one computeAdherence pass: the period-to-date trend. Coverage of a day never
 * depends on fills after it (a later fill only starts later), so the uncovered runs of the longest
 * period give every shorter one its PDC.
 */
export function pdcMeasureAtEnds(
  patient: PdcPatient,
  period: MeasurePeriod,
  ends: readonly ClinicalDate[],
  settings: ClinicalSettings = DEFAULT_CLINICAL_SETTINGS,
): MeasureOutcome[] {
  if (ageOn(patient.birthDate, period.from) < MEASURE_CONSTANTS.pdcMinAge) return ends.map(() => excluded('under_age'));
  const last = earlier(period.to, period.asOf);
  const events = patient.medicationEvents.filter((e) => e.occurredOn >= period.from && e.occurredOn <= last);
  const fills = fillDays(events, settings);
  const start = fills[0];
  if (start === undefined || fills.length < MEASURE_CONSTANTS.pdcMinFills) {
    return ends.map(() => excluded('too_few_fills'));
  }
  // With gapMinDays 1 every uncovered run from the first fill to `last` is listed.
  const { gaps } = computeAdherence({ events, from: period.from, to: last, settings: { ...settings, gapMinDays: 1 } });
  const uncoveredRuns = gaps.map((gap) => ({ first: daysBetween(start, gap.from), last: daysBetween(start, gap.to) }));

  return ends.map((end) => {
    const to = earlier(end, last);
    if (countAtMost(fills, to) < MEASURE_CONSTANTS.pdcMinFills) return excluded('too_few_fills');
    const days = daysBetween(start, to) + 1;
    const uncovered = uncoveredRuns.reduce(
      (sum, run) => sum + Math.max(0, Math.min(run.last, days - 1) - run.first + 1),
      0,
    );
    const pdc = (days - uncovered) / days;
    return counted(pdc >= settings.adherentPdc, pdc, start);
  });
}

/** Fill days, sorted. */
function fillDays(events: readonly MedicationEventInput[], settings: ClinicalSettings): ClinicalDate[] {
  const fills = events.filter((e) => supplyOf(e, settings).shifts);
  const doses = events.filter((e) => !supplyOf(e, settings).shifts && supplyOf(e, settings).days > 0);
  const days = new Set(fills.map((e) => e.occurredOn));
  if (doses.length > 0) {
    const coveredByFills = new Set(coveredDays(fills, settings));
    for (const dose of doses) if (!coveredByFills.has(dose.occurredOn)) days.add(dose.occurredOn);
  }
  return [...days].sort();
}

function earlier(a: ClinicalDate, b: ClinicalDate): ClinicalDate {
  return a < b ? a : b;
}

/** How many of the sorted days are on or before `day`. */
function countAtMost(sorted: readonly ClinicalDate[], day: ClinicalDate): number {
  return firstIndexWhere(sorted, (d) => d > day);
}

/** Binary search: the first index whose day passes `test` (which, once true, stays true). */
function firstIndexWhere(sorted: readonly ClinicalDate[], test: (day: ClinicalDate) => boolean): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (test(sorted[middle] as ClinicalDate)) high = middle;
    else low = middle + 1;
  }
  return low;
}
