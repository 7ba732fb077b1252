import {
  type ChallengeResult,
  FORMULATIONS,
  type Formulation,
  type InductionFailure,
  type LiverFunctionTests,
  type PriorAgonist,
} from '@naltrack/domain';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { numericTransformer } from '../common/database/numeric-transformer.js';
import { PatientRecord } from '../patients/patient-record.js';

/** An induction (or re-induction) onto naltrexone, with the prerequisites as checked at the time. */
@Entity({ name: 'naltrexone_start' })
// The patient timeline's keyset, newest first: (patient, when, id).
@Index('naltrexone_start_patient_idx', ['patientId', 'startedOn', 'id'])
export class NaltrexoneStart extends PatientRecord {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'enum', enum: FORMULATIONS, enumName: 'formulation' })
  formulation: Formulation;

  @Column({ name: 'dose_mg', type: 'numeric', precision: 7, scale: 2, transformer: numericTransformer })
  doseMg: number;

  @Column({ name: 'started_on', type: 'date' })
  startedOn: string;

  @Column({ name: 'last_opioid_use_on', type: 'date', nullable: true })
  lastOpioidUseOn: string | null;

  @Column({ name: 'prior_agonist', type: 'text', nullable: true })
  priorAgonist: PriorAgonist | null;

  @Column({ name: 'naloxone_challenge', type: 'text', nullable: true })
  naloxoneChallenge: ChallengeResult | null;

  @Column({ name: 'opioid_screen', type: 'text', nullable: true })
  opioidScreen: ChallengeResult | null;

  @Column({ type: 'jsonb', nullable: true })
  lft: LiverFunctionTests | null;

  /** Prerequisites that failed and were overridden; empty when all were met. */
  @Column({ name: 'overridden_failures', type: 'jsonb', default: () => "'[]'" })
  overriddenFailures: InductionFailure[];

  @Column({ name: 'override_reason', type: 'text', nullable: true })
  overrideReason: string | null;

  /** A start after an earlier discontinuation. */
  @Column({ name: 'is_reinduction', type: 'boolean', default: false })
  isReinduction: boolean;

  @Column({ name: 'started_by', type: 'uuid', nullable: true })
  startedBy: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
