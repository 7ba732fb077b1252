import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import { Clinician } from '../clinicians/clinician.entity.js';

/**
 * A signed-in browser. The cookie carries a random token; only its SHA-256 is stored, so a copy of
 * the table does not let anyone sign in.
 */
@Entity({ name: 'session' })
@Index('session_clinician_idx', ['clinicianId'])
export class Session {
  @PrimaryColumn({ name: 'token_hash', type: 'text' })
  tokenHash: string;

  @Column({ name: 'clinician_id', type: 'uuid' })
  clinicianId: string;

  @ManyToOne(() => Clinician, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'clinician_id' })
  clinician?: Relation<Clinician>;

  @Column({ name: 'csrf_token', type: 'text' })
  csrfToken: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'last_seen_at', type: 'timestamptz' })
  lastSeenAt: Date;

  /** The absolute end, however active the session is. */
  @Column({ name: 'expires_at', type: 'timestamptz' })
  expiresAt: Date;

  @Column({ name: 'ended_at', type: 'timestamptz', nullable: true })
  endedAt: Date | null;

  @Column({ type: 'text', nullable: true })
  ip: string | null;
}
