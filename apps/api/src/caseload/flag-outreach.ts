import { type CaseloadFlag, type ClinicalDate, DEFAULT_OUTREACH_RULES } from '@naltrack/domain';
import type { EntityManager } from 'typeorm';

/** A patient's caseload row as it stood before a rebuild: its team and flags. */
export interface RowBefore {
  careTeamId: string;
  flags: readonly CaseloadFlag[];
}

/** A patient's team and flags before and after a rebuild (none before for a new patient). */
export interface FlagChange {
  patientId: string;
  careTeamId: string;
  before: RowBefore | undefined;
  after: readonly CaseloadFlag[];
}

/**
 * Rows written in this transaction that may have cleared a flag, most telling first. A row's
 * created_at (or updated_at) defaults to now(), the transaction's start, so equality names the
 * records this transaction wrote; the patient's lock keeps any other writer out meanwhile.
 */
const CLEARING_RECORDS = [
  { kind: 'medication_event', stamp: 'created_at' },
  { kind: 'naltrexone_start', stamp: 'created_at' },
  { kind: 'therapy_session', stamp: 'updated_at' },
  { kind: 'observation', stamp: 'created_at' },
  { kind: 'relapse_event', stamp: 'created_at' },
  { kind: 'stop_resolution', stamp: 'created_at' },
  { kind: 'discontinuation_request', stamp: 'updated_at' },
];

const CLEARED_BY = CLEARING_RECORDS.map(
  ({ kind, stamp }, rank) =>
    `SELECT patient_id, '${kind}' AS kind, id, ${rank} AS rank FROM ${kind}
      WHERE patient_id = ANY($1::uuid[]) AND ${stamp} = now()`,
).join(' UNION ALL ');

/** Closes the open tasks of flags that cleared, naming the record written alongside when there is one. */
async function closeClearedTasks(manager: EntityManager, cleared: FlagPair[], today: ClinicalDate): Promise<void> {
  if (cleared.length === 0) return;
  await manager.query(
    `WITH cleared AS (SELECT * FROM unnest($1::uuid[], $2::text[]) AS c(patient_id, flag)),
          writer AS (SELECT DISTINCT ON (patient_id) patient_id, kind, id
                       FROM (${CLEARED_BY}) written ORDER BY patient_id, rank, id)
     UPDATE outreach_task t
        SET status = 'done', resolution = 'flag_cleared', resolution_note = NULL, resolved_by = NULL,
            resolved_on = $3, resolved_at = now(), cleared_by_kind = w.kind, cleared_by_id = w.id
       FROM cleared c LEFT JOIN writer w ON w.patient_id = c.patient_id
      WHERE t.patient_id = c.patient_id AND t.reason = c.flag AND t.status = 'open'`,
    [cleared.map((c) => c.patientId), cleared.map((c) => c.flag), today],
  );
}

/**
 * Opens a task for each flag that appeared under an enabled rule (the team's row, else the
 * default), for the active team member with the rule's role and the fewest open tasks (ties by
 * id), else the team's lead with the fewest. A task already open for the reason stays the only one,
 * and a flag the team acknowledged until today or later opens none: they know, and said why.
 */
async function openAppearedTasks(manager: EntityManager, appeared: FlagPair[], today: ClinicalDate): Promise<void> {
  if (appeared.length === 0) return;
  await manager.query(
    `WITH appeared AS (SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::text[]) AS a(patient_id, care_team_id, flag)),
          defaults AS (SELECT * FROM unnest($4::text[], $5::boolean[], $6::text[], $7::int[])
                         AS d(flag, enabled, assignee_role, due_in_days)),
          ruled AS (
            SELECT a.patient_id, a.care_team_id, a.flag,
                   COALESCE(r.assignee_role::text, d.assignee_role) AS assignee_role,
                   COALESCE(r.due_in_days, d.due_in_days) AS due_in_days
              FROM appeared a
              LEFT JOIN outreach_rule r ON r.care_team_id = a.care_team_id AND r.flag = a.flag
              LEFT JOIN defaults d ON d.flag = a.flag
             WHERE COALESCE(r.enabled, d.enabled, FALSE)
               AND NOT EXISTS (SELECT 1 FROM flag_acknowledgement k
                                WHERE k.patient_id = a.patient_id AND k.flag = a.flag AND k.until_on >= $8::date)),
          assigned AS (
            SELECT ruled.*, (
              SELECT c.id FROM care_team_membership m
                JOIN clinician c ON c.id = m.clinician_id AND c.active
               WHERE m.care_team_id = ruled.care_team_id
                 AND (ruled.assignee_role::clinician_role = ANY(c.roles) OR 'team_lead' = ANY(c.roles))
               ORDER BY ruled.assignee_role::clinician_role = ANY(c.roles) DESC,
                        (SELECT COUNT(*) FROM outreach_task o WHERE o.assignee_id = c.id AND o.status = 'open'),
                        c.id
               LIMIT 1) AS assignee_id
              FROM ruled)
     INSERT INTO outreach_task (patient_id, reason, assignee_id, due_on, opened_by, opened_on)
     SELECT patient_id, flag, assignee_id, $8::date + due_in_days, NULL, $8::date
       FROM assigned WHERE assignee_id IS NOT NULL
     ON CONFLICT (patient_id, reason) WHERE status = 'open' DO NOTHING`,
    [
      appeared.map((a) => a.patientId),
      appeared.map((a) => a.careTeamId),
      appeared.map((a) => a.flag),
      DEFAULT_OUTREACH_RULES.map((r) => r.flag),
      DEFAULT_OUTREACH_RULES.map((r) => r.enabled),
      DEFAULT_OUTREACH_RULES.map((r) => r.assigneeRole),
      DEFAULT_OUTREACH_RULES.map((r) => r.dueInDays),
      today,
    ],
  );
}

interface FlagPair {
  patientId: string;
  careTeamId: string;
  flag: CaseloadFlag;
}

/**
 * Closes the open tasks of moved patients held by someone outside the patient's new team, who can
 * no longer see the patient: the new team's rules then open its own.
 */
async function closeTasksLeftBehind(manager: EntityManager, moved: readonly string[], today: ClinicalDate) {
  if (moved.length === 0) return;
  await manager.query(
    `UPDATE outreach_task t
        SET status = 'done', resolution = 'transferred', resolution_note = 'The patient moved to another care team',
            resolved_by = NULL, resolved_on = $2, resolved_at = now()
       FROM patient p
      WHERE p.id = t.patient_id AND t.patient_id = ANY($1::uuid[]) AND t.status = 'open'
        AND NOT EXISTS (SELECT 1 FROM care_team_membership m
                         WHERE m.care_team_id = p.care_team_id AND m.clinician_id = t.assignee_id)`,
    [moved, today],
  );
}

/**
 * Turns flag changes into outreach: a flag that appeared opens its task, one that cleared closes
 * it. A patient who moved to another team starts over there: every flag counts as appeared, after
 * the tasks held outside the new team are closed. A few statements for the whole batch, whatever
 * its size.
 */
export async function followFlagChanges(
  manager: EntityManager,
  changes: readonly FlagChange[],
  today: ClinicalDate,
): Promise<void> {
  const appeared: FlagPair[] = [];
  const cleared: FlagPair[] = [];
  const moved: string[] = [];
  for (const { patientId, careTeamId, before, after } of changes) {
    const hasMoved = before !== undefined && before.careTeamId !== careTeamId;
    if (hasMoved) moved.push(patientId);
    const had = hasMoved ? [] : (before?.flags ?? []);
    for (const flag of after) if (!had.includes(flag)) appeared.push({ patientId, careTeamId, flag });
    for (const flag of before?.flags ?? []) if (!after.includes(flag)) cleared.push({ patientId, careTeamId, flag });
  }
  await closeClearedTasks(manager, cleared, today);
  await closeTasksLeftBehind(manager, moved, today);
  await openAppearedTasks(manager, appeared, today);
}
