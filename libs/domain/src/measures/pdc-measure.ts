import { ageOn, type ClinicalDate } from '../clinical-date.js';
import { type ClinicalSettings, DEFAULT_CLINICAL_SETTINGS } from '../clinical-settings.js';
import { computeAdherence, coveredDays, supplyOf } from '../coverage.js';
import type { MedicationEventInput } from '../medication.js';
import { MEASURE_CONSTANTS } from './measure-catalog.js';
import { counted, excluded, type MeasureOutcome, type MeasurePatient, type MeasurePeriod } from './measure-types.js';

/**
 * PQA Proportion of Days Covered, with naltrexone as the target drug.
 * - Denominator: 18 or older on the first day of the period, with fills on at least two different
 *   days in the period. A fill is a dispense or an injection, or a dose taken on a day no dispense
 *   or injection covers (a dose from supply on hand is not a fill, as computeAdherence counts).
 * - Treatment period: the first fill in the period (PQA's index prescription start date) to the
 *   period's end (or today, if earlier).
 * - Only fills in the period count (PQA), an overlapping fill shifts forward, and an injection
 *   covers settings.xrInjectionCoverageDays, as on the patient page.
 * - Numerator: PDC >= settings.adherentPdc (80%). Value: the PDC (0-1).
 */
export function pdcMeasure(
  patient: Pick<MeasurePatient, 'birthDate' | 'medicationEvents'>,
  period: MeasurePeriod,
  settings: ClinicalSettings = DEFAULT_CLINICAL_SETTINGS,
): MeasureOutcome {
  if (ageOn(patient.birthDate, period.from) < MEASURE_CONSTANTS.pdcMinAge) return excluded('under_age');
  const to = [period.to, period.asOf].sort()[0] ?? period.to;
  const events = patient.medicationEvents.filter((e) => e.occurredOn >= period.from && e.occurredOn <= to);
  if (fillDays(events, settings).size < MEASURE_CONSTANTS.pdcMinFills) return excluded('too_few_fills');

  const { pdc, periodStart } = computeAdherence({ events, from: period.from, to, settings });
  // Two fills in the period always give a PDC and a start; the guard keeps the types honest.
  if (pdc === null || periodStart === null) return excluded('too_few_fills');
  return counted(pdc >= settings.adherentPdc, pdc, periodStart);
}

function fillDays(events: readonly MedicationEventInput[], settings: ClinicalSettings): Set<ClinicalDate> {
  const fills = events.filter((e) => supplyOf(e, settings).shifts);
  const doses = events.filter((e) => !supplyOf(e, settings).shifts && supplyOf(e, settings).days > 0);
  const days = new Set(fills.map((e) => e.occurredOn));
  if (doses.length === 0) return days;
  const coveredByFills = new Set(coveredDays(fills, settings));
  for (const dose of doses) if (!coveredByFills.has(dose.occurredOn)) days.add(dose.occurredOn);
  return days;
}
