import { type Role } from '@naltrack/domain';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** One clinician's decision on one request; the unique index makes it once per clinician. */
@Entity({ name: 'discontinuation_decision' })
@Index('discontinuation_decision_once_key', ['requestId', 'clinicianId'], { unique: true })
export class DiscontinuationDecision {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'request_id', type: 'uuid' })
  requestId: string;

  @Column({ name: 'clinician_id', type: 'uuid' })
  clinicianId: string;

  @Column({ type: 'text' })
  decision: 'approve' | 'reject';

  /** The decider's roles when deciding. */
  @Column({ type: 'text', array: true })
  roles: Role[];

  @Column({ type: 'text' })
  comment: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
