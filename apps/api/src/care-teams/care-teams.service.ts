import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import { CareTeam } from './care-team.entity.js';
import type { CareTeamMemberDto } from './dto/care-team-member.dto.js';
import type { CareTeamSummaryDto } from './dto/care-team-summary.dto.js';

interface CareTeamSummaryRow {
  id: string;
  code: string;
  name: string;
  require_lead_approval: boolean;
  patient_count: string;
  active_count: string;
}

@Injectable()
export class CareTeamsService {
  constructor(@InjectRepository(CareTeam) private readonly careTeams: Repository<CareTeam>) {}

  /** The given teams (every team for null) with their head counts, in one query. */
  async list(teamIds: string[] | null): Promise<CareTeamSummaryDto[]> {
    const rows: CareTeamSummaryRow[] = await this.careTeams.query(
      `SELECT t.id, t.code, t.name, t.require_lead_approval,
              COUNT(p.id) AS patient_count,
              COUNT(p.id) FILTER (WHERE p.status = 'active') AS active_count
         FROM care_team t
         LEFT JOIN patient p ON p.care_team_id = t.id
        WHERE $1::uuid[] IS NULL OR t.id = ANY($1::uuid[])
        GROUP BY t.id
        ORDER BY t.name`,
      [teamIds],
    );
    return rows.map((row) => ({
      id: row.id,
      code: row.code,
      name: row.name,
      requireLeadApproval: row.require_lead_approval,
      patientCount: Number(row.patient_count),
      activeCount: Number(row.active_count),
    }));
  }

  /** The team's active clinicians, by name. */
  members(teamId: string): Promise<CareTeamMemberDto[]> {
    return this.careTeams.query(
      `SELECT c.id, c.display_name AS "displayName", c.roles::text[] AS roles
         FROM care_team_membership m JOIN clinician c ON c.id = m.clinician_id
        WHERE m.care_team_id = $1 AND c.active
        ORDER BY c.display_name, c.id`,
      [teamId],
    );
  }
}
