import type { CaseReviewKind } from './case-review-kinds.js';

/** One agenda line as the statement reads it: the item, what its figures come from, and its discussion. */
export interface AgendaRow {
  kind: CaseReviewKind;
  patient_id: string;
  name: string;
  mrn: string;
  request_id: string | null;
  data: Record<string, string | number | boolean | string[] | null>;
  decision_note: string | null;
  discussed_by_id: string | null;
  discussed_by_name: string | null;
  discussed_at: Date | null;
}

const NAME = `s.family_name || ', ' || s.given_name`;
const OF_TEAM = 's.care_team_id = $1::uuid';

/** A section of patients holding a caseload flag, with the summary values its figures show. */
const flagged = (kind: CaseReviewKind, data: string, extra = '', requestId = 'NULL::uuid') => `
  SELECT '${kind}' AS kind, s.patient_id, ${NAME} AS name, s.mrn, ${requestId} AS request_id, json_build_object(${data}) AS data
    FROM patient_summary s ${extra}
   WHERE ${OF_TEAM} AND '${kind}' = ANY(s.flags)`;

const PENDING_APPROVAL = `
  SELECT 'pending_approval' AS kind, s.patient_id, ${NAME} AS name, s.mrn, r.id AS request_id, json_build_object(
      'proposal', r.kind, 'effectiveOn', r.effective_on,
      'proposedBy', (SELECT c.display_name FROM clinician c WHERE c.id = r.proposed_by),
      'approvals', (SELECT COUNT(*) FROM discontinuation_decision d WHERE d.request_id = r.id AND d.decision = 'approve'),
      'required', jsonb_array_length(r.required_approvals), 'pdc90', s.pdc90, 'latestPacs', s.latest_pacs) AS data
    FROM discontinuation_request r JOIN patient_summary s ON s.patient_id = r.patient_id
   WHERE ${OF_TEAM} AND r.status = 'pending'`;

const RELAPSE = `'lastRelapseOn', s.last_relapse_on, 'lastRelapseUseOn', s.last_relapse_use_on, 'ongoing', s.relapse_ongoing`;

/**
 * Tasks of the team that are not getting anywhere: open and overdue, open with an unanswered or
 * wrong-number last attempt, or closed as unreachable in the 30 days to the meeting. One item per patient.
 */
const OUTREACH_STALLED = `
  SELECT 'outreach_stalled' AS kind, s.patient_id, ${NAME} AS name, s.mrn, NULL::uuid AS request_id, json_build_object(
      'reasons', array_agg(DISTINCT o.reason ORDER BY o.reason),
      'openTasks', COUNT(*) FILTER (WHERE o.status = 'open'),
      'attempts', SUM(a.attempts),
      'lastOutcome', (array_agg(a.last_outcome ORDER BY a.last_at DESC NULLS LAST))[1],
      'oldestDueOn', MIN(o.due_on) FILTER (WHERE o.status = 'open'),
      'unreachableOn', MAX(o.resolved_on) FILTER (WHERE o.resolution = 'unreachable')) AS data
    FROM outreach_task o
    JOIN patient_summary s ON s.patient_id = o.patient_id
    CROSS JOIN LATERAL (
      SELECT COUNT(*) AS attempts, MAX(t.attempted_at) AS last_at,
             (array_agg(t.outcome ORDER BY t.attempted_at DESC))[1] AS last_outcome
        FROM outreach_attempt t WHERE t.task_id = o.id
    ) a
   WHERE ${OF_TEAM}
     AND (o.status = 'open' AND (o.due_on < $2::date OR a.last_outcome IN ('no_answer', 'wrong_number'))
       OR o.status = 'done' AND o.resolution = 'unreachable' AND o.resolved_on BETWEEN $3::date AND $2::date)
   GROUP BY s.patient_id, s.family_name, s.given_name, s.mrn`;

/**
 * Every item of one team's agenda for a day ($1 team, $2 the day, $3 thirty days before it), as
 * the patients stand now, each with the discussion recorded for it on that day.
 */
export const AGENDA_SQL = `
  SELECT i.*, ci.decision_note, ci.discussed_by AS discussed_by_id, c.display_name AS discussed_by_name, ci.discussed_at
    FROM (
      ${PENDING_APPROVAL}
      UNION ALL ${flagged('early_relapse', `${RELAPSE}, 'daysOnNaltrexone', s.days_on_naltrexone, 'pdc90', s.pdc90`)}
      UNION ALL ${flagged(
        'relapse_during_taper',
        `${RELAPSE}, 'taperStartedOn', taper.started_on`,
        `LEFT JOIN LATERAL (
           SELECT r.id, r.started_on FROM discontinuation_request r
            WHERE r.patient_id = s.patient_id AND r.status = 'in_taper' ORDER BY r.created_at DESC LIMIT 1
         ) taper ON TRUE`,
        'taper.id',
      )}
      UNION ALL ${flagged(
        'stopped_without_approval',
        `'lastTreatedOn', GREATEST(s.last_oral_dose_on, s.covered_through, s.injection_last_on),
         'formulation', s.formulation, 'pdc90', s.pdc90`,
      )}
      UNION ALL ${flagged('injection_overdue', `'injectionLastOn', s.injection_last_on, 'injectionDueOn', s.injection_due_on`)}
      UNION ALL ${OUTREACH_STALLED}
    ) i
    LEFT JOIN case_review_item ci
      ON ci.care_team_id = $1::uuid AND ci.review_on = $2::date AND ci.patient_id = i.patient_id AND ci.kind = i.kind
    LEFT JOIN clinician c ON c.id = ci.discussed_by
   ORDER BY i.name, i.patient_id`;
