import { addDays, ageOn } from '../clinical-date.js';
import { type ClinicalSettings, DEFAULT_CLINICAL_SETTINGS } from '../clinical-settings.js';
import { computeAdherence } from '../coverage.js';
import { MEASURE_CONSTANTS } from './measure-catalog.js';
import { counted, excluded, type MeasureOutcome, type MeasurePatient, type MeasurePeriod } from './measure-types.js';
import { givesNaltrexone, indexEpisode, isInEpisode } from './treatment-episode.js';

/**
 * HEDIS POD (Pharmacotherapy for Opioid Use Disorder), continuity of naltrexone, age 16 and older.
 * Not NQF 3175 (MIPS 468): that variant counts adults 18 and older only.
 * - Denominator: patients with OUD whose first naltrexone start in the period (see indexEpisode)
 *   led to naltrexone in the period; the index prescription start date (IPSD) is the episode's
 *   first dispense, injection or dose. 16 or older on the IPSD. Counted once the treatment period
 *   (the IPSD and the 179 days after it) has ended. Naltrack records each induction as a start,
 *   which stands in for HEDIS's 31-day negative medication history.
 * - Coverage: the episode's own fills, shifting forward on overlap; an injection counts
 *   settings.hedisXrInjectionCoverageDays (31), as HEDIS does. Fills on the same day count once,
 *   with the longest days' supply of that day (HEDIS's rule for several dispensing events of a
 *   medication on one date of service), so two 30-day fills on day 1 cover 30 days, not 60.
 * - Numerator: no run of settings.gapMinDays (8) or more uncovered days in the treatment period.
 *   Value: the longest run of uncovered days in it (0 when none).
 */
export function continuityMeasure(
  patient: Pick<MeasurePatient, 'birthDate' | 'diagnoses' | 'startDates' | 'medicationEvents'>,
  period: MeasurePeriod,
  settings: ClinicalSettings = DEFAULT_CLINICAL_SETTINGS,
): MeasureOutcome {
  if (!patient.diagnoses.includes('OUD')) return excluded('no_oud_diagnosis');
  const episode = indexEpisode(patient.startDates, period);
  if (episode === null) return excluded('no_start_in_period');
  const events = patient.medicationEvents.filter((e) => isInEpisode(e.occurredOn, episode, period.asOf));
  const ipsd = events
    .filter((e) => givesNaltrexone(e, settings))
    .map((e) => e.occurredOn)
    .sort()[0];
  // HEDIS's intake period holds the IPSD: naltrexone only after the period does not count.
  if (ipsd === undefined || ipsd > period.to) return excluded('no_pharmacotherapy');
  if (ageOn(patient.birthDate, ipsd) < MEASURE_CONSTANTS.podMinAge) return excluded('under_age');
  const end = addDays(ipsd, MEASURE_CONSTANTS.podTreatmentDays - 1);
  if (end > period.asOf) return excluded('follow_up_not_over');

  // With gapMinDays 1 every run of uncovered days is listed, so the longest one can be shown.
  const { gaps } = computeAdherence({
    events,
    from: ipsd,
    to: end,
    settings: { ...settings, gapMinDays: 1 },
    xrCoverageDays: settings.hedisXrInjectionCoverageDays,
    sameDayFills: 'longest',
  });
  const longestGap = Math.max(0, ...gaps.map((gap) => gap.days));
  return counted(longestGap < settings.gapMinDays, longestGap, ipsd);
}
