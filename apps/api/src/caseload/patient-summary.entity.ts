import {
  type CaseloadFlag,
  FORMULATIONS,
  type Formulation,
  INJECTION_STATUSES,
  type InjectionStatus,
  PATIENT_STATUSES,
  type PatientStatus,
  SWITCH_MEDICATIONS,
  type SwitchMedication,
} from '@naltrack/domain';
import { Column, Entity, Index, JoinColumn, OneToOne, PrimaryColumn, type Relation, UpdateDateColumn } from 'typeorm';
import { numericTransformer } from '../common/database/numeric-transformer.js';
import { Patient } from '../patients/patient.entity.js';

/**
 * One caseload row per patient, rewritten in the same transaction as every event of the patient
 * (and each day by the refresher, since metrics like PDC and injection status age). The patient's
 * team, status, name and MRN are copied here so that filtering, sorting and keyset paging use one
 * table and its indexes.
 */
@Entity({ name: 'patient_summary' })
// Keyset indexes, one per caseload sort (see caseload-sort.ts): the team, the sort key, the patient.
@Index('patient_summary_team_name_idx', ['careTeamId', 'familyName', 'givenName', 'patientId'])
@Index('patient_summary_team_mrn_idx', ['careTeamId', 'mrn', 'patientId'])
// Sorts on a nullable value order by COALESCE(value, stand-in) so missing values come last both
// ways: expression indexes (created in the caseload-keyset-indexes migration), ascending and
// descending each with their own stand-in.
@Index('patient_summary_team_pdc30_asc_idx', { synchronize: false })
@Index('patient_summary_team_pdc30_desc_idx', { synchronize: false })
@Index('patient_summary_team_pdc90_asc_idx', { synchronize: false })
@Index('patient_summary_team_pdc90_desc_idx', { synchronize: false })
@Index('patient_summary_team_days_on_asc_idx', { synchronize: false })
@Index('patient_summary_team_days_on_desc_idx', { synchronize: false })
@Index('patient_summary_team_injection_due_asc_idx', { synchronize: false })
@Index('patient_summary_team_injection_due_desc_idx', { synchronize: false })
@Index('patient_summary_team_pacs_asc_idx', { synchronize: false })
@Index('patient_summary_team_pacs_desc_idx', { synchronize: false })
@Index('patient_summary_team_last_session_asc_idx', { synchronize: false })
@Index('patient_summary_team_last_session_desc_idx', { synchronize: false })
@Index('patient_summary_as_of_idx', ['asOf'])
// The Today page's lists, per team, each read in its order up to its page: recent signals newest
// first, injections due and the patients of two flags by day. The stopped list's day is an
// expression and the injections' index is partial on two enums (both created in the
// today-list-order migration).
@Index('patient_summary_team_positive_screen_idx', ['careTeamId', 'lastPositiveScreenOn', 'patientId'], {
  where: '"last_positive_screen_on" IS NOT NULL',
})
@Index('patient_summary_team_pacs_on_idx', ['careTeamId', 'latestPacsOn', 'patientId'], {
  where: '"latest_pacs_on" IS NOT NULL',
})
@Index('patient_summary_team_not_started_idx', ['careTeamId', 'startedOn', 'patientId'], {
  where: `'not_started' = ANY("flags")`,
})
@Index('patient_summary_team_suicide_risk_idx', ['careTeamId', 'familyName', 'givenName', 'patientId'], {
  where: `'suicide_risk' = ANY("flags")`,
})
@Index('patient_summary_team_stopped_idx', { synchronize: false })
@Index('patient_summary_team_injection_due_today_idx', { synchronize: false })
export class PatientSummaryRow {
  @PrimaryColumn({ name: 'patient_id', type: 'uuid' })
  patientId: string;

  @OneToOne(() => Patient, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'patient_id' })
  patient?: Relation<Patient>;

  @Column({ name: 'care_team_id', type: 'uuid' })
  careTeamId: string;

  @Column({ type: 'enum', enum: PATIENT_STATUSES, enumName: 'patient_status' })
  status: PatientStatus;

  @Column({ name: 'family_name', type: 'text' })
  familyName: string;

  @Column({ name: 'given_name', type: 'text' })
  givenName: string;

  @Column({ type: 'text' })
  mrn: string;

  /** The clinic day the date-dependent values were computed for. */
  @Column({ name: 'as_of', type: 'date' })
  asOf: string;

  @Column({ type: 'enum', enum: FORMULATIONS, enumName: 'formulation', nullable: true })
  formulation: Formulation | null;

  @Column({ name: 'started_on', type: 'date', nullable: true })
  startedOn: string | null;

  @Column({ name: 'days_on_naltrexone', type: 'integer', nullable: true })
  daysOnNaltrexone: number | null;

  @Column({ type: 'numeric', precision: 5, scale: 4, nullable: true, transformer: numericTransformer })
  pdc30: number | null;

  @Column({ type: 'numeric', precision: 5, scale: 4, nullable: true, transformer: numericTransformer })
  pdc90: number | null;

  @Column({ name: 'last_dose_on', type: 'date', nullable: true })
  lastDoseOn: string | null;

  @Column({ name: 'last_oral_dose_on', type: 'date', nullable: true })
  lastOralDoseOn: string | null;

  @Column({ name: 'injection_last_on', type: 'date', nullable: true })
  injectionLastOn: string | null;

  @Column({ name: 'injection_due_on', type: 'date', nullable: true })
  injectionDueOn: string | null;

  @Column({ name: 'injection_status', type: 'enum', enum: INJECTION_STATUSES, enumName: 'injection_status' })
  injectionStatus: InjectionStatus;

  @Column({ name: 'covered_through', type: 'date', nullable: true })
  coveredThrough: string | null;

  @Column({
    name: 'attendance_rate_90',
    type: 'numeric',
    precision: 5,
    scale: 4,
    nullable: true,
    transformer: numericTransformer,
  })
  attendanceRate90: number | null;

  @Column({ name: 'last_session_on', type: 'date', nullable: true })
  lastSessionOn: string | null;

  /** The last session attended or dose given in clinic: Today's new signals are those after it. */
  @Column({ name: 'last_visit_on', type: 'date', nullable: true })
  lastVisitOn: string | null;

  @Column({ name: 'no_shows_in_a_row', type: 'integer', default: 0 })
  noShowsInARow: number;

  @Column({ name: 'latest_pacs', type: 'smallint', nullable: true })
  latestPacs: number | null;

  @Column({ name: 'latest_pacs_on', type: 'date', nullable: true })
  latestPacsOn: string | null;

  @Column({ name: 'last_positive_screen_on', type: 'date', nullable: true })
  lastPositiveScreenOn: string | null;

  @Column({ name: 'relapse_count', type: 'integer', default: 0 })
  relapseCount: number;

  @Column({ name: 'last_relapse_on', type: 'date', nullable: true })
  lastRelapseOn: string | null;

  /** The last day of use in a relapse episode of the current course. */
  @Column({ name: 'last_relapse_use_on', type: 'date', nullable: true })
  lastRelapseUseOn: string | null;

  /** A relapse episode of the current course is ongoing (use has not stopped for its end window). */
  @Column({ name: 'relapse_ongoing', type: 'boolean', default: false })
  relapseOngoing: boolean;

  @Column({ name: 'early_relapse', type: 'boolean', default: false })
  earlyRelapse: boolean;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  flags: CaseloadFlag[];

  /** A switched patient: the medication of the completed switch that ended the course; null otherwise. */
  @Column({
    name: 'switched_to',
    type: 'enum',
    enum: SWITCH_MEDICATIONS,
    enumName: 'switch_medication',
    nullable: true,
  })
  switchedTo: SwitchMedication | null;

  /** The program that prescribes it; null when this team does (and when not switched). */
  @Column({ name: 'switched_to_program', type: 'text', nullable: true })
  switchedToProgram: string | null;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
