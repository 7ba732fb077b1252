import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** A patient's written consent (42 CFR 2.31) to disclose named records to a recipient for a purpose. */
@Entity({ name: 'consent' })
@Index('consent_patient_idx', ['patientId', 'createdAt'])
export class Consent {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'patient_id', type: 'uuid' })
  patientId: string;

  /** Who may receive the records, e.g. a payer or another provider. */
  @Column({ type: 'text' })
  recipient: string;

  @Column({ type: 'text' })
  purpose: string;

  /** What may be disclosed, e.g. adherence, attendance, screens. */
  @Column({ type: 'text', array: true })
  scope: string[];

  @Column({ name: 'effective_on', type: 'date' })
  effectiveOn: string;

  @Column({ name: 'expires_on', type: 'date' })
  expiresOn: string;

  @Column({ name: 'revoked_at', type: 'timestamptz', nullable: true })
  revokedAt: Date | null;

  @Column({ name: 'revoked_by', type: 'uuid', nullable: true })
  revokedBy: string | null;

  @Column({ name: 'recorded_by', type: 'uuid', nullable: true })
  recordedBy: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
