import {
  addDays,
  type ClinicalDate,
  type SwitchMedication,
  type SwitchTo,
  startsUnderBlockade,
  switchFacts,
} from '@naltrack/domain';
import { demoEmail } from './demo-names.js';
import { summarizeDemoPatient } from './demo-summary.js';
import type { DemoDecision, DemoDiscontinuation, DemoPatient } from './demo-types.js';

/** Discontinued patients (by their ordinal in the team) whose course a completed switch ended. */
const SWITCHED_TO_THIS_TEAM_ORDINAL = 4;
const SWITCHED_TO_OTHER_PROGRAM_ORDINAL = 5;
/**
 * The struggling patient with a pending switch: a positive_screen one, clear of the safety story's 2
 * and 3, and (with the default seed) named like no early-relapse patient of the team, whom the
 * browser journeys find in the approvals inbox by name.
 */
const PENDING_SWITCH_ORDINAL = 6;

/** Who takes over when another program prescribes: an opioid treatment program for methadone, primary care otherwise. */
export const DEMO_SWITCH_PROGRAMS = {
  OUD: 'Harbor Opioid Treatment Program',
  AUD: 'Riverside Primary Care',
} as const;

/** The new medication starts when the last injection's blockade (or the last 28-day supply) runs out. */
const DAYS_TO_NEW_MEDICATION = 28;

const UNDER_BLOCKADE_PLAN =
  'Low-dose buprenorphine start while the injection still blocks; the prescriber reviews daily until it ends.';

/** An OUD patient moves to an opioid agonist, an AUD patient to acamprosate (or disulfiram elsewhere). */
function medicationFor(patient: DemoPatient, prescribedBy: SwitchTo['prescribedBy']): SwitchMedication {
  const oud = patient.diagnoses.includes('OUD');
  if (prescribedBy === 'this_team') return oud ? 'buprenorphine' : 'acamprosate';
  return oud ? 'methadone' : 'disulfiram';
}

function targetFor(patient: DemoPatient, prescribedBy: SwitchTo['prescribedBy']): SwitchTo {
  const program = DEMO_SWITCH_PROGRAMS[patient.diagnoses.includes('OUD') ? 'OUD' : 'AUD'];
  return {
    medication: medicationFor(patient, prescribedBy),
    prescribedBy,
    program: prescribedBy === 'other_program' ? program : null,
  };
}

/** The patient's records up to a day: what the caseload showed when the switch was proposed. */
function recordsUpTo(patient: DemoPatient, day: ClinicalDate): DemoPatient {
  return {
    ...patient,
    medicationEvents: patient.medicationEvents.filter((e) => e.occurredOn <= day),
    sessions: patient.sessions.filter((s) => s.scheduledOn <= day),
    observations: patient.observations.filter((o) => o.observedOn <= day),
    relapses: patient.relapses.filter((r) => r.onsetOn <= day),
  };
}

/** The facts approvers saw, computed as the API does when the switch is proposed on `proposedOn`. */
function switchRequest(
  patient: DemoPatient,
  proposedOn: ClinicalDate,
  effectiveOn: ClinicalDate,
  fields: Pick<DemoDiscontinuation, 'reasonCode' | 'reason' | 'status' | 'decisions' | 'switchTo'> &
    Partial<DemoDiscontinuation>,
): DemoDiscontinuation {
  const summary = summarizeDemoPatient(recordsUpTo(patient, proposedOn), proposedOn);
  const facts = switchFacts({
    relapseCount: summary.relapseCount,
    lastRelapseUseOn: summary.lastRelapseUseOn,
    relapseOngoing: summary.relapseOngoing,
    pdc90: summary.pdc90,
    formulation: patient.starts.at(-1)?.formulation ?? null,
    lastInjectionOn: summary.injection.lastOn,
  });
  const { switchTo } = fields;
  const underBlockade = switchTo !== null && startsUnderBlockade(switchTo.medication, effectiveOn, facts);
  return {
    kind: 'switch',
    effectiveOn,
    plan: [],
    proposedBy: demoEmail('nurse', patient.teamCode),
    startedOn: null,
    completedOn: null,
    switchPlan: underBlockade ? UNDER_BLOCKADE_PLAN : null,
    switchFacts: facts,
    handOffNote: null,
    ...fields,
  };
}

function switchApprovals(teamCode: string): DemoDecision[] {
  return [
    { clinician: demoEmail('prescriber', teamCode), decision: 'approve', comment: 'Agree: the patient prefers it.' },
    { clinician: demoEmail('therapist', teamCode), decision: 'approve', comment: 'Agree; sessions continue.' },
  ];
}

/**
 * Two discontinued patients of each team came off naltrexone by a switch the patient asked for,
 * completed with the hand-off: one to a medication this team prescribes, one to another program.
 * Their status is `switched`; the course's records stay as the trajectory built them.
 */
export function completedSwitch(patient: DemoPatient, ordinal: number): DemoPatient | null {
  const prescribedBy =
    ordinal === SWITCHED_TO_THIS_TEAM_ORDINAL
      ? 'this_team'
      : ordinal === SWITCHED_TO_OTHER_PROGRAM_ORDINAL
        ? 'other_program'
        : null;
  if (patient.trajectory !== 'discontinued' || prescribedBy === null) return null;
  const lastDose = patient.medicationEvents.at(-1)?.occurredOn;
  if (!lastDose) return null;
  const switchTo = targetFor(patient, prescribedBy);
  const effectiveOn = addDays(lastDose, DAYS_TO_NEW_MEDICATION);
  const handOffNote = switchTo.program
    ? `Referred to ${switchTo.program}; intake booked for the day naltrexone ran out, records sent with consent.`
    : 'First dose with the team on the day naltrexone ran out; pharmacy informed.';
  const request = switchRequest(patient, lastDose, effectiveOn, {
    reasonCode: 'patient_preference',
    reason: 'The patient prefers another medication after months on naltrexone.',
    status: 'completed',
    decisions: switchApprovals(patient.teamCode),
    switchTo,
    completedOn: effectiveOn,
    handOffNote,
  });
  return { ...patient, status: 'switched', discontinuations: [request] };
}

/**
 * One struggling patient of each team, who lapsed despite taking naltrexone, with a switch proposed
 * today for lack of efficacy and awaiting the team's approval; a plan when an agonist would start
 * under the XR-NTX blockade.
 */
export function pendingSwitch(patient: DemoPatient, ordinal: number, today: ClinicalDate): DemoPatient | null {
  if (patient.trajectory !== 'struggling' || ordinal !== PENDING_SWITCH_ORDINAL) return null;
  const request = switchRequest(patient, today, addDays(today, 14), {
    reasonCode: 'lack_of_efficacy',
    reason: 'A lapse this month despite taking naltrexone as prescribed; the team considers another medication.',
    status: 'pending',
    decisions: [],
    switchTo: targetFor(patient, 'this_team'),
  });
  return { ...patient, discontinuations: [request] };
}
