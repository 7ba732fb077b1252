import { type Diagnosis, PATIENT_STATUSES, type PatientStatus, type Sex } from '@naltrack/domain';
import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  type Relation,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';
import { CareTeam } from '../care-teams/care-team.entity.js';

@Entity({ name: 'patient' })
@Index('patient_care_team_family_name_idx', ['careTeamId', 'familyName', 'givenName'])
@Index('patient_care_team_mrn_key', ['careTeamId', 'mrn'], { unique: true })
export class Patient {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /**
   * Medical record number, unique within a care team. Not globally: a global check would tell a
   * clinician that another team has enrolled the patient.
   */
  @Column({ type: 'text' })
  mrn: string;

  @Column({ name: 'given_name', type: 'text' })
  givenName: string;

  @Column({ name: 'family_name', type: 'text' })
  familyName: string;

  @Column({ name: 'birth_date', type: 'date' })
  birthDate: string;

  @Column({ type: 'text' })
  sex: Sex;

  @Column({ type: 'text', array: true })
  diagnoses: Diagnosis[];

  @Column({ name: 'care_team_id', type: 'uuid' })
  careTeamId: string;

  @ManyToOne(() => CareTeam, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'care_team_id' })
  careTeam?: Relation<CareTeam>;

  @Column({ type: 'enum', enum: PATIENT_STATUSES, enumName: 'patient_status', default: 'referred' })
  status: PatientStatus;

  @Column({ name: 'enrolled_on', type: 'date' })
  enrolledOn: string;

  @VersionColumn()
  version: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
