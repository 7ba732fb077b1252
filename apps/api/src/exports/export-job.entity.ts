import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Clinician } from '../clinicians/clinician.entity.js';

/** The report query a job was asked with; every field a string, as the report takes it. */
export interface StoredExportQuery {
  format: string;
  from: string;
  to: string;
  careTeamId?: string;
  patientId?: string;
  recipient?: string;
  purpose?: string;
}

export const EXPORT_JOB_STATUSES = ['queued', 'running', 'done', 'failed'] as const;
export type ExportJobStatus = (typeof EXPORT_JOB_STATUSES)[number];

/**
 * A background export: the report query as the clinician sent it, its progress and outcome. The
 * file itself lives in export_chunk, so any API instance can serve it and a restart loses nothing.
 */
@Entity({ name: 'export_job' })
@Index('export_job_requester_idx', ['requestedBy', 'createdAt'])
@Index('export_job_claim_idx', ['status', 'createdAt'])
@Index('export_job_expires_idx', ['expiresAt'])
export class ExportJob {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** The clinician who asked: the only one who sees or downloads the job. */
  @Column({ name: 'requested_by', type: 'uuid' })
  requestedBy: string;

  @ManyToOne(() => Clinician, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'requested_by' })
  requester?: Clinician;

  /** The report query (period, team or patient, format, recipient, purpose) as validated. */
  @Column({ type: 'jsonb' })
  query: StoredExportQuery;

  @Column({ type: 'text' })
  format: string;

  @Column({ type: 'enum', enum: EXPORT_JOB_STATUSES, enumName: 'export_job_status', default: 'queued' })
  status: ExportJobStatus;

  @Column({ name: 'rows_done', type: 'integer', default: 0 })
  rowsDone: number;

  @Column({ name: 'rows_total', type: 'integer', nullable: true })
  rowsTotal: number | null;

  @Column({ name: 'patients_total', type: 'integer', nullable: true })
  patientsTotal: number | null;

  /** How many times a worker claimed the job; after the limit it fails instead of restarting. */
  @Column({ type: 'smallint', default: 0 })
  attempts: number;

  /** The instance running the job, and until when its claim holds unless renewed (heartbeat). */
  @Column({ name: 'worker_id', type: 'text', nullable: true })
  workerId: string | null;

  @Column({ name: 'lease_expires_at', type: 'timestamptz', nullable: true })
  leaseExpiresAt: Date | null;

  @Column({ name: 'error_code', type: 'text', nullable: true })
  errorCode: string | null;

  /** A message meant for the clinician (never a stack trace or SQL). */
  @Column({ name: 'error_message', type: 'text', nullable: true })
  errorMessage: string | null;

  @Column({ name: 'content_type', type: 'text', nullable: true })
  contentType: string | null;

  @Column({ name: 'file_name', type: 'text', nullable: true })
  fileName: string | null;

  /** The patients the finished file holds: a download checks the requester may still see each one. */
  @Column({ name: 'patient_ids', type: 'uuid', array: true, nullable: true })
  patientIds: string[] | null;

  @Column({ name: 'byte_size', type: 'bigint', nullable: true })
  byteSize: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'started_at', type: 'timestamptz', nullable: true })
  startedAt: Date | null;

  @Column({ name: 'finished_at', type: 'timestamptz', nullable: true })
  finishedAt: Date | null;

  /** When the worker deletes the job and its file. */
  @Column({ name: 'expires_at', type: 'timestamptz', nullable: true })
  expiresAt: Date | null;
}
