import { CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import { CareTeam } from '../care-teams/care-team.entity.js';
import { Clinician } from './clinician.entity.js';

@Entity({ name: 'care_team_membership' })
@Index('care_team_membership_clinician_idx', ['clinicianId'])
export class CareTeamMembership {
  @PrimaryColumn({ name: 'care_team_id', type: 'uuid' })
  careTeamId: string;

  @PrimaryColumn({ name: 'clinician_id', type: 'uuid' })
  clinicianId: string;

  @ManyToOne(() => CareTeam, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'care_team_id' })
  careTeam?: Relation<CareTeam>;

  @ManyToOne(() => Clinician, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'clinician_id' })
  clinician?: Relation<Clinician>;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
