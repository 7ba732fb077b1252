import { FORMULATIONS, type Formulation, MEDICATION_EVENT_KINDS, type MedicationEventKind } from '@naltrack/domain';
import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  type Relation,
} from 'typeorm';
import { numericTransformer } from '../common/database/numeric-transformer.js';
import { Patient } from '../patients/patient.entity.js';

/** A dispense, an administered injection, a dose taken, missed or refused. */
@Entity({ name: 'medication_event' })
@Check('medication_event_days_supply_check', 'days_supply IS NULL OR days_supply BETWEEN 1 AND 365')
@Index('medication_event_patient_idx', ['patientId', 'occurredOn'])
export class MedicationEvent {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'patient_id', type: 'uuid' })
  patientId: string;

  @ManyToOne(() => Patient, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'patient_id' })
  patient?: Relation<Patient>;

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
