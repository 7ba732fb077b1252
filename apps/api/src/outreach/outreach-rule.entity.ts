import type { CaseloadFlag, Role } from '@naltrack/domain';
import { ROLES } from '@naltrack/domain';
import { Check, Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';

/** A team's rule for one flag; a team without a row for a flag follows DEFAULT_OUTREACH_RULES. */
@Entity({ name: 'outreach_rule' })
@Check('outreach_rule_due_check', '"due_in_days" BETWEEN 0 AND 30')
export class OutreachRuleRow {
  @PrimaryColumn({ name: 'care_team_id', type: 'uuid', primaryKeyConstraintName: 'outreach_rule_pkey' })
  careTeamId: string;

  @PrimaryColumn({ type: 'text', primaryKeyConstraintName: 'outreach_rule_pkey' })
  flag: CaseloadFlag;

  @Column({ type: 'boolean' })
  enabled: boolean;

  @Column({ name: 'assignee_role', type: 'enum', enum: ROLES, enumName: 'clinician_role' })
  assigneeRole: Role;

  @Column({ name: 'due_in_days', type: 'integer' })
  dueInDays: number;

  @Column({ name: 'updated_by', type: 'uuid', nullable: true })
  updatedBy: string | null;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
