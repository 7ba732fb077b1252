import { Column, JoinColumn, ManyToOne, type Relation } from 'typeorm';
import { Patient } from './patient.entity.js';

/** The columns every clinical record shares: the patient it belongs to, deleted with them. */
export abstract class PatientRecord {
  @Column({ name: 'patient_id', type: 'uuid' })
  patientId: string;

  @ManyToOne(() => Patient, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'patient_id' })
  patient?: Relation<Patient>;
}
