import { SAFETY_OUTCOMES, type SafetyOutcome } from '@naltrack/domain';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { PatientRecord } from '../patients/patient-record.js';

/** A clinician's safety assessment, answering a positive PHQ-9 item 9: it clears the suicide_risk flag. */
@Entity({ name: 'safety_assessment' })
// The patient timeline's keyset, newest first: (patient, when, id).
@Index('safety_assessment_patient_idx', ['patientId', 'assessedOn', 'id'])
export class SafetyAssessment extends PatientRecord {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'assessed_on', type: 'date' })
  assessedOn: string;

  @Column({ type: 'enum', enum: SAFETY_OUTCOMES, enumName: 'safety_outcome' })
  outcome: SafetyOutcome;

  /** The safety plan agreed or the steps taken. */
  @Column({ type: 'text' })
  plan: string;

  @Column({ name: 'assessed_by', type: 'uuid' })
  assessedBy: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
