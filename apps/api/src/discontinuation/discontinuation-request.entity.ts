import {
  DISCONTINUATION_KINDS,
  DISCONTINUATION_REASONS,
  DISCONTINUATION_STATUSES,
  type DiscontinuationKind,
  type DiscontinuationReason,
  type DiscontinuationStatus,
  type ReadinessResult,
  type RequiredApproval,
  type SwitchFacts,
  type SwitchTo,
  type TaperStep,
} from '@naltrack/domain';
import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';
import { PatientRecord } from '../patients/patient-record.js';

/** What a request needing the team lead's approval contains, as its partial index reads it. */
export const NEEDS_LEAD = '[{"role": "team_lead"}]';

const PENDING_COLUMNS = ['createdAt', 'id', 'patientId', 'proposedBy', 'kind', 'requiredApprovals'];

/** A proposal to taper or stop naltrexone, or to switch to another medication, decided by the patient's care team. */
@Entity({ name: 'discontinuation_request' })
@Index('discontinuation_request_patient_idx', ['patientId', 'createdAt'])
@Index('discontinuation_request_status_idx', ['status', 'createdAt'])
// Today's approvals: pending requests oldest first, read in order up to the page, with the columns
// their checks and lines read, so the index alone answers (an index-only scan).
@Index('discontinuation_request_pending_idx', PENDING_COLUMNS, { where: `"status" = 'pending'` })
// ...and those a lead who is neither prescriber nor therapist may decide.
@Index('discontinuation_request_pending_lead_idx', PENDING_COLUMNS, {
  where: `"status" = 'pending' AND "required_approvals" @> '${NEEDS_LEAD}'`,
})
export class DiscontinuationRequest extends PatientRecord {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'enum', enum: DISCONTINUATION_KINDS, enumName: 'discontinuation_kind' })
  kind: DiscontinuationKind;

  @Column({ name: 'reason_code', type: 'enum', enum: DISCONTINUATION_REASONS, enumName: 'discontinuation_reason' })
  reasonCode: DiscontinuationReason;

  @Column({ type: 'text' })
  reason: string;

  @Column({ name: 'effective_on', type: 'date' })
  effectiveOn: string;

  @Column({ type: 'jsonb', default: () => "'[]'" })
  plan: TaperStep[];

  @Column({ type: 'enum', enum: DISCONTINUATION_STATUSES, enumName: 'discontinuation_status', default: 'pending' })
  status: DiscontinuationStatus;

  @Column({ name: 'proposed_by', type: 'uuid' })
  proposedBy: string;

  /** The readiness checklist as it stood when proposed, shown to approvers; null for a switch. */
  @Column({ name: 'readiness_snapshot', type: 'jsonb', nullable: true })
  readinessSnapshot: ReadinessResult | null;

  /** A switch: the medication, who prescribes it and, for another program, which. */
  @Column({ name: 'switch_to', type: 'jsonb', nullable: true })
  switchTo: SwitchTo | null;

  /** A switch: how the new medication starts, e.g. under a remaining XR-NTX blockade. */
  @Column({ name: 'switch_plan', type: 'text', nullable: true })
  switchPlan: string | null;

  /** A switch: relapses, adherence and the XR-NTX blockade as they stood when proposed. */
  @Column({ name: 'switch_facts', type: 'jsonb', nullable: true })
  switchFacts: SwitchFacts | null;

  /** A completed switch: how the patient was handed to the new prescriber. */
  @Column({ name: 'hand_off_note', type: 'text', nullable: true })
  handOffNote: string | null;

  @Column({ name: 'required_approvals', type: 'jsonb' })
  requiredApprovals: RequiredApproval[];

  @Column({ name: 'decided_at', type: 'timestamptz', nullable: true })
  decidedAt: Date | null;

  @Column({ name: 'started_on', type: 'date', nullable: true })
  startedOn: string | null;

  @Column({ name: 'completed_on', type: 'date', nullable: true })
  completedOn: string | null;

  @Column({ name: 'naloxone_kit_provided', type: 'boolean', nullable: true })
  naloxoneKitProvided: boolean | null;

  @Column({ name: 'overdose_risk_counselled', type: 'boolean', nullable: true })
  overdoseRiskCounselled: boolean | null;

  @VersionColumn()
  version: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
