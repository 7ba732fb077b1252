import {
  type ClinicalDate,
  MEASURE_CONSTANTS,
  type MeasureOutreachTask,
  type MeasureReEngagementRecord,
} from '@naltrack/domain';
import type { EntityManager } from 'typeorm';

/** An outreach task with what the outreach measures read, and what the drill-down shows. */
export interface OutreachMeasureRecord extends MeasureOutreachTask, MeasureReEngagementRecord {
  taskId: string;
  patientId: string;
  /** "Family, Given". */
  name: string;
  mrn: string;
}

export interface OutreachMeasureRecordsQuery {
  teamIds: readonly string[];
  from: ClinicalDate;
  to: ClinicalDate;
  asOf: ClinicalDate;
}

/**
 * Loads, in one statement, every task the outreach measures can count over the period: those
 * opened in it, and those with an attempt in it (re-engagement counts a task by its first
 * attempt). Each carries its attempt days up to today and its patient's sessions and medication
 * events from the first attempt through the re-engagement window: all re-engagement reads.
 */
export async function loadOutreachMeasureRecords(
  db: Pick<EntityManager, 'query'>,
  query: OutreachMeasureRecordsQuery,
): Promise<OutreachMeasureRecord[]> {
  const params: unknown[] = [];
  const bind = (value: unknown, type: string) => `$${params.push(value)}::${type}`;
  const teams = bind(query.teamIds, 'uuid[]');
  const from = bind(query.from, 'date');
  const to = bind(query.to, 'date');
  const asOf = bind(query.asOf, 'date');
  const windowDays = bind(MEASURE_CONSTANTS.outreachReEngagementDays, 'int');
  const rows: { record: OutreachMeasureRecord }[] = await db.query(
    `WITH task AS (
       SELECT t.id, t.patient_id, t.reason, t.opened_on, t.due_on,
              (SELECT MIN(a.attempted_on) FROM outreach_attempt a
                WHERE a.task_id = t.id AND a.attempted_on <= ${asOf}) AS first_attempt_on
         FROM outreach_task t JOIN patient p ON p.id = t.patient_id
        WHERE p.care_team_id = ANY(${teams})
          AND (t.opened_on BETWEEN ${from} AND ${to}
               OR EXISTS (SELECT 1 FROM outreach_attempt a
                           WHERE a.task_id = t.id AND a.attempted_on BETWEEN ${from} AND ${to}))
     )
     SELECT json_build_object(
              'taskId', t.id,
              'patientId', p.id,
              'name', p.family_name || ', ' || p.given_name,
              'mrn', p.mrn,
              'reason', t.reason,
              'openedOn', t.opened_on,
              'dueOn', t.due_on,
              'attemptDays', COALESCE((SELECT json_agg(a.attempted_on) FROM outreach_attempt a
                                        WHERE a.task_id = t.id AND a.attempted_on <= ${asOf}), '[]'),
              'sessions', COALESCE((
                  SELECT json_agg(json_build_object('scheduledOn', s.scheduled_on, 'status', s.status, 'type', s.type))
                    FROM therapy_session s
                   WHERE s.patient_id = t.patient_id
                     AND s.scheduled_on BETWEEN t.first_attempt_on AND LEAST(t.first_attempt_on + ${windowDays}, ${asOf})
                     -- A clinic day lies within a day of its UTC date whatever the zone: this bracket
                     -- lets the (patient_id, scheduled_at) index read only the window's sessions.
                     AND s.scheduled_at >= (t.first_attempt_on - 1)::timestamp AT TIME ZONE 'UTC'
                     AND s.scheduled_at < (t.first_attempt_on + ${windowDays} + 2)::timestamp AT TIME ZONE 'UTC'), '[]'),
              'medicationEvents', COALESCE((
                  SELECT json_agg(json_build_object('kind', m.kind, 'occurredOn', m.occurred_on))
                    FROM medication_event m
                   WHERE m.patient_id = t.patient_id
                     AND m.occurred_on BETWEEN t.first_attempt_on AND LEAST(t.first_attempt_on + ${windowDays}, ${asOf})), '[]')
            ) AS record
       FROM task t JOIN patient p ON p.id = t.patient_id`,
    params,
  );
  return rows.map((row) => row.record);
}
