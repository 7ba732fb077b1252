import type { ClinicalDate } from '@naltrack/domain';
import type { EntityManager } from 'typeorm';

// The demo's outreach, derived from the records already inserted, so that a newcomer sees the loop
// from flag to outcome working: months of resolved tasks behind the measures, open and overdue tasks
// for today's flags, flags acknowledged for a while, and a case review the team has begun.
// Choices that look random hash the patient's MRN and a day, so the same cohort gets the same outreach.

/** Resolved tasks after missed sessions: the first no-show of a run, up to 14 days ago, over half a year. */
const HISTORY_SQL = `
  WITH runs AS (
    SELECT s.patient_id, s.scheduled_on, s.clinician_id, p.mrn,
           lag(s.status) OVER (PARTITION BY s.patient_id ORDER BY s.scheduled_at) AS previous_status, s.status
      FROM therapy_session s JOIN patient p ON p.id = s.patient_id
     WHERE s.scheduled_on BETWEEN $1::date - 180 AND $1::date - 14
  ), missed AS (
    SELECT patient_id, clinician_id, scheduled_on + 1 AS opened_on,
           abs(hashtext(mrn || scheduled_on::text)) AS h
      FROM runs
     WHERE status = 'no_show' AND previous_status IS DISTINCT FROM 'no_show' AND clinician_id IS NOT NULL
  ), outcome AS (
    SELECT m.*, m.opened_on + (m.h % 4)::int AS first_attempt_on,
           (SELECT min(s.scheduled_on) FROM therapy_session s
             WHERE s.patient_id = m.patient_id AND s.status IN ('attended', 'late')
               AND s.scheduled_on BETWEEN m.opened_on + (m.h % 4)::int AND m.opened_on + (m.h % 4)::int + 14) AS back_on
      FROM missed m
  ), tasks AS (
    INSERT INTO outreach_task (patient_id, reason, status, assignee_id, due_on, opened_by, opened_on, opened_at,
                               resolution, resolution_note, resolved_by, resolved_on, resolved_at)
    SELECT patient_id, 'missed_sessions', 'done', clinician_id, opened_on + 2, NULL, opened_on, opened_on::timestamptz,
           CASE WHEN back_on IS NULL THEN 'unreachable' ELSE 're_engaged' END,
           CASE WHEN back_on IS NULL THEN 'No answer to calls or letters.' ELSE 'Came back to therapy.' END,
           clinician_id, coalesce(back_on, first_attempt_on + 14), coalesce(back_on, first_attempt_on + 14)::timestamptz
      FROM outcome
    RETURNING id, patient_id, assignee_id, opened_on
  )
  INSERT INTO outreach_attempt (task_id, patient_id, channel, outcome, note, attempted_by, attempted_on, attempted_at)
  SELECT t.id, t.patient_id, a.channel, a.outcome, NULL, t.assignee_id, a.on_day, a.on_day::timestamptz + interval '15 hours'
    FROM tasks t JOIN outcome o ON o.patient_id = t.patient_id AND o.opened_on = t.opened_on
   CROSS JOIN LATERAL (VALUES
     (o.first_attempt_on, 'phone', CASE WHEN o.back_on IS NOT NULL AND o.h % 3 = 0 THEN 'reached' ELSE 'no_answer' END),
     (o.first_attempt_on + 2, CASE WHEN o.h % 2 = 0 THEN 'text' ELSE 'phone' END,
      CASE WHEN o.back_on IS NULL THEN 'left_message' ELSE 'reached' END)
   ) AS a(on_day, channel, outcome)
   WHERE a.on_day <= $1::date AND (o.back_on IS NULL OR o.h % 3 <> 0 OR a.on_day = o.first_attempt_on)`;

/**
 * Today's flags get the task their team's rule would have opened, if the write path did not already:
 * some opened days ago and now overdue, some with an unanswered first call.
 */
const OPEN_TASKS_SQL = `
  WITH flagged AS (
    SELECT s.patient_id, s.care_team_id, f.flag, abs(hashtext(p.mrn || f.flag)) AS h
      FROM patient_summary s JOIN patient p ON p.id = s.patient_id
     CROSS JOIN LATERAL unnest(s.flags) AS f(flag)
     WHERE f.flag IN ('injection_overdue', 'not_started', 'missed_sessions', 'stopped_without_approval', 'suicide_risk')
  ), assigned AS (
    SELECT fl.*, c.id AS assignee_id,
           CASE fl.flag WHEN 'missed_sessions' THEN 2 WHEN 'suicide_risk' THEN 0 ELSE 1 END AS due_in,
           (fl.h % 5)::int AS age
      FROM flagged fl
      JOIN LATERAL (
        SELECT c.id FROM care_team_membership m JOIN clinician c ON c.id = m.clinician_id
         WHERE m.care_team_id = fl.care_team_id AND c.active
           AND c.roles @> ARRAY[(CASE WHEN fl.flag IN ('missed_sessions', 'suicide_risk') THEN 'therapist'
                                 WHEN fl.flag = 'stopped_without_approval' THEN 'prescriber' ELSE 'nurse' END)::clinician_role]
         ORDER BY c.email LIMIT 1) c ON true
  )
  INSERT INTO outreach_task (patient_id, reason, assignee_id, due_on, opened_by, opened_on, opened_at)
  SELECT patient_id, flag, assignee_id, $1::date - age + due_in, NULL, $1::date - age, now() - age * interval '1 day'
    FROM assigned
  ON CONFLICT (patient_id, reason) WHERE status = 'open' DO UPDATE
     SET opened_on = excluded.opened_on, opened_at = excluded.opened_at, due_on = excluded.due_on`;

/** An unanswered call on the open tasks opened two days ago or more, every other one. */
const FIRST_CALLS_SQL = `
  INSERT INTO outreach_attempt (task_id, patient_id, channel, outcome, note, next_attempt_on, attempted_by, attempted_on, attempted_at)
  SELECT t.id, t.patient_id, 'phone', 'no_answer', 'Rang twice, no voicemail set up.', $1::date + 1, t.assignee_id,
         t.opened_on + 1, now() - ($1::date - t.opened_on - 1) * interval '1 day'
    FROM outreach_task t JOIN patient p ON p.id = t.patient_id
   WHERE t.status = 'open' AND t.opened_on <= $1::date - 2 AND abs(hashtext(p.mrn)) % 2 = 0`;

/** Two flagged patients of each team are muted for a while, with the reason the team gave. */
const ACKNOWLEDGEMENTS_SQL = `
  INSERT INTO flag_acknowledgement (patient_id, flag, reason, until_on, acknowledged_by)
  SELECT ranked.patient_id, ranked.flag, ranked.reason, $1::date + 10, ranked.lead_id
    FROM (
      SELECT s.patient_id, s.flags[1] AS flag, c.id AS lead_id,
             CASE WHEN row_number() OVER w = 1 THEN 'In hospital until the 10-day review; ward aware of naltrexone.'
                  ELSE 'Travelling for a family funeral; call booked on return.' END AS reason,
             row_number() OVER w AS n
        FROM patient_summary s
        JOIN care_team_membership m ON m.care_team_id = s.care_team_id
        JOIN clinician c ON c.id = m.clinician_id AND c.roles @> ARRAY['team_lead'::clinician_role]
       -- A suicide risk is never muted: it waits for its safety assessment.
       WHERE cardinality(s.flags) > 0 AND NOT 'suicide_risk' = ANY(s.flags)
      WINDOW w AS (PARTITION BY s.care_team_id ORDER BY s.family_name, s.given_name, s.patient_id)
    ) ranked
   WHERE ranked.n <= 2`;

/** Last week's case review discussed each team's early relapses; today's has begun with one item. */
const CASE_REVIEW_SQL = `
  INSERT INTO case_review_item (care_team_id, patient_id, kind, review_on, decision_note, discussed_by, discussed_at)
  SELECT ranked.care_team_id, ranked.patient_id, 'early_relapse', ranked.review_on, ranked.note, ranked.lead_id,
         ranked.review_on::timestamptz + interval '13 hours'
    FROM (
      SELECT s.care_team_id, s.patient_id, c.id AS lead_id,
             CASE WHEN row_number() OVER w = 1 THEN $1::date ELSE $1::date - 7 END AS review_on,
             CASE WHEN row_number() OVER w = 1 THEN 'Keep XR-naltrexone; weekly sessions and a screen each visit.'
                  ELSE 'Continue; therapist to add relapse-prevention module.' END AS note,
             row_number() OVER w AS n
        FROM patient_summary s
        JOIN care_team_membership m ON m.care_team_id = s.care_team_id
        JOIN clinician c ON c.id = m.clinician_id AND c.roles @> ARRAY['team_lead'::clinician_role]
       WHERE s.flags @> ARRAY['early_relapse']::text[]
      WINDOW w AS (PARTITION BY s.care_team_id ORDER BY s.family_name, s.given_name, s.patient_id)
    ) ranked
   WHERE ranked.n <= 3`;

/** Adds the demo's outreach and case review to a freshly seeded cohort, in the seeding transaction. */
export async function seedDemoOutreach(manager: EntityManager, today: ClinicalDate): Promise<void> {
  for (const sql of [HISTORY_SQL, OPEN_TASKS_SQL, FIRST_CALLS_SQL, ACKNOWLEDGEMENTS_SQL, CASE_REVIEW_SQL]) {
    await manager.query(sql, [today]);
  }
}
