import type { Role } from '@naltrack/domain';

export const TODAY_LIST_LIMIT = 50;

export interface TodayParams {
  teamIds: readonly string[];
  clinicianId: string;
  today: string;
  yesterday: string;
  /** The first day of the window new signals are looked for in. */
  signalsSince: string;
  cravingHighPacs: number;
  roles: readonly Role[];
}

/** Placeholders bound on first use, so the statement carries only the parameters its lists read. */
interface Slots {
  teams(): string;
  me(): string;
  today(): string;
  yesterday(): string;
  since(): string;
  pacs(): string;
  roles(): string;
  limit(): string;
}

/** One list: its total, and its first lines (each a JSON object of the row's columns). */
interface ListQuery {
  count: string;
  items: string;
  order: string;
  /** A common table expression both read, computed once (`name AS MATERIALIZED (...)`). */
  shared?: string;
}

const NAME = `s.family_name || ', ' || s.given_name`;

// Each list reads an index: the caseload's injection-due key, the partial flag indexes, a day's
// sessions, the recent-signal indexes, pending requests, the assignee's open tasks.
function injectionsDue(p: Slots): ListQuery {
  const from = `FROM patient_summary s
    WHERE s.care_team_id = ANY(${p.teams()}) AND COALESCE(s.injection_due_on, DATE '9999-12-31') <= ${p.today()}
      AND s.formulation = 'xr_injection' AND s.status IN ('inducting', 'active', 'tapering')`;
  return {
    count: `SELECT COUNT(*) ${from}`,
    items: `SELECT s.patient_id, ${NAME} AS name, s.mrn, s.care_team_id, s.injection_due_on AS day ${from}
      ORDER BY COALESCE(s.injection_due_on, DATE '9999-12-31'), s.patient_id LIMIT ${p.limit()}`,
    order: 'l.day, l.patient_id',
  };
}

function flagged(p: Slots, flag: 'not_started' | 'stopped_without_approval', on: string): ListQuery {
  const from = `FROM patient_summary s WHERE s.care_team_id = ANY(${p.teams()}) AND '${flag}' = ANY(s.flags)`;
  return {
    count: `SELECT COUNT(*) ${from}`,
    items: `SELECT s.patient_id, ${NAME} AS name, s.mrn, s.care_team_id, ${on} AS day ${from}
      ORDER BY 5, s.patient_id LIMIT ${p.limit()}`,
    order: 'l.day, l.patient_id',
  };
}

/** A day's sessions of the caller's teams: every clinician's for a lead, otherwise the caller's own. */
function sessions(p: Slots, day: string, status: string, everyone: boolean): ListQuery {
  const from = `FROM therapy_session t
    JOIN patient_summary s ON s.patient_id = t.patient_id AND s.care_team_id = ANY(${p.teams()})
    WHERE t.scheduled_on = ${day} AND ${status}${everyone ? '' : ` AND t.clinician_id = ${p.me()}`}`;
  return {
    count: `SELECT COUNT(*) ${from}`,
    items: `SELECT s.patient_id, ${NAME} AS name, s.mrn, t.id AS session_id, t.scheduled_at, t.status ${from}
      ORDER BY t.scheduled_at, t.id LIMIT ${p.limit()}`,
    order: 'l.scheduled_at, l.session_id',
  };
}

/**
 * Positive screens and high PACS in the window, after the last visit: the last attended session,
 * the last injection, or a dose given in clinic on or after the signal's day. The summary's days are
 * checked first, so the dose lookup runs only for the signals they leave. Count and lines read the
 * signals once.
 */
function newSignals(p: Slots): ListQuery {
  const window = `BETWEEN ${p.since()} AND ${p.today()}`;
  const signals = `SELECT s.patient_id, ${NAME} AS name, s.mrn, v.kind, v.observed_on, s.latest_pacs
    FROM patient_summary s
    CROSS JOIN LATERAL (VALUES
      ('positive_screen', s.last_positive_screen_on),
      ('craving_high', CASE WHEN s.latest_pacs >= ${p.pacs()} THEN s.latest_pacs_on END)
    ) AS v(kind, observed_on)
    WHERE s.care_team_id = ANY(${p.teams()})
      AND (s.last_positive_screen_on ${window} OR (s.latest_pacs_on ${window} AND s.latest_pacs >= ${p.pacs()}))
      AND v.observed_on ${window}
      AND v.observed_on > COALESCE(GREATEST(s.last_session_on, s.injection_last_on), DATE '0001-01-01')
      AND NOT EXISTS (SELECT 1 FROM medication_event m
         WHERE m.patient_id = s.patient_id AND m.kind = 'administered'
           AND m.occurred_on BETWEEN v.observed_on AND ${p.today()})`;
  // What the screen was positive for, from that day's screens.
  const screen = `(SELECT string_agg(CASE o.kind WHEN 'uds' THEN (
        SELECT string_agg(r.key, ', ' ORDER BY r.key) FROM jsonb_each_text(o.results) r WHERE r.value = 'positive'
      ) ELSE 'alcohol on breath test' END, '; ')
     FROM observation o
    WHERE o.patient_id = g.patient_id AND o.observed_on = g.observed_on
      AND (o.kind = 'breath_alcohol' AND o.value > 0
        OR o.kind = 'uds' AND EXISTS (SELECT 1 FROM jsonb_each_text(o.results) r WHERE r.value = 'positive')))`;
  return {
    shared: `signals AS MATERIALIZED (${signals})`,
    count: 'SELECT COUNT(*) FROM signals',
    items: `SELECT g.*, CASE WHEN g.kind = 'positive_screen' THEN ${screen} END AS screen
      FROM signals g ORDER BY g.observed_on DESC, g.patient_id, g.kind LIMIT ${p.limit()}`,
    order: 'l.observed_on DESC, l.patient_id, l.kind',
  };
}

/** Pending requests the caller may decide: not their own, a role it needs, not decided yet. Read once. */
function approvals(p: Slots): ListQuery {
  const pending = `SELECT r.id AS request_id, s.patient_id, ${NAME} AS name, s.mrn, r.kind, r.created_at, r.proposed_by
    FROM discontinuation_request r
    JOIN patient_summary s ON s.patient_id = r.patient_id AND s.care_team_id = ANY(${p.teams()})
    WHERE r.status = 'pending' AND r.proposed_by <> ${p.me()}
      AND EXISTS (SELECT 1 FROM jsonb_array_elements(r.required_approvals) a WHERE a->>'role' = ANY(${p.roles()}))
      AND NOT EXISTS (SELECT 1 FROM discontinuation_decision d WHERE d.request_id = r.id AND d.clinician_id = ${p.me()})`;
  return {
    shared: `approvals AS MATERIALIZED (${pending})`,
    count: 'SELECT COUNT(*) FROM approvals',
    items: `SELECT a.request_id, a.patient_id, a.name, a.mrn, a.kind, a.created_at,
        (SELECT c.display_name FROM clinician c WHERE c.id = a.proposed_by) AS proposed_by
      FROM approvals a ORDER BY a.created_at, a.request_id LIMIT ${p.limit()}`,
    order: 'l.created_at, l.request_id',
  };
}

/** The caller's open tasks, by due day: overdue, then due today, then later. */
function outreachTasks(p: Slots): ListQuery {
  const from = `FROM outreach_task o
    JOIN patient_summary s ON s.patient_id = o.patient_id AND s.care_team_id = ANY(${p.teams()})
    WHERE o.assignee_id = ${p.me()} AND o.status = 'open'`;
  return {
    count: `SELECT COUNT(*) ${from}`,
    items: `SELECT o.id AS task_id, s.patient_id, ${NAME} AS name, s.mrn, o.reason, o.due_on,
        (SELECT COUNT(*) FROM outreach_attempt a WHERE a.task_id = o.id)::int AS attempts,
        (SELECT a.outcome FROM outreach_attempt a WHERE a.task_id = o.id ORDER BY a.attempted_at DESC LIMIT 1) AS last_outcome
      ${from} ORDER BY o.due_on, o.id LIMIT ${p.limit()}`,
    order: 'l.due_on, l.task_id',
  };
}

export const TODAY_LISTS = [
  'injectionsDue',
  'sessionsToday',
  'noShowsYesterday',
  'newSignals',
  'notStarted',
  'stoppedWithoutApproval',
  'approvals',
  'outreachTasks',
] as const;
export type TodayList = (typeof TODAY_LISTS)[number];

/** The lists a clinician with these roles gets; the others answer empty. */
function listsFor(p: Slots, roles: readonly Role[]): Record<TodayList, ListQuery | null> {
  const medication = roles.includes('prescriber') || roles.includes('nurse');
  const lead = roles.includes('team_lead');
  const therapy = lead || roles.includes('therapist');
  const notCancelled = `t.status NOT IN ('cancelled_by_patient', 'cancelled_by_clinic')`;
  return {
    injectionsDue: medication ? injectionsDue(p) : null,
    sessionsToday: therapy ? sessions(p, p.today(), notCancelled, lead) : null,
    noShowsYesterday: therapy ? sessions(p, p.yesterday(), `t.status = 'no_show'`, lead) : null,
    newSignals: newSignals(p),
    notStarted: medication ? flagged(p, 'not_started', 's.started_on') : null,
    // The last day naltrexone is known to have been taken, as the flag counts it.
    stoppedWithoutApproval: medication
      ? flagged(p, 'stopped_without_approval', 'GREATEST(s.last_oral_dose_on, s.covered_through, s.injection_last_on)')
      : null,
    approvals: approvals(p),
    outreachTasks: outreachTasks(p),
  };
}

/**
 * The whole Today page as one statement, one JSON object with a {count, items} per list: one
 * round trip to the database, each list bounded by its LIMIT.
 */
export function todayStatement(input: TodayParams): { sql: string; params: unknown[] } {
  const params: unknown[] = [];
  const slot = (value: unknown, cast: string) => {
    let placeholder: string | null = null;
    return () => {
      placeholder ??= `$${params.push(value)}::${cast}`;
      return placeholder;
    };
  };
  const p: Slots = {
    teams: slot(input.teamIds, 'uuid[]'),
    me: slot(input.clinicianId, 'uuid'),
    today: slot(input.today, 'date'),
    yesterday: slot(input.yesterday, 'date'),
    since: slot(input.signalsSince, 'date'),
    pacs: slot(input.cravingHighPacs, 'int'),
    roles: slot(input.roles, 'text[]'),
    limit: slot(TODAY_LIST_LIMIT, 'int'),
  };
  const lists = listsFor(p, input.roles);
  const fields = TODAY_LISTS.map((name) => {
    const list = lists[name];
    const value = list
      ? `json_build_object('count', (${list.count}), 'items',
          COALESCE((SELECT json_agg(l ORDER BY ${list.order}) FROM (${list.items}) l), '[]'::json))`
      : `json_build_object('count', 0, 'items', '[]'::json)`;
    return `'${name}', ${value}`;
  });
  const shared = TODAY_LISTS.flatMap((name) => lists[name]?.shared ?? []);
  const prefix = shared.length > 0 ? `WITH ${shared.join(',\n')}\n` : '';
  return { sql: `${prefix}SELECT json_build_object(${fields.join(',\n')}) AS today`, params };
}
