import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

export const STOP_RESOLUTIONS = ['re_engaged', 'relapse_recorded', 'request_proposed'] as const;
export type StopResolutionKind = (typeof STOP_RESOLUTIONS)[number];

/** How a clinician resolved a "stopped without team approval" flag; kept for the record. */
@Entity({ name: 'stop_resolution' })
@Index('stop_resolution_patient_idx', ['patientId', 'resolvedOn'])
export class StopResolution {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'patient_id', type: 'uuid' })
  patientId: string;

  @Column({ type: 'text' })
  resolution: StopResolutionKind;

  @Column({ type: 'text', nullable: true })
  note: string | null;

  @Column({ name: 'resolved_on', type: 'date' })
  resolvedOn: string;

  @Column({ name: 'resolved_by', type: 'uuid' })
  resolvedBy: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
