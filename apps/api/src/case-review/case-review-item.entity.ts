import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { PatientRecord } from '../patients/patient-record.js';

/** An agenda item a team discussed at its case review, with the decision it reached. */
@Entity({ name: 'case_review_item' })
@Index('case_review_item_key', ['careTeamId', 'reviewOn', 'patientId', 'kind'], { unique: true })
@Index('case_review_item_patient_idx', ['patientId', 'discussedAt'])
export class CaseReviewItem extends PatientRecord {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'case_review_item_pkey' })
  id: string;

  @Column({ name: 'care_team_id', type: 'uuid' })
  careTeamId: string;

  /** The agenda section: pending_approval, early_relapse, relapse_during_taper, stopped_without_approval, injection_overdue, outreach_stalled. */
  @Column({ type: 'text' })
  kind: string;

  /** The clinic day of the meeting. */
  @Column({ name: 'review_on', type: 'date' })
  reviewOn: string;

  @Column({ name: 'decision_note', type: 'text' })
  decisionNote: string;

  @Column({ name: 'discussed_by', type: 'uuid' })
  discussedBy: string;

  @CreateDateColumn({ name: 'discussed_at', type: 'timestamptz' })
  discussedAt: Date;
}
