import {
  type ClinicalDate,
  type ClinicalSettings,
  type Diagnosis,
  evaluateReadiness,
  type Formulation,
  type ReadinessResult,
  type SwitchFacts,
  type SwitchTo,
  switchFacts,
  switchProblems,
  type TaperStep,
  taperPlanProblems,
} from '@naltrack/domain';
import type { PatientSummaryRow } from '../caseload/patient-summary.entity.js';
import { ApiException } from '../common/errors/api-exception.js';
import { ErrorCode } from '../common/errors/error-code.js';
import type { ProposeDiscontinuationDto } from './dto/discontinuation.dto.js';

/** The kind-specific columns of a new request: a taper's plan and readiness, or a switch's target and facts. */
export interface ProposalDetails {
  plan: TaperStep[];
  readinessSnapshot: ReadinessResult | null;
  switchTo: SwitchTo | null;
  switchPlan: string | null;
  switchFacts: SwitchFacts | null;
}

interface ProposalContext {
  today: ClinicalDate;
  diagnoses: readonly Diagnosis[];
  start: { startedOn: ClinicalDate; formulation: Formulation };
  summary: PatientSummaryRow;
  settings: ClinicalSettings;
}

type Problem = { field: string; message: string };

function refuse(problems: Problem[]): ApiException {
  return new ApiException(
    400,
    ErrorCode.ValidationFailed,
    `Invalid request: ${problems.map((p) => p.message).join('; ')}`,
    {
      fields: problems.map((p) => ({ field: p.field, messages: [p.message] })),
    },
  );
}

/** Checks a proposal against the record and gives what approvers will see; a 400 naming each bad field. */
export function proposalDetails(dto: ProposeDiscontinuationDto, context: ProposalContext): ProposalDetails {
  return dto.kind === 'switch' ? switchDetails(dto, context) : taperDetails(dto, context);
}

function taperDetails(dto: ProposeDiscontinuationDto, { today, start, summary, settings }: ProposalContext) {
  const plan = Array.isArray(dto.plan) ? dto.plan : [];
  const problems = taperPlanProblems({ ...dto, plan, formulation: start.formulation, today });
  if (problems.length > 0) throw refuse(problems);
  const readinessSnapshot = evaluateReadiness(
    {
      today,
      naltrexoneStartedOn: start.startedOn,
      lastRelapseUseOn: summary.lastRelapseUseOn,
      relapseOngoing: summary.relapseOngoing,
      pdc90: summary.pdc90,
      attendanceRate90: summary.attendanceRate90,
      latestPacs: summary.latestPacs,
    },
    settings,
  );
  return { plan, readinessSnapshot, switchTo: null, switchPlan: null, switchFacts: null };
}

function switchDetails(
  dto: ProposeDiscontinuationDto,
  { today, diagnoses, start, summary, settings }: ProposalContext,
) {
  const { switchTo } = dto;
  if (!switchTo) throw refuse([{ field: 'switchTo', message: 'a switch needs switchTo' }]);
  const plan = dto.plan ?? null;
  if (plan !== null && (typeof plan !== 'string' || plan.length > 4_000)) {
    throw refuse([{ field: 'plan', message: 'plan of a switch must be text of at most 4000 characters' }]);
  }
  const switchPlan = typeof plan === 'string' ? plan.trim() || null : null;
  const facts = switchFacts(
    {
      relapseCount: summary.relapseCount,
      lastRelapseUseOn: summary.lastRelapseUseOn,
      relapseOngoing: summary.relapseOngoing,
      pdc90: summary.pdc90,
      formulation: start.formulation,
      lastInjectionOn: summary.injectionLastOn,
    },
    settings,
  );
  const problems = switchProblems({
    diagnoses,
    switchTo,
    effectiveOn: dto.effectiveOn,
    today,
    plan: switchPlan,
    facts,
  });
  if (problems.length > 0) throw refuse(problems);
  return {
    plan: [],
    readinessSnapshot: null,
    switchTo: {
      medication: switchTo.medication,
      prescribedBy: switchTo.prescribedBy,
      program: switchTo.prescribedBy === 'other_program' ? (switchTo.program?.trim() ?? null) : null,
    },
    switchPlan,
    switchFacts: facts,
  };
}
