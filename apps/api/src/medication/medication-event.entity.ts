import { FORMULATIONS, type Formulation, MEDICATION_EVENT_KINDS, type MedicationEventKind } from '@naltrack/domain';
import { Check, Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { numericTransformer } from '../common/database/numeric-transformer.js';
import { PatientRecord } from '../patients/patient-record.js';

/** A dispense, an administered injection, a dose taken, missed or refused. */
@Entity({ name: 'medication_event' })
@Check('medication_event_days_supply_check', 'days_supply IS NULL OR days_supply BETWEEN 1 AND 365')
// The patient timeline's keyset, newest first: (patient, when, id).
@Index('medication_event_patient_idx', ['patientId', 'occurredOn', 'id'])
export class MedicationEvent extends PatientRecord {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'enum', enum: MEDICATION_EVENT_KINDS, enumName: 'medication_event_kind' })
  kind: MedicationEventKind;

  @Column({ type: 'enum', enum: FORMULATIONS, enumName: 'formulation' })
  formulation: Formulation;

  @Column({ name: 'occurred_on', type: 'date' })
  occurredOn: string;

  @Column({ name: 'days_supply', type: 'integer', nullable: true })
  daysSupply: number | null;

  @Column({ name: 'dose_mg', type: 'numeric', precision: 7, scale: 2, nullable: true, transformer: numericTransformer })
  doseMg: number | null;

  /** Observed by staff (true) or self-reported (false); for doses taken. */
  @Column({ type: 'boolean', nullable: true })
  observed: boolean | null;

  @Column({ type: 'text', nullable: true })
  lot: string | null;

  @Column({ type: 'text', nullable: true })
  site: string | null;

  @Column({ type: 'text', nullable: true })
  note: string | null;

  @Column({ name: 'recorded_by', type: 'uuid', nullable: true })
  recordedBy: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
