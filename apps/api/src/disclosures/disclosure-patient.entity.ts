import { Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import { Disclosure } from './disclosure.entity.js';

/**
 * A patient whose records a disclosure carried. No foreign key to the patient: the accounting
 * outlives any change to the patient's record.
 */
@Entity({ name: 'disclosure_patient' })
@Index('disclosure_patient_patient_idx', ['patientId'])
export class DisclosurePatient {
  @PrimaryColumn({ name: 'disclosure_id', type: 'uuid' })
  disclosureId: string;

  @PrimaryColumn({ name: 'patient_id', type: 'uuid' })
  patientId: string;

  @ManyToOne(() => Disclosure, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'disclosure_id' })
  disclosure?: Relation<Disclosure>;
}
