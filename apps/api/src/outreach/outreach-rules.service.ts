import { CASELOAD_FLAGS, DEFAULT_OUTREACH_RULES, type OutreachRule } from '@naltrack/domain';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Principal } from '../auth/principal.js';
import { CareTeam } from '../care-teams/care-team.entity.js';
import { ApiException } from '../common/errors/api-exception.js';
import { ErrorCode } from '../common/errors/error-code.js';
import { notFound } from '../common/errors/not-found.js';
import type { OutreachRuleDto } from './dto/outreach-rule.dto.js';
import { OutreachRuleRow } from './outreach-rule.entity.js';

/** A flag no default names stays off until the team turns it on; its task would go to a nurse next day. */
const OFF: Omit<OutreachRule, 'flag'> = { enabled: false, assigneeRole: 'nurse', dueInDays: 1 };

@Injectable()
export class OutreachRulesService {
  constructor(private readonly dataSource: DataSource) {}

  /** Every caseload flag's rule for the team: its own row, else the default. */
  async list(careTeamId: string, principal: Principal): Promise<OutreachRuleDto[]> {
    await this.checkTeam(careTeamId, principal);
    return this.rules(careTeamId);
  }

  /** Sets the given flags' rules; the others keep theirs. Team lead of the team, or admin. */
  async update(careTeamId: string, rules: OutreachRuleDto[], principal: Principal): Promise<OutreachRuleDto[]> {
    await this.checkTeam(careTeamId, principal);
    if (!principal.roles.includes('admin') && !principal.roles.includes('team_lead')) {
      throw new ApiException(
        403,
        ErrorCode.Forbidden,
        "Only the team's lead or an admin may change its outreach rules",
      );
    }
    if (rules.length > 0) {
      await this.dataSource.getRepository(OutreachRuleRow).upsert(
        rules.map((rule) => ({ ...rule, careTeamId, updatedBy: principal.clinicianId })),
        ['careTeamId', 'flag'],
      );
    }
    return this.rules(careTeamId);
  }

  private async rules(careTeamId: string): Promise<OutreachRuleDto[]> {
    const rows = await this.dataSource.getRepository(OutreachRuleRow).findBy({ careTeamId });
    return CASELOAD_FLAGS.map((flag) => {
      const rule = rows.find((row) => row.flag === flag) ?? DEFAULT_OUTREACH_RULES.find((d) => d.flag === flag);
      return {
        flag,
        enabled: rule?.enabled ?? OFF.enabled,
        assigneeRole: rule?.assigneeRole ?? OFF.assigneeRole,
        dueInDays: rule?.dueInDays ?? OFF.dueInDays,
      };
    });
  }

  /** Members of the team see its rules, admins every team's; for anyone else the team does not exist. */
  private async checkTeam(careTeamId: string, principal: Principal): Promise<void> {
    const visible = principal.roles.includes('admin') || principal.teamIds.includes(careTeamId);
    if (!visible || !(await this.dataSource.getRepository(CareTeam).existsBy({ id: careTeamId }))) {
      throw notFound('Care team');
    }
  }
}
