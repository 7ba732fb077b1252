import { addDays } from '../clinical-date.js';
import { type ClinicalSettings, DEFAULT_CLINICAL_SETTINGS } from '../clinical-settings.js';
import { isEarlyRelapse, relapseDetectionLagDays, relapseEpisodes } from '../relapse.js';
import { counted, excluded, type MeasureOutcome, type MeasurePatient, type MeasurePeriod } from './measure-types.js';
import { dayNumber, dayOf, indexEpisode, isInEpisode } from './treatment-episode.js';

/**
 * Early-relapse rate (lower is better).
 * - Denominator: patients whose first naltrexone start in the period (see indexEpisode) is past its
 *   early window and every relapse with onset in it could have been detected: day
 *   settings.earlyRelapseDays (84, twelve weeks; the start is day 1) plus the rules' longest
 *   detection window (relapseDetectionLagDays: X:BOT's 4 weeks, 28 days), day 112, is on or before
 *   today. A patient's outcome therefore never changes once they are counted.
 * - Relapses: the episodes the relapse rules find in the course's observations (X:BOT for OUD, with
 *   an unscreened week of the screening schedule counting as a week of use; a heavy drinking day for
 *   AUD), and those stored (confirmed or recorded by a clinician), dated by onset.
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
  const followUpDays = settings.earlyRelapseDays + relapseDetectionLagDays(settings);
  if (dayOf(episode.startedOn, followUpDays) > period.asOf) return excluded('follow_up_not_over');

  const detected = relapseEpisodes({
    diagnoses: patient.diagnoses,
    sex: patient.sex,
    naltrexoneStartedOn: episode.startedOn,
    observations: patient.observations.filter((o) => isInEpisode(o.observedOn, episode, period.asOf)),
    // The course ends the day before a re-induction: its screening schedule ends there too.
    today:
      episode.nextStartOn !== null && episode.nextStartOn <= period.asOf
        ? addDays(episode.nextStartOn, -1)
        : period.asOf,
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
