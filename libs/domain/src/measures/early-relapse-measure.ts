import { type ClinicalSettings, DEFAULT_CLINICAL_SETTINGS } from '../clinical-settings.js';
import { detectRelapses, isEarlyRelapse } from '../relapse.js';
import { counted, excluded, type MeasureOutcome, type MeasurePatient, type MeasurePeriod } from './measure-types.js';
import { dayNumber, dayOf, indexEpisode, isInEpisode } from './treatment-episode.js';

/**
 * Early-relapse rate (lower is better).
 * - Denominator: patients whose first naltrexone start in the period (see indexEpisode) is past its
 *   early window: day settings.earlyRelapseDays (84, twelve weeks; the start is day 1) is on or
 *   before today.
 * - Relapses: those the relapse rules detect in the episode's observations (X:BOT for OUD, a heavy
 *   drinking day for AUD), and those stored (confirmed or recorded by a clinician), dated by onset.
 * - Numerator: a relapse with onset within the early window (isEarlyRelapse). A single use is a
 *   lapse, not a relapse. Value: the day number of the episode's first relapse onset; null if none.
 */
export function earlyRelapseMeasure(
  patient: Pick<MeasurePatient, 'sex' | 'diagnoses' | 'startDates' | 'observations' | 'recordedRelapses'>,
  period: MeasurePeriod,
  settings: ClinicalSettings = DEFAULT_CLINICAL_SETTINGS,
): MeasureOutcome {
  const episode = indexEpisode(patient.startDates, period);
  if (episode === null) return excluded('no_start_in_period');
  if (dayOf(episode.startedOn, settings.earlyRelapseDays) > period.asOf) return excluded('follow_up_not_over');

  const detected = detectRelapses({
    diagnoses: patient.diagnoses,
    sex: patient.sex,
    naltrexoneStartedOn: episode.startedOn,
    observations: patient.observations.filter((o) => isInEpisode(o.observedOn, episode, period.asOf)),
    settings,
  });
  const onsets = [...detected, ...patient.recordedRelapses]
    .map((r) => r.onsetOn)
    .filter((day) => isInEpisode(day, episode, period.asOf))
    .sort();
  const first = onsets[0];
  if (first === undefined) return counted(false, null, episode.startedOn);
  return counted(
    isEarlyRelapse(episode.startedOn, first, settings),
    dayNumber(episode.startedOn, first),
    episode.startedOn,
  );
}
