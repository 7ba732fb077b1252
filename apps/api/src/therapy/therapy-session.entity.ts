import {
  type CopingSkill,
  SESSION_STATUSES,
  SESSION_TYPES,
  type SessionStatus,
  type SessionType,
} from '@naltrack/domain';
import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  type Relation,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';
import { Clinician } from '../clinicians/clinician.entity.js';
import { PatientRecord } from '../patients/patient-record.js';

@Entity({ name: 'therapy_session' })
// The patient timeline's keyset, newest first: (patient, when, id).
@Index('therapy_session_patient_idx', ['patientId', 'scheduledAt', 'id'])
// A day's sessions, all of them or one clinician's (the Today page): (day, clinician, when).
@Index('therapy_session_day_idx', ['scheduledOn', 'clinicianId', 'scheduledAt'])
export class TherapySession extends PatientRecord {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'scheduled_at', type: 'timestamptz' })
  scheduledAt: Date;

  /** The clinic day of scheduledAt, kept for day-based rules and reports. */
  @Column({ name: 'scheduled_on', type: 'date' })
  scheduledOn: string;

  @Column({ type: 'enum', enum: SESSION_TYPES, enumName: 'session_type' })
  type: SessionType;

  @Column({ type: 'text', nullable: true })
  modality: string | null;

  @Column({ name: 'clinician_id', type: 'uuid', nullable: true })
  clinicianId: string | null;

  @ManyToOne(() => Clinician, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'clinician_id' })
  clinician?: Relation<Clinician>;

  @Column({ type: 'enum', enum: SESSION_STATUSES, enumName: 'session_status', default: 'scheduled' })
  status: SessionStatus;

  /** The coping skills practiced, as the outcome recorded them. */
  @Column({ name: 'coping_skills', type: 'text', array: true, nullable: true })
  copingSkills: CopingSkill[] | null;

  @VersionColumn()
  version: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
