import type { CaseloadFlag } from '@naltrack/domain';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { PatientRecord } from '../patients/patient-record.js';

/** A clinician saw a flag and why it needs no action until a day ("in hospital until 12 Jan"): muted until then. */
@Entity({ name: 'flag_acknowledgement' })
@Index('flag_acknowledgement_patient_idx', ['patientId', 'flag', 'untilOn'])
export class FlagAcknowledgement extends PatientRecord {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'flag_acknowledgement_pkey' })
  id: string;

  @Column({ type: 'text' })
  flag: CaseloadFlag;

  @Column({ type: 'text' })
  reason: string;

  /** The last day the flag is muted. */
  @Column({ name: 'until_on', type: 'date' })
  untilOn: string;

  @Column({ name: 'acknowledged_by', type: 'uuid' })
  acknowledgedBy: string;

  @CreateDateColumn({ name: 'acknowledged_at', type: 'timestamptz' })
  acknowledgedAt: Date;
}
