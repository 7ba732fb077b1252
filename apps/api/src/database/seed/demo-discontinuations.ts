import { addDays, type ClinicalDate } from '@naltrack/domain';
import { demoEmail } from './demo-names.js';
import { completedSwitch, pendingSwitch } from './demo-switches.js';
import type { DemoCourse, DemoDiscontinuation, DemoPatient } from './demo-types.js';

type Person = Omit<DemoPatient, keyof DemoCourse | 'discontinuations'>;

const REASON = 'Stable on naltrexone for over six months, attends therapy, asks to come off.';

/** Approval by the team's prescriber and therapist; the nurse proposes. */
function approvedBy(teamCode: string): DemoDiscontinuation['decisions'] {
  return [
    { clinician: demoEmail('prescriber', teamCode), decision: 'approve', comment: 'Agree: stable, low cravings.' },
    { clinician: demoEmail('therapist', teamCode), decision: 'approve', comment: 'Agree; keep weekly sessions.' },
  ];
}

function request(
  person: Person,
  course: DemoCourse,
  today: ClinicalDate,
  fields: Partial<DemoDiscontinuation> & Pick<DemoDiscontinuation, 'status'>,
): DemoDiscontinuation {
  const oral = course.starts.at(-1)?.formulation === 'oral';
  const effectiveOn = fields.effectiveOn ?? addDays(today, 28);
  return {
    kind: oral ? 'taper' : 'stop',
    reasonCode: 'clinical_stability',
    reason: REASON,
    effectiveOn,
    // Oral tapers step down to the effective day; XR-NTX simply stops after its last injection.
    plan: oral
      ? [
          { startsOn: addDays(effectiveOn, -27), doseMg: 25 },
          { startsOn: addDays(effectiveOn, -13), doseMg: 12.5 },
        ]
      : [],
    proposedBy: demoEmail('nurse', person.teamCode),
    decisions: [],
    startedOn: null,
    completedOn: null,
    switchTo: null,
    switchPlan: null,
    switchFacts: null,
    handOffNote: null,
    ...fields,
  };
}

/**
 * The team's discontinuation work over the cohort: every tapering patient has an approved request
 * under way (from the day the trajectory began the taper), every discontinued patient a completed
 * one (a few a switch, see demo-switches.ts), one struggling patient a pending switch, and stable
 * patients a spread of pending, approved, rejected and withdrawn proposals.
 */
export function withDiscontinuations(
  person: Person,
  course: DemoCourse,
  today: ClinicalDate,
  ordinal: number,
): DemoPatient {
  const patient: DemoPatient = { ...person, ...course, discontinuations: [] };
  const switched = completedSwitch(patient, ordinal) ?? pendingSwitch(patient, ordinal, today);
  if (switched) return switched;
  const discontinuations: DemoDiscontinuation[] = [];
  if (course.status === 'tapering') {
    // The trajectory decided when the taper began (and any relapse during it).
    const startedOn = course.taperStartedOn ?? today;
    discontinuations.push(
      request(person, course, today, { status: 'in_taper', decisions: approvedBy(person.teamCode), startedOn }),
    );
  } else if (course.status === 'discontinued') {
    const lastDose = course.medicationEvents.at(-1)?.occurredOn ?? today;
    discontinuations.push(
      request(person, course, today, {
        status: 'completed',
        decisions: approvedBy(person.teamCode),
        effectiveOn: lastDose,
        startedOn: addDays(lastDose, -28),
        completedOn: lastDose,
      }),
    );
  } else if (course.variant === 'stable' && course.status === 'active') {
    const [prescriberApproves, therapistApproves] = approvedBy(person.teamCode);
    const spread: DemoDiscontinuation[] = [
      request(person, course, today, { status: 'pending' }),
      request(person, course, today, { status: 'pending', decisions: prescriberApproves ? [prescriberApproves] : [] }),
      request(person, course, today, { status: 'approved', decisions: approvedBy(person.teamCode) }),
      request(person, course, today, {
        status: 'rejected',
        decisions: [
          ...(prescriberApproves ? [prescriberApproves] : []),
          {
            clinician: therapistApproves?.clinician ?? demoEmail('therapist', person.teamCode),
            decision: 'reject',
            comment: 'Too soon: cravings rose last month.',
          },
        ],
      }),
      request(person, course, today, { status: 'withdrawn' }),
    ];
    const chosen = spread[ordinal % (spread.length + 3)];
    if (chosen) discontinuations.push(chosen);
  }
  return { ...patient, discontinuations };
}
