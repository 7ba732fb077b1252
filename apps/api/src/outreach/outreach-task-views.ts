import type { ClinicalDate, OutreachReason, OutreachResolution, OutreachTaskStatus } from '@naltrack/domain';
import type { EntityManager } from 'typeorm';
import type { ClinicianRefDto, OutreachAttemptViewDto, OutreachTaskViewDto } from './dto/outreach-task-view.dto.js';

interface TaskViewRow {
  id: string;
  patient_id: string;
  patient_name: string;
  mrn: string;
  care_team_id: string;
  reason: OutreachReason;
  status: OutreachTaskStatus;
  assignee: ClinicianRefDto;
  due_on: string;
  note: string | null;
  opened_by: ClinicianRefDto | null;
  opened_on: string;
  resolution: OutreachResolution | null;
  resolution_note: string | null;
  resolved_by: ClinicianRefDto | null;
  resolved_on: string | null;
  cleared_by_kind: string | null;
  cleared_by_id: string | null;
  attempts: OutreachAttemptViewDto[];
}

const clinicianRef = (alias: string) =>
  `CASE WHEN ${alias}.id IS NULL THEN NULL ELSE json_build_object('id', ${alias}.id, 'displayName', ${alias}.display_name) END`;

/**
 * Tasks as OutreachTaskViewDto, with their patient, people and attempts, in one statement.
 * `where` and `order` are SQL over the task (t) and patient (p); `params` are bound from $1.
 */
export async function taskViews(
  manager: EntityManager,
  today: ClinicalDate,
  where: string,
  params: unknown[],
  order = 't.due_on, t.id',
  limit: number | null = null,
): Promise<OutreachTaskViewDto[]> {
  const limitSql = limit === null ? '' : `LIMIT ${Math.trunc(limit)}`;
  const rows: TaskViewRow[] = await manager.query(
    `SELECT t.id, t.patient_id, p.family_name || ', ' || p.given_name AS patient_name, p.mrn, p.care_team_id,
            t.reason, t.status, ${clinicianRef('a')} AS assignee, t.due_on::text AS due_on, t.note,
            ${clinicianRef('o')} AS opened_by, t.opened_on::text AS opened_on, t.resolution, t.resolution_note,
            ${clinicianRef('r')} AS resolved_by, t.resolved_on::text AS resolved_on, t.cleared_by_kind, t.cleared_by_id,
            COALESCE((
              SELECT json_agg(json_build_object(
                       'id', x.id, 'channel', x.channel, 'outcome', x.outcome, 'note', x.note,
                       'nextAttemptOn', x.next_attempt_on, 'attemptedOn', x.attempted_on,
                       'attemptedAt', x.attempted_at,
                       'attemptedBy', json_build_object('id', c.id, 'displayName', c.display_name))
                     ORDER BY x.attempted_at, x.id)
                FROM outreach_attempt x JOIN clinician c ON c.id = x.attempted_by
               WHERE x.task_id = t.id), '[]') AS attempts
       FROM outreach_task t
       JOIN patient p ON p.id = t.patient_id
       JOIN clinician a ON a.id = t.assignee_id
       LEFT JOIN clinician o ON o.id = t.opened_by
       LEFT JOIN clinician r ON r.id = t.resolved_by
      WHERE ${where}
      ORDER BY ${order}
      ${limitSql}`,
    params,
  );
  return rows.map((row) => toView(row, today));
}

function toView(row: TaskViewRow, today: ClinicalDate): OutreachTaskViewDto {
  return {
    id: row.id,
    patientId: row.patient_id,
    patientName: row.patient_name,
    mrn: row.mrn,
    careTeamId: row.care_team_id,
    reason: row.reason,
    status: row.status,
    assignee: row.assignee,
    dueOn: row.due_on,
    overdue: row.status === 'open' && row.due_on < today,
    note: row.note,
    openedBy: row.opened_by,
    openedOn: row.opened_on,
    resolution: row.resolution,
    resolutionNote: row.resolution_note,
    resolvedBy: row.resolved_by,
    resolvedOn: row.resolved_on,
    clearedBy: row.cleared_by_kind && row.cleared_by_id ? { kind: row.cleared_by_kind, id: row.cleared_by_id } : null,
    // JSON gives timestamps with an offset; the API answers them as ISO 8601 in UTC.
    attempts: row.attempts.map((attempt) => ({ ...attempt, attemptedAt: new Date(attempt.attemptedAt).toISOString() })),
  };
}
