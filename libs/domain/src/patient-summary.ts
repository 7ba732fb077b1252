import { attendanceRate, isAttended, noShowsInARow, type SessionStatus } from './attendance.js';
import { type CaseloadFlag, caseloadFlags, earlyRelapseActive } from './caseload-flags.js';
import { addDays, type ClinicalDate, daysBetween } from './clinical-date.js';
import { type ClinicalSettings, DEFAULT_CLINICAL_SETTINGS } from './clinical-settings.js';
import { computeAdherence, lastCoveredDay, supplyOf } from './coverage.js';
import { laterOf } from './day-index.js';
import { type InjectionStatusResult, injectionStatus, latestInjectionOn } from './injection.js';
import type { Formulation, MedicationEventInput } from './medication.js';
import { isValidPacsItems, pacsTotal } from './observations.js';
import { caseloadPdcWindow } from './pdc-window.js';
import { type RecordedRelapse, type RelapseObservation, relapseEpisodes } from './relapse.js';
import { latestPositiveItem9On } from './safety.js';
import type { Diagnosis, PatientStatus, Sex } from './vocabulary.js';

export interface SummarySession {
  /** ISO 8601 instant. */
  scheduledAt: string;
  /** The clinic day of scheduledAt. */
  scheduledOn: ClinicalDate;
  status: SessionStatus;
}

export interface PacsObservation {
  kind: 'pacs';
  observedOn: ClinicalDate;
  items: readonly number[];
}

export interface MeasuredObservation {
  kind: 'craving_vas' | 'breath_alcohol';
  observedOn: ClinicalDate;
  value: number;
}

/** A PHQ-9's item answers: item 9 raises the suicide_risk flag. */
export interface Phq9Observation {
  kind: 'phq9';
  observedOn: ClinicalDate;
  items: readonly number[];
}

export type SummaryObservation = RelapseObservation | PacsObservation | MeasuredObservation | Phq9Observation;

export interface PatientSummaryInput {
  today: ClinicalDate;
  sex: Sex;
  diagnoses: readonly Diagnosis[];
  status: PatientStatus;
  /** The current (latest) naltrexone start. */
  naltrexoneStart: { startedOn: ClinicalDate; formulation: Formulation } | null;
  medicationEvents: readonly MedicationEventInput[];
  sessions: readonly SummarySession[];
  observations: readonly SummaryObservation[];
  /** Relapses stored by the API (detected earlier or recorded by a clinician). */
  recordedRelapses: readonly RecordedRelapse[];
  hasApprovedDiscontinuation: boolean;
  /** Latest resolution of a "stopped without approval" flag. */
  stopResolvedOn?: ClinicalDate | null;
  /** Day the approved taper or stop in force began. */
  taperStartedOn?: ClinicalDate | null;
  /** Days on which a clinician recorded a safety assessment. */
  safetyAssessedOn?: readonly ClinicalDate[];
}

export interface PatientSummary {
  formulation: Formulation | null;
  startedOn: ClinicalDate | null;
  /** The start day is day 1; null without a start. */
  daysOnNaltrexone: number | null;
  pdc30: number | null;
  pdc90: number | null;
  lastDoseOn: ClinicalDate | null;
  lastOralDoseOn: ClinicalDate | null;
  injection: InjectionStatusResult;
  /** Last day supply covers; may be after today. */
  coveredThrough: ClinicalDate | null;
  attendanceRate90: number | null;
  /** Last session the patient attended (on time or late). */
  lastSessionOn: ClinicalDate | null;
  /** The patient's last visit: the last session attended or dose given in clinic (an injection or an administered tablet). */
  lastVisitOn: ClinicalDate | null;
  noShowsInARow: number;
  latestPacs: number | null;
  latestPacsOn: ClinicalDate | null;
  lastPositiveScreenOn: ClinicalDate | null;
  /** Relapse episodes of the current course. */
  relapseCount: number;
  /** Onset of the latest episode. */
  lastRelapseOn: ClinicalDate | null;
  /** The last day of use in any episode of the current course. */
  lastRelapseUseOn: ClinicalDate | null;
  /** An episode of the current course is ongoing. */
  relapseOngoing: boolean;
  /** The early_relapse flag's condition: an early relapse of this course, ongoing or ended recently. */
  earlyRelapse: boolean;
  flags: CaseloadFlag[];
}

/** Statuses in which the team expects the patient to be taking naltrexone. */
export const ON_NALTREXONE_STATUSES: readonly PatientStatus[] = ['inducting', 'active', 'tapering'];

const RELAPSE_KINDS: readonly string[] = ['uds', 'self_reported_use', 'drinks'];

function isRelapseObservation(o: SummaryObservation): o is RelapseObservation {
  return RELAPSE_KINDS.includes(o.kind);
}

function latest(dates: Iterable<ClinicalDate>): ClinicalDate | null {
  let result: ClinicalDate | null = null;
  for (const d of dates) result = laterOf(result, d);
  return result;
}

/**
 * The caseload row for one patient as of `today`. Records dated after today are ignored, and
 * every value is a max, count or set over the inputs, so input order never matters.
 */
export function summarizePatient(
  input: PatientSummaryInput,
  settings: ClinicalSettings = DEFAULT_CLINICAL_SETTINGS,
): PatientSummary {
  const { today } = input;
  const startedOn = input.naltrexoneStart?.startedOn ?? null;
  const formulation = input.naltrexoneStart?.formulation ?? null;

  // Medication
  const events = input.medicationEvents.filter((e) => e.occurredOn <= today);
  const fills = events.filter((e) => supplyOf(e, settings).days > 0);
  // Adherence belongs to the current start: coverage from an earlier episode must not dilute it.
  const pdcOverLast = (windowDays: number): number | null => {
    const window = caseloadPdcWindow(today, startedOn, windowDays);
    return window === null ? null : computeAdherence({ events, from: window.from, to: today, settings }).pdc;
  };

  // Therapy
  const sessions = input.sessions.filter((s) => s.scheduledOn <= today);
  const windowStart = addDays(today, -89);

  // Observations
  const observations = input.observations.filter((o) => o.observedOn <= today);
  const pacs = latestPacs(observations);

  // Relapses of the current course: detected ones, and stored ones (which absorb the same episode).
  const relapses = relapseEpisodes({
    diagnoses: input.diagnoses,
    sex: input.sex,
    naltrexoneStartedOn: startedOn,
    observations: observations.filter(isRelapseObservation),
    recorded: input.recordedRelapses,
    today,
    settings,
  });

  const lastSessionOn = latest(sessions.filter((s) => isAttended(s.status)).map((s) => s.scheduledOn));
  const summary: Omit<PatientSummary, 'flags'> = {
    formulation,
    startedOn,
    daysOnNaltrexone: startedOn === null ? null : Math.max(0, daysBetween(startedOn, today) + 1),
    pdc30: pdcOverLast(30),
    pdc90: pdcOverLast(90),
    lastDoseOn: latest(fills.map((e) => e.occurredOn)),
    lastOralDoseOn: latest(fills.filter((e) => e.formulation === 'oral').map((e) => e.occurredOn)),
    injection: injectionStatus(latestInjectionOn(events, today), today, settings),
    coveredThrough: lastCoveredDay(events, settings),
    attendanceRate90: attendanceRate(sessions.filter((s) => s.scheduledOn >= windowStart)),
    lastSessionOn,
    lastVisitOn: laterOf(
      lastSessionOn,
      latest(events.filter((e) => e.kind === 'administered').map((e) => e.occurredOn)),
    ),
    noShowsInARow: noShowsInARow(sessions),
    latestPacs: pacs?.total ?? null,
    latestPacsOn: pacs?.observedOn ?? null,
    lastPositiveScreenOn: latest(observations.filter(isPositiveScreen).map((o) => o.observedOn)),
    relapseCount: relapses.length,
    lastRelapseOn: latest(relapses.map((r) => r.onsetOn)),
    lastRelapseUseOn: latest(relapses.map((r) => r.lastUseOn)),
    relapseOngoing: relapses.some((r) => r.endedOn === null),
    earlyRelapse: earlyRelapseActive(relapses, today, settings),
  };
  const onNaltrexone = startedOn !== null && startedOn <= today && ON_NALTREXONE_STATUSES.includes(input.status);
  const flags = caseloadFlags(
    {
      ...summary,
      today,
      onNaltrexone,
      treatedSinceStart: startedOn !== null && fills.some((e) => e.occurredOn >= startedOn),
      relapses,
      hasApprovedDiscontinuation: input.hasApprovedDiscontinuation,
      stopResolvedOn: input.stopResolvedOn ?? null,
      taperStartedOn: input.taperStartedOn ?? null,
      positiveItem9On: latestPositiveItem9On(observations.filter((o) => o.kind === 'phq9')),
      lastSafetyAssessmentOn: latest((input.safetyAssessedOn ?? []).filter((day) => day <= today)),
    },
    settings,
  );
  return { ...summary, flags };
}

/** The latest valid PACS; two on the same day give the higher total (the cautious reading). */
function latestPacs(observations: readonly SummaryObservation[]): { total: number; observedOn: ClinicalDate } | null {
  let best: { total: number; observedOn: ClinicalDate } | null = null;
  for (const o of observations) {
    if (o.kind !== 'pacs' || !isValidPacsItems(o.items)) continue;
    const total = pacsTotal(o.items);
    if (best === null || o.observedOn > best.observedOn || (o.observedOn === best.observedOn && total > best.total)) {
      best = { total, observedOn: o.observedOn };
    }
  }
  return best;
}

/** Any substance positive on a drug screen, or alcohol on a breath test. */
function isPositiveScreen(o: SummaryObservation): boolean {
  if (o.kind === 'uds') return Object.values(o.results ?? {}).includes('positive');
  if (o.kind === 'breath_alcohol') return o.value > 0;
  return false;
}
