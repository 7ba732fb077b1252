import {
  type CravingCue,
  type InstrumentScore,
  OBSERVATION_KINDS,
  type ObservationKind,
  type ScreenResult,
} from '@naltrack/domain';
import { Check, Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { numericTransformer } from '../common/database/numeric-transformer.js';
import { PatientRecord } from '../patients/patient-record.js';

/**
 * A measurement: PACS (items and total), craving VAS, urine drug screen (results per substance),
 * breath alcohol, drinks per day, self-reported use of a substance, or an instrument (PHQ-9, GAD-7,
 * AUDIT-C, BAM: items, total and score).
 */
@Entity({ name: 'observation' })
@Check('observation_value_check', 'value IS NULL OR value >= 0')
// The patient timeline's keyset, newest first: (patient, when, id).
@Index('observation_patient_idx', ['patientId', 'observedOn', 'id'])
export class Observation extends PatientRecord {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'enum', enum: OBSERVATION_KINDS, enumName: 'observation_kind' })
  kind: ObservationKind;

  @Column({ name: 'observed_on', type: 'date' })
  observedOn: string;

  /** PACS or instrument item scores, in the instrument's order. */
  @Column({ type: 'smallint', array: true, nullable: true })
  items: number[] | null;

  /** PACS or instrument total, craving VAS, breath alcohol, drinks, or amount used. */
  @Column({ type: 'numeric', precision: 8, scale: 3, nullable: true, transformer: numericTransformer })
  value: number | null;

  /** Drug screen results per substance. */
  @Column({ type: 'jsonb', nullable: true })
  results: Record<string, ScreenResult> | null;

  @Column({ type: 'text', nullable: true })
  substance: string | null;

  /** PACS or craving VAS: what the patient says set the craving off. */
  @Column({ type: 'text', array: true, nullable: true })
  cues: CravingCue[] | null;

  /** What the cue `other` was. */
  @Column({ name: 'cue_note', type: 'text', nullable: true })
  cueNote: string | null;

  /** An instrument's score as computed when recorded, so lists and exports need not recompute it. */
  @Column({ type: 'jsonb', nullable: true })
  score: InstrumentScore | null;

  @Column({ name: 'recorded_by', type: 'uuid', nullable: true })
  recordedBy: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
