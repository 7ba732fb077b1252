import { addDays, type ClinicalDate } from '@naltrack/domain';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Principal } from '../auth/principal.js';
import { CareTeam } from '../care-teams/care-team.entity.js';
import { ClinicalClock } from '../clinical/clinical-clock.js';
import { isUniqueViolation } from '../common/database/unique-violation.js';
import { ApiException } from '../common/errors/api-exception.js';
import { ErrorCode } from '../common/errors/error-code.js';
import { fieldError } from '../common/errors/field-error.js';
import { notFound } from '../common/errors/not-found.js';
import { Patient } from '../patients/patient.entity.js';
import { AGENDA_SQL, type AgendaRow } from './case-review-agenda-query.js';
import { agendaFigures } from './case-review-figures.js';
import { CaseReviewItem } from './case-review-item.entity.js';
import { CASE_REVIEW_KINDS, CASE_REVIEW_TITLES } from './case-review-kinds.js';
import type {
  CaseReviewAgendaDto,
  CaseReviewAgendaItemDto,
  CaseReviewItemViewDto,
  CreateCaseReviewItemDto,
} from './dto/case-review.dto.js';

/** Items closed as unreachable stay on the agenda this many days, the meeting's day included. */
const UNREACHABLE_DAYS = 30;

/**
 * A team's case review: the agenda (pending approvals, relapses, stops, overdue injections, stalled
 * outreach) for its members, and the decisions the meeting reaches, recorded by the team's lead.
 */
@Injectable()
export class CaseReviewService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: ClinicalClock,
  ) {}

  async agenda(careTeamId: string, on: ClinicalDate | undefined, principal: Principal): Promise<CaseReviewAgendaDto> {
    const team = await this.teamOf(careTeamId, principal);
    const day = on ?? this.clock.today();
    const rows: AgendaRow[] = await this.dataSource.query(AGENDA_SQL, [
      team.id,
      day,
      addDays(day, 1 - UNREACHABLE_DAYS),
    ]);
    const items = rows.map(
      (row): CaseReviewAgendaItemDto => ({
        patientId: row.patient_id,
        name: row.name,
        mrn: row.mrn,
        kind: row.kind,
        figures: agendaFigures(row.kind, row.data, day),
        requestId: row.request_id,
        discussed:
          row.decision_note === null || row.discussed_by_id === null || row.discussed_at === null
            ? null
            : {
                decisionNote: row.decision_note,
                discussedBy: { id: row.discussed_by_id, displayName: row.discussed_by_name ?? '' },
                discussedAt: new Date(row.discussed_at).toISOString(),
              },
      }),
    );
    return {
      careTeamId: team.id,
      careTeamName: team.name,
      on: day,
      sections: CASE_REVIEW_KINDS.map((kind) => ({
        kind,
        title: CASE_REVIEW_TITLES[kind],
        items: items.filter((item) => item.kind === kind),
      })),
    };
  }

  /** The team discussed an item: stored once per team, day, patient and section. */
  async discuss(dto: CreateCaseReviewItemDto, principal: Principal): Promise<CaseReviewItemViewDto> {
    const team = await this.teamOf(dto.careTeamId, principal);
    if (!principal.roles.includes('team_lead')) {
      throw new ApiException(403, ErrorCode.Forbidden, "Only the team's lead records case review decisions");
    }
    if (dto.on > this.clock.today()) throw fieldError('on', 'on must not be in the future');
    const patient = await this.dataSource.getRepository(Patient).findOneBy({ id: dto.patientId, careTeamId: team.id });
    if (!patient) throw notFound('Patient');
    try {
      const item = await this.dataSource.getRepository(CaseReviewItem).save({
        careTeamId: team.id,
        patientId: patient.id,
        kind: dto.kind,
        reviewOn: dto.on,
        decisionNote: dto.decisionNote,
        discussedBy: principal.clinicianId,
      });
      return {
        id: item.id,
        careTeamId: item.careTeamId,
        patientId: item.patientId,
        kind: dto.kind,
        on: item.reviewOn,
        decisionNote: item.decisionNote,
        discussedBy: { id: principal.clinicianId, displayName: principal.displayName },
        discussedAt: item.discussedAt.toISOString(),
      };
    } catch (error) {
      if (isUniqueViolation(error)) {
        throw new ApiException(
          409,
          'CASE_REVIEW_ALREADY_DISCUSSED',
          'This item was already discussed at this meeting',
          { careTeamId: team.id, patientId: patient.id, kind: dto.kind, on: dto.on },
        );
      }
      throw error;
    }
  }

  /** A team of the caller's; any other answers 404, as for one that does not exist. */
  private async teamOf(careTeamId: string, principal: Principal): Promise<CareTeam> {
    const team = principal.teamIds.includes(careTeamId)
      ? await this.dataSource.getRepository(CareTeam).findOneBy({ id: careTeamId })
      : null;
    if (!team) throw notFound('Care team');
    return team;
  }
}
