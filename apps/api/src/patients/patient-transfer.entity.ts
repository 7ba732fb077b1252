import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** A patient moved from one care team to another: the team they left keeps seeing the move. */
@Entity({ name: 'patient_transfer' })
@Index('patient_transfer_from_idx', ['fromCareTeamId', 'transferredAt'])
@Index('patient_transfer_to_idx', ['toCareTeamId', 'transferredAt'])
export class PatientTransfer {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'patient_transfer_pkey' })
  id: string;

  @Column({ name: 'patient_id', type: 'uuid' })
  patientId: string;

  @Column({ name: 'from_care_team_id', type: 'uuid' })
  fromCareTeamId: string;

  @Column({ name: 'to_care_team_id', type: 'uuid' })
  toCareTeamId: string;

  @Column({ name: 'clinician_id', type: 'uuid' })
  clinicianId: string;

  @CreateDateColumn({ name: 'transferred_at', type: 'timestamptz' })
  transferredAt: Date;
}
