import type {
  CaseloadFlag,
  ClinicalDate,
  CravingCue,
  Diagnosis,
  DiscontinuationKind,
  DiscontinuationStatus,
  Formulation,
  InstrumentScore,
  MedicationEventRecord,
  ObservationKind,
  PatientStatus,
  RelapseRule,
  RelapseSubstance,
  ScreenResult,
  SessionStatus,
  SessionType,
  Sex,
} from '@naltrack/domain';

/** One patient's records for an export, as the export query aggregates them. */
export interface ExportPatient {
  id: string;
  mrn: string;
  givenName: string;
  familyName: string;
  birthDate: ClinicalDate;
  sex: Sex;
  diagnoses: Diagnosis[];
  status: PatientStatus;
  careTeamId: string;
  careTeamName: string;
  /** Oldest first. */
  starts: ExportStart[];
  medicationEvents: ExportMedicationEvent[];
  /** Sessions of the period only. */
  sessions: ExportSession[];
  observations: ExportObservation[];
  relapses: ExportRelapse[];
  discontinuations: ExportDiscontinuation[];
  /** Every consent the patient gave, for FHIR exports only; empty otherwise. */
  consents: ExportConsent[];
  /** The caseload's current flags (not the period's), as computed on `flagsAsOf`. */
  flags: CaseloadFlag[];
  /** The clinic day the caseload row was computed for; null when the patient has none. */
  flagsAsOf: ClinicalDate | null;
  /** A switched patient handed to another program: that program (the caseload row's); null otherwise. */
  switchedToProgram: string | null;
}

export interface ExportStart {
  id: string;
  startedOn: ClinicalDate;
  formulation: Formulation;
  doseMg: number;
  isReinduction: boolean;
}

/** Free-text notes stay out of exports. */
export interface ExportMedicationEvent extends Omit<MedicationEventRecord, 'note'> {
  id: string;
}

export interface ExportSession {
  id: string;
  /** ISO 8601 instant. */
  scheduledAt: string;
  scheduledOn: ClinicalDate;
  type: SessionType;
  status: SessionStatus;
  modality: string | null;
}

export interface ExportObservation {
  id: string;
  kind: ObservationKind;
  observedOn: ClinicalDate;
  items: number[] | null;
  value: number | null;
  results: Record<string, ScreenResult> | null;
  substance: string | null;
  /** An instrument's score as recorded. */
  score: InstrumentScore | null;
  /** PACS and VAS: the cues recorded (the note for the cue other is free text and stays out). */
  cues: CravingCue[] | null;
}

export interface ExportRelapse {
  id: string;
  onsetOn: ClinicalDate;
  /** The last day of use the clinician stated; null when they did not. */
  lastUseOn: ClinicalDate | null;
  substance: RelapseSubstance;
  source: 'detected' | 'recorded';
  rule: RelapseRule | null;
  early: boolean;
}

export interface ExportDiscontinuation {
  id: string;
  kind: DiscontinuationKind;
  status: DiscontinuationStatus;
  /** The clinic day it was proposed. */
  proposedOn: ClinicalDate;
  effectiveOn: ClinicalDate;
  startedOn: ClinicalDate | null;
  completedOn: ClinicalDate | null;
}

export interface ExportConsent {
  id: string;
  recipient: string;
  purpose: string;
  scope: string[];
  effectiveOn: ClinicalDate;
  expiresOn: ClinicalDate;
  /** ISO 8601 instants. */
  revokedAt: string | null;
  createdAt: string;
  /** Effective, not expired and not revoked on the clinic's today. */
  inForce: boolean;
}
