import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  type Relation,
} from 'typeorm';
import { Clinician } from '../clinicians/clinician.entity.js';

/** A personal token for scripts; acts with its owner's permissions. Only its SHA-256 is stored. */
@Entity({ name: 'api_token' })
@Index('api_token_clinician_idx', ['clinicianId'])
export class ApiToken {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'clinician_id', type: 'uuid' })
  clinicianId: string;

  @ManyToOne(() => Clinician, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'clinician_id' })
  clinician?: Relation<Clinician>;

  @Column({ type: 'text' })
  name: string;

  @Index('api_token_hash_key', { unique: true })
  @Column({ name: 'token_hash', type: 'text', select: false })
  tokenHash: string;

  /** The first characters, so the owner can tell tokens apart. */
  @Column({ type: 'text' })
  prefix: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  /** Refused from then on; every token has one (at most a year from its creation). */
  @Column({ name: 'expires_at', type: 'timestamptz' })
  expiresAt: Date;

  @Column({ name: 'last_used_at', type: 'timestamptz', nullable: true })
  lastUsedAt: Date | null;

  @Column({ name: 'revoked_at', type: 'timestamptz', nullable: true })
  revokedAt: Date | null;
}
