import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * One export of patient records, for the accounting of disclosures (42 CFR 2.24, HIPAA 164.528):
 * who exported what, when, in which format, and to whom. Kept like the audit trail: never edited.
 */
@Entity({ name: 'disclosure' })
@Index('disclosure_disclosed_at_idx', ['disclosedAt'])
export class Disclosure {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @CreateDateColumn({ name: 'disclosed_at', type: 'timestamptz' })
  disclosedAt: Date;

  /** The clinician who exported. */
  @Column({ name: 'disclosed_by', type: 'uuid' })
  disclosedBy: string;

  /** Who received the records; null for the care team's own use. */
  @Column({ type: 'text', nullable: true })
  recipient: string | null;

  @Column({ type: 'text', nullable: true })
  purpose: string | null;

  @Column({ type: 'text' })
  format: string;

  @Column({ name: 'period_from', type: 'date' })
  periodFrom: string;

  @Column({ name: 'period_to', type: 'date' })
  periodTo: string;

  /** The care team exported, when the export named one. */
  @Column({ name: 'care_team_id', type: 'uuid', nullable: true })
  careTeamId: string | null;

  @Column({ name: 'patient_count', type: 'integer' })
  patientCount: number;
}
