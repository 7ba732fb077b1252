import {
  OUTREACH_TASK_STATUSES,
  type OutreachReason,
  type OutreachResolution,
  type OutreachTaskStatus,
} from '@naltrack/domain';
import { Check, Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { PatientRecord } from '../patients/patient-record.js';

/**
 * Someone on the team is to reach the patient by a day: opened by hand, or by the team's rule when a
 * caseload flag appears (opened_by null). Done once resolved, by a clinician or, for a flag's task,
 * by the flag clearing (resolution flag_cleared, with the record that cleared it).
 */
@Entity({ name: 'outreach_task' })
@Index('outreach_task_open_reason_key', ['patientId', 'reason'], { unique: true, where: `"status" = 'open'` })
@Index('outreach_task_assignee_open_idx', ['assigneeId', 'dueOn', 'id'], { where: `"status" = 'open'` })
@Index('outreach_task_patient_idx', ['patientId', 'openedAt'])
@Index('outreach_task_opened_on_idx', ['openedOn', 'id'])
@Check('outreach_task_done_check', `("status" = 'done') = ("resolution" IS NOT NULL)`)
export class OutreachTask extends PatientRecord {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'outreach_task_pkey' })
  id: string;

  /** A caseload flag, or "other". */
  @Column({ type: 'text' })
  reason: OutreachReason;

  @Column({ type: 'enum', enum: OUTREACH_TASK_STATUSES, enumName: 'outreach_task_status', default: 'open' })
  status: OutreachTaskStatus;

  @Column({ name: 'assignee_id', type: 'uuid' })
  assigneeId: string;

  @Column({ name: 'due_on', type: 'date' })
  dueOn: string;

  @Column({ type: 'text', nullable: true })
  note: string | null;

  /** Null when the team's rule opened it as the flag appeared. */
  @Column({ name: 'opened_by', type: 'uuid', nullable: true })
  openedBy: string | null;

  /** The clinic day it was opened: for a flag's task, the day the flag appeared. */
  @Column({ name: 'opened_on', type: 'date' })
  openedOn: string;

  @CreateDateColumn({ name: 'opened_at', type: 'timestamptz' })
  openedAt: Date;

  @Column({ type: 'text', nullable: true })
  resolution: OutreachResolution | null;

  @Column({ name: 'resolution_note', type: 'text', nullable: true })
  resolutionNote: string | null;

  /** Null with resolution flag_cleared: the system closed it. */
  @Column({ name: 'resolved_by', type: 'uuid', nullable: true })
  resolvedBy: string | null;

  @Column({ name: 'resolved_on', type: 'date', nullable: true })
  resolvedOn: string | null;

  @Column({ name: 'resolved_at', type: 'timestamptz', nullable: true })
  resolvedAt: Date | null;

  /** The record whose writing cleared the flag (e.g. medication_event and its id). */
  @Column({ name: 'cleared_by_kind', type: 'text', nullable: true })
  clearedByKind: string | null;

  @Column({ name: 'cleared_by_id', type: 'uuid', nullable: true })
  clearedById: string | null;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
