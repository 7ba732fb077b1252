import {
  caseloadPdcWindow,
  computeAdherence,
  injectionStatus,
  latestInjectionOn,
  summarizePatient,
} from '@naltrack/domain';
import type { MedicationEvent } from '../../api/medication';
import type { Adherence, Patient } from '../../api/patients';
import { PATIENT, PATIENT_ID } from './patient-fixtures';

/**
 * A patient re-started inside the last 90 days after an earlier course: one injection on 5 Apr,
 * nothing for weeks, then a new start and injection on 12 Jun. The caseload row and the adherence
 * endpoint are built by the rules the API runs, so the page shows what the API would send.
 */
export const RESTART_TODAY = '2026-07-01';
export const RESTARTED_ON = '2026-06-12';

const injection = (id: string, occurredOn: string): MedicationEvent => ({
  id,
  patientId: PATIENT_ID,
  kind: 'administered',
  formulation: 'xr_injection',
  occurredOn,
  daysSupply: null,
  doseMg: 380,
  observed: null,
  lot: id,
  site: 'left gluteal',
  note: null,
  createdAt: `${occurredOn}T14:00:00.000Z`,
});

export const RESTART_EVENTS: MedicationEvent[] = [injection('m4', RESTARTED_ON), injection('m3', '2026-04-05')];

const summary = summarizePatient({
  today: RESTART_TODAY,
  sex: PATIENT.sex,
  diagnoses: PATIENT.diagnoses,
  status: 'active',
  naltrexoneStart: { startedOn: RESTARTED_ON, formulation: 'xr_injection' },
  medicationEvents: RESTART_EVENTS,
  sessions: [],
  observations: [],
  recordedRelapses: [],
  hasApprovedDiscontinuation: false,
});

export const RESTARTED_PATIENT: Patient = {
  ...PATIENT,
  metrics: PATIENT.metrics && {
    ...PATIENT.metrics,
    asOf: RESTART_TODAY,
    startedOn: RESTARTED_ON,
    daysOnNaltrexone: summary.daysOnNaltrexone,
    pdc30: summary.pdc30,
    pdc90: summary.pdc90,
  },
};

/** GET /adherence without a period, as the API answers it: the caseload's PDC window. */
export function adherenceOver(from: string, sinceStart: boolean): Adherence {
  const result = computeAdherence({ events: RESTART_EVENTS, from, to: RESTART_TODAY });
  return {
    from,
    to: RESTART_TODAY,
    sinceStart,
    ...result,
    adherent: result.pdc !== null && result.pdc >= 0.8,
    injection: injectionStatus(latestInjectionOn(RESTART_EVENTS, RESTART_TODAY), RESTART_TODAY),
  };
}

const pdcWindow = caseloadPdcWindow(RESTART_TODAY, RESTARTED_ON, 90);
export const RESTART_ADHERENCE: Adherence = adherenceOver(
  pdcWindow?.from ?? RESTART_TODAY,
  pdcWindow?.sinceStart ?? false,
);
