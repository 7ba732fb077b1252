import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

@Entity({ name: 'care_team' })
export class CareTeam {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** Short stable handle, e.g. `north`; used in demo account names and configuration. */
  @Column({ type: 'text', unique: true })
  code: string;

  @Column({ type: 'text' })
  name: string;

  /** Discontinuation also needs the team lead's approval, beside a prescriber's and a therapist's. */
  @Column({ name: 'require_lead_approval', type: 'boolean', default: false })
  requireLeadApproval: boolean;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
