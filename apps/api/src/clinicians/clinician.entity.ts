import { ROLES, type Role } from '@naltrack/domain';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

/** A user of Naltrack: prescriber, therapist, nurse, team lead, admin or auditor. */
@Entity({ name: 'clinician' })
export class Clinician {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** Stored lower-case, so uniqueness is case-insensitive. */
  @Column({ type: 'text', unique: true })
  email: string;

  @Column({ name: 'display_name', type: 'text' })
  displayName: string;

  @Column({ type: 'enum', enum: ROLES, enumName: 'clinician_role', array: true })
  roles: Role[];

  @Column({ type: 'boolean', default: true })
  active: boolean;

  /** argon2id; null until a password is set (a user who cannot sign in yet). */
  @Column({ name: 'password_hash', type: 'text', nullable: true, select: false })
  passwordHash: string | null;

  /** Base32 TOTP secret; enabled only after the user proved a code from it. */
  @Column({ name: 'totp_secret', type: 'text', nullable: true, select: false })
  totpSecret: string | null;

  @Column({ name: 'totp_enabled', type: 'boolean', default: false })
  totpEnabled: boolean;

  /** The last TOTP time step accepted from this user: a code is good once, so later ones must be newer. */
  @Column({ name: 'totp_last_step', type: 'integer', nullable: true })
  totpLastStep: number | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
