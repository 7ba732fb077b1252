import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** Emergency access to a patient outside the clinician's teams: one hour, with a reason, always audited. */
@Entity({ name: 'break_glass_access' })
@Index('break_glass_access_lookup_idx', ['clinicianId', 'patientId', 'expiresAt'])
@Index('break_glass_access_team_idx', ['careTeamId', 'grantedAt'])
export class BreakGlassAccess {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'clinician_id', type: 'uuid' })
  clinicianId: string;

  @Column({ name: 'patient_id', type: 'uuid' })
  patientId: string;

  /** The patient's care team when access was granted: its lead keeps seeing the grant. */
  @Column({ name: 'care_team_id', type: 'uuid' })
  careTeamId: string;

  @Column({ type: 'text' })
  reason: string;

  @CreateDateColumn({ name: 'granted_at', type: 'timestamptz' })
  grantedAt: Date;

  @Column({ name: 'expires_at', type: 'timestamptz' })
  expiresAt: Date;
}
