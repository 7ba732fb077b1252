import type { OutreachChannel, OutreachOutcome } from '@naltrack/domain';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { PatientRecord } from '../patients/patient-record.js';
import { OutreachTask } from './outreach-task.entity.js';

/** One try at reaching the patient for a task: how, what came of it, and when to try next. */
@Entity({ name: 'outreach_attempt' })
@Index('outreach_attempt_task_idx', ['taskId', 'attemptedAt'])
@Index('outreach_attempt_patient_idx', ['patientId', 'attemptedAt'])
export class OutreachAttempt extends PatientRecord {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'outreach_attempt_pkey' })
  id: string;

  @Column({ name: 'task_id', type: 'uuid' })
  taskId: string;

  @ManyToOne(() => OutreachTask, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'task_id' })
  task?: Relation<OutreachTask>;

  @Column({ type: 'text' })
  channel: OutreachChannel;

  @Column({ type: 'text' })
  outcome: OutreachOutcome;

  @Column({ type: 'text', nullable: true })
  note: string | null;

  @Column({ name: 'next_attempt_on', type: 'date', nullable: true })
  nextAttemptOn: string | null;

  @Column({ name: 'attempted_by', type: 'uuid' })
  attemptedBy: string;

  /** The clinic day of the attempt. */
  @Column({ name: 'attempted_on', type: 'date' })
  attemptedOn: string;

  @Column({ name: 'attempted_at', type: 'timestamptz', default: () => 'now()' })
  attemptedAt: Date;
}
