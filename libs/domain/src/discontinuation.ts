import { type ClinicalDate, daysBetween } from './clinical-date.js';
import type { Formulation } from './medication.js';
import type { Role } from './vocabulary.js';

export const DISCONTINUATION_KINDS = ['taper', 'stop', 'switch'] as const;
export type DiscontinuationKind = (typeof DISCONTINUATION_KINDS)[number];

export const DISCONTINUATION_REASONS = [
  'clinical_stability',
  'patient_request',
  'adverse_effect',
  'pregnancy',
  'lack_of_efficacy',
  'patient_preference',
  'other',
] as const;
export type DiscontinuationReason = (typeof DISCONTINUATION_REASONS)[number];

/** pending -> approved | rejected | withdrawn; approved -> in_taper -> completed. */
export const DISCONTINUATION_STATUSES = [
  'pending',
  'approved',
  'rejected',
  'withdrawn',
  'in_taper',
  'completed',
] as const;
export type DiscontinuationStatus = (typeof DISCONTINUATION_STATUSES)[number];

export const CLOSED_STATUSES: readonly DiscontinuationStatus[] = ['rejected', 'withdrawn', 'completed'];

export type Decision = 'approve' | 'reject';

export interface RequiredApproval {
  role: Role;
}

/** One prescriber and one therapist by default; a team may also require its lead. */
export function requiredApprovals(options: { requireTeamLead?: boolean } = {}): RequiredApproval[] {
  const required: RequiredApproval[] = [{ role: 'prescriber' }, { role: 'therapist' }];
  if (options.requireTeamLead) required.push({ role: 'team_lead' });
  return required;
}

export interface RecordedDecision {
  clinicianId: string;
  /** The decider's roles when deciding. */
  roles: readonly Role[];
  decision: Decision;
}

/**
 * Whether distinct approvers (never the proposer) cover every required role: each approver fills
 * at most one required role, found by matching so a clinician holding two roles cannot fill both.
 */
export function approvalsMet(
  required: readonly RequiredApproval[],
  decisions: readonly RecordedDecision[],
  proposerId: string,
): boolean {
  const approvers = decisions.filter((d) => d.decision === 'approve' && d.clinicianId !== proposerId);
  const assigned = new Map<number, string>();
  const tryAssign = (approver: RecordedDecision, seen: Set<number>): boolean => {
    for (const [index, requirement] of required.entries()) {
      if (!approver.roles.includes(requirement.role) || seen.has(index)) continue;
      seen.add(index);
      const holder = assigned.get(index);
      const holderDecision = approvers.find((a) => a.clinicianId === holder);
      if (holder === undefined || (holderDecision && tryAssign(holderDecision, seen))) {
        assigned.set(index, approver.clinicianId);
        return true;
      }
    }
    return false;
  };
  for (const approver of approvers) tryAssign(approver, new Set());
  return assigned.size === required.length;
}

/** The status of a pending request after its decisions: one rejection rejects. */
export function statusAfterDecisions(
  required: readonly RequiredApproval[],
  decisions: readonly RecordedDecision[],
  proposerId: string,
): 'pending' | 'approved' | 'rejected' {
  if (decisions.some((d) => d.decision === 'reject')) return 'rejected';
  return approvalsMet(required, decisions, proposerId) ? 'approved' : 'pending';
}

export type DecisionRefusal =
  | { status: 409; code: 'REQUEST_CLOSED' | 'ALREADY_DECIDED'; message: string }
  | { status: 403; code: 'PROPOSER_CANNOT_DECIDE' | 'NOT_AN_APPROVER'; message: string };

/** Why a clinician may not decide on a request, or null when they may. */
export function decisionRefusal(input: {
  status: DiscontinuationStatus;
  proposerId: string;
  clinicianId: string;
  clinicianRoles: readonly Role[];
  required: readonly RequiredApproval[];
  decisions: readonly RecordedDecision[];
}): DecisionRefusal | null {
  if (input.status !== 'pending') {
    return { status: 409, code: 'REQUEST_CLOSED', message: `The request is ${input.status}; decisions are closed` };
  }
  if (input.clinicianId === input.proposerId) {
    return { status: 403, code: 'PROPOSER_CANNOT_DECIDE', message: 'The proposer cannot decide on their own request' };
  }
  if (!input.required.some((r) => input.clinicianRoles.includes(r.role))) {
    return { status: 403, code: 'NOT_AN_APPROVER', message: 'Your role is not one this request needs' };
  }
  if (input.decisions.some((d) => d.clinicianId === input.clinicianId)) {
    return { status: 409, code: 'ALREADY_DECIDED', message: 'You have already decided on this request' };
  }
  return null;
}

export interface TaperStep {
  startsOn: ClinicalDate;
  doseMg: number;
}

/** Problems with a proposal's plan, each naming its field; empty when the plan is sound. */
export function taperPlanProblems(input: {
  kind: DiscontinuationKind;
  formulation: Formulation | null;
  effectiveOn: ClinicalDate;
  today: ClinicalDate;
  plan: readonly TaperStep[];
}): { field: string; message: string }[] {
  const problems: { field: string; message: string }[] = [];
  if (daysBetween(input.today, input.effectiveOn) < 0) {
    problems.push({ field: 'effectiveOn', message: 'effectiveOn must not be in the past' });
  }
  if (input.plan.length === 0) {
    if (input.kind === 'taper' && input.formulation !== 'xr_injection') {
      problems.push({ field: 'plan', message: 'a taper needs a plan of at least one step' });
    }
    return problems;
  }
  if (input.formulation === 'xr_injection') {
    problems.push({ field: 'plan', message: 'XR-NTX is not tapered: it stops after its last injection' });
    return problems;
  }
  if (input.kind === 'stop') problems.push({ field: 'plan', message: 'a stop has no taper plan' });
  input.plan.forEach((step, i) => {
    const previous = input.plan[i - 1];
    if (previous && step.startsOn <= previous.startsOn) {
      problems.push({ field: `plan.${i}.startsOn`, message: 'steps must start on later days, in order' });
    }
    if (previous && step.doseMg >= previous.doseMg) {
      problems.push({ field: `plan.${i}.doseMg`, message: 'each step must lower the dose' });
    }
    if (step.startsOn > input.effectiveOn) {
      problems.push({ field: `plan.${i}.startsOn`, message: 'the plan must end by effectiveOn' });
    }
  });
  return problems;
}
