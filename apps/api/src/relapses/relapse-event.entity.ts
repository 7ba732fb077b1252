import type { RelapseRule, RelapseSubstance } from '@naltrack/domain';
import { Check, Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { PatientRecord } from '../patients/patient-record.js';

export const RELAPSE_SOURCES = ['detected', 'recorded'] as const;
export type RelapseSource = (typeof RELAPSE_SOURCES)[number];

/**
 * A relapse a clinician recorded, or one the rules detected that a clinician confirmed.
 * Detected relapses not yet confirmed are computed from observations, never stored.
 */
@Entity({ name: 'relapse_event' })
@Check('relapse_event_last_use_check', 'last_use_on IS NULL OR last_use_on >= onset_on')
@Index('relapse_event_patient_onset_key', ['patientId', 'substance', 'onsetOn'], { unique: true })
export class RelapseEvent extends PatientRecord {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'onset_on', type: 'date' })
  onsetOn: string;

  /** The last day of use the clinician stated; null when they did not (the rules then extend it). */
  @Column({ name: 'last_use_on', type: 'date', nullable: true })
  lastUseOn: string | null;

  @Column({ type: 'text' })
  substance: RelapseSubstance;

  @Column({ type: 'enum', enum: RELAPSE_SOURCES, enumName: 'relapse_source' })
  source: RelapseSource;

  /** The rule that detected it, for a confirmed detection. */
  @Column({ type: 'text', nullable: true })
  rule: RelapseRule | null;

  /** Within the early-relapse window of the naltrexone start in force at onset. */
  @Column({ type: 'boolean' })
  early: boolean;

  @Column({ type: 'text', nullable: true })
  note: string | null;

  @Column({ name: 'confirmed_by', type: 'uuid', nullable: true })
  confirmedBy: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
