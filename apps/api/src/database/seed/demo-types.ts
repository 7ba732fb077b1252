import type {
  ChallengeResult,
  ClinicalDate,
  CopingSkill,
  CravingCue,
  Diagnosis,
  DiscontinuationKind,
  DiscontinuationReason,
  DiscontinuationStatus,
  Formulation,
  InstrumentScore,
  LiverFunctionTests,
  MedicationEventRecord,
  ObservationKind,
  PatientStatus,
  PriorAgonist,
  RelapseSubstance,
  Role,
  SafetyOutcome,
  ScreenResult,
  SessionStatus,
  SessionType,
  Sex,
  SwitchFacts,
  SwitchTo,
  TaperStep,
} from '@naltrack/domain';

/**
 * The demo cohort as plain data, before it meets the database: clinicians are referred to by
 * email (ids are the database's), so the same seed deep-equals the same cohort.
 */
export interface DemoCareTeam {
  code: string;
  name: string;
}

export interface DemoClinician {
  email: string;
  displayName: string;
  roles: Role[];
  /** The care team the clinician belongs to; null for organisation-wide roles. */
  teamCode: string | null;
}

export interface DemoStart {
  formulation: Formulation;
  doseMg: number;
  startedOn: ClinicalDate;
  lastOpioidUseOn: ClinicalDate | null;
  priorAgonist: PriorAgonist | null;
  naloxoneChallenge: ChallengeResult | null;
  opioidScreen: ChallengeResult | null;
  lft: LiverFunctionTests | null;
  isReinduction: boolean;
  startedBy: string;
}

export interface DemoMedicationEvent extends MedicationEventRecord {
  recordedBy: string | null;
}

export interface DemoSession {
  /** ISO 8601 instant, in business hours of the clinic's time zone. */
  scheduledAt: string;
  /** The clinic day of scheduledAt. */
  scheduledOn: ClinicalDate;
  type: SessionType;
  modality: string | null;
  clinician: string;
  status: SessionStatus;
  /** Sessions held: the coping skills practiced. */
  copingSkills?: CopingSkill[];
}

export interface DemoObservation {
  kind: ObservationKind;
  observedOn: ClinicalDate;
  items: number[] | null;
  value: number | null;
  results: Record<string, ScreenResult> | null;
  substance: string | null;
  /** An instrument's score, as the API stores it. */
  score: InstrumentScore | null;
  /** High cravings: what set them off, and what the cue other was. */
  cues?: CravingCue[];
  cueNote?: string;
  recordedBy: string | null;
}

export interface DemoRelapse {
  onsetOn: ClinicalDate;
  substance: RelapseSubstance;
  early: boolean;
  note: string;
  confirmedBy: string;
}

export interface DemoDecision {
  /** The deciding clinician's email. */
  clinician: string;
  decision: 'approve' | 'reject';
  comment: string;
}

/** A discontinuation request with the decisions on it, as the team left it. */
export interface DemoDiscontinuation {
  kind: DiscontinuationKind;
  reasonCode: DiscontinuationReason;
  reason: string;
  effectiveOn: ClinicalDate;
  plan: TaperStep[];
  status: DiscontinuationStatus;
  proposedBy: string;
  decisions: DemoDecision[];
  startedOn: ClinicalDate | null;
  completedOn: ClinicalDate | null;
  /** A switch: the new medication and its prescriber, how it starts, and the facts approvers saw. */
  switchTo: SwitchTo | null;
  switchPlan: string | null;
  switchFacts: SwitchFacts | null;
  /** A completed switch: the hand-off. */
  handOffNote: string | null;
}

export const TRAJECTORY_NAMES = [
  'steady_xr',
  'steady_oral',
  'falling_oral',
  'early_relapse',
  'drop_out',
  'struggling',
  'new_start',
  'discontinued',
] as const;
export type TrajectoryName = (typeof TRAJECTORY_NAMES)[number];

/** What a trajectory decides for one patient: status, dates and every clinical record. */
export interface DemoCourse {
  /** The sub-pattern within the trajectory, e.g. `craving_high`; tests check what it promises. */
  variant: string;
  status: PatientStatus;
  enrolledOn: ClinicalDate;
  /** Oldest first; the last one is the start in force. */
  starts: DemoStart[];
  medicationEvents: DemoMedicationEvent[];
  sessions: DemoSession[];
  observations: DemoObservation[];
  relapses: DemoRelapse[];
  /** The day the team's approved taper (or stop) began, for a tapering patient; null otherwise. */
  taperStartedOn: ClinicalDate | null;
}

/** A safety assessment answering a positive PHQ-9 item 9. */
export interface DemoSafetyAssessment {
  assessedOn: ClinicalDate;
  outcome: SafetyOutcome;
  plan: string;
  /** The assessing clinician's email. */
  assessedBy: string;
}

export interface DemoPatient extends DemoCourse {
  /** Decided after the courses are built (see demo-discontinuations.ts); empty for most. */
  discontinuations: DemoDiscontinuation[];
  /** Decided after the courses are built (see demo-safety.ts); absent for most. */
  safetyAssessments?: DemoSafetyAssessment[];
  teamCode: string;
  mrn: string;
  givenName: string;
  familyName: string;
  birthDate: ClinicalDate;
  sex: Sex;
  diagnoses: Diagnosis[];
  trajectory: TrajectoryName;
}

export interface DemoCohort {
  today: ClinicalDate;
  careTeams: DemoCareTeam[];
  clinicians: DemoClinician[];
  patients: DemoPatient[];
}
