import type { Role } from '@naltrack/domain';
import { NEEDS_LEAD } from '../discontinuation/discontinuation-request.entity.js';

/**
 * Each list's first lines, most urgent first: a day's worklist, not the caseload. The rest of a
 * long list is a click away (the caseload's flag filters, the approvals page), and lines past the
 * twentieth doubled the statement's time (3.0-4.5 ms with 50, 2.0-2.1 ms with 20, the bench's
 * reader at 100,000 patients).
 */
export const TODAY_LIST_LIMIT = 20;
/** Counts stop here: a list this long is shown as "100+". */
export const TODAY_COUNT_LIMIT = 100;

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
  /** How many teams the caller is in: a list has a branch per team. */
  teamCount: number;
  me(): string;
  today(): string;
  yesterday(): string;
  since(): string;
  pacs(): string;
  roles(): string;
  limit(): string;
  countLimit(): string;
}

/** One list: its count (stopping at the count limit) and its first lines (each a JSON object of the row's columns). */
interface ListQuery {
  count: string;
  items: string;
  order: string;
  /**
   * Rows that both the count and the first lines read, up to the count limit in list order, kept
   * once (a materialized CTE of this name): the checks a row needs then run once, not twice.
   */
  found?: { name: string; sql: string };
}

const NAME = `s.family_name || ', ' || s.given_name`;

/**
 * A list read team by team along an index on (care_team_id, key): one branch per team in key order,
 * merged (a Merge Append) until the first `limit` lines, so the list reads about a page whatever
 * the number of teams and patients. `rows(team)` is one team's rows in key order, without a LIMIT.
 */
function perTeam(p: Slots, rows: (team: string) => string, order: string): string {
  return `SELECT x.* FROM (${unionOfTeams(p, (team) => `(${rows(team)} LIMIT ${p.limit()})`)}) x
    ORDER BY ${order} LIMIT ${p.limit()}`;
}

/** One branch per team of the caller, joined with UNION ALL; a caller in no team gets one empty branch. */
function unionOfTeams(p: Slots, branch: (team: string) => string): string {
  const teams =
    p.teamCount === 0 ? ['NULL::uuid'] : Array.from({ length: p.teamCount }, (_, i) => `(${p.teams()})[${i + 1}]`);
  return teams.map(branch).join(' UNION ALL ');
}

/** Counts rows up to the count limit: a day with more is past counting line by line. */
const capped = (p: Slots, rows: string) => `SELECT COUNT(*) FROM (${rows} LIMIT ${p.countLimit()}) c`;

// Each list reads an index: the injections due of patients on XR, the partial flag indexes, a day's
// sessions, the recent-signal indexes, pending requests by age, the assignee's open tasks.
function injectionsDue(p: Slots): ListQuery {
  const where = (team: string) => `WHERE s.care_team_id = ${team} AND s.injection_due_on <= ${p.today()}
      AND s.formulation = 'xr_injection' AND s.status IN ('inducting', 'active', 'tapering')`;
  return {
    count: capped(p, `SELECT 1 FROM patient_summary s ${where(`ANY(${p.teams()})`)}`),
    items: perTeam(
      p,
      (team) => `SELECT s.patient_id, ${NAME} AS name, s.mrn, s.care_team_id, s.injection_due_on AS day
        FROM patient_summary s ${where(team)} ORDER BY s.injection_due_on, s.patient_id`,
      'x.day, x.patient_id',
    ),
    order: 'l.day, l.patient_id',
  };
}

function flagged(p: Slots, flag: 'not_started' | 'stopped_without_approval', on: string): ListQuery {
  const where = (team: string) => `WHERE s.care_team_id = ${team} AND '${flag}' = ANY(s.flags)`;
  return {
    count: capped(p, `SELECT 1 FROM patient_summary s ${where(`ANY(${p.teams()})`)}`),
    items: perTeam(
      p,
      (team) => `SELECT s.patient_id, ${NAME} AS name, s.mrn, s.care_team_id, ${on} AS day
        FROM patient_summary s ${where(team)} ORDER BY ${on}, s.patient_id`,
      'x.day, x.patient_id',
    ),
    order: 'l.day, l.patient_id',
  };
}

/**
 * Patients whose positive PHQ-9 item 9 awaits a safety assessment, by name along the partial index,
 * each with the day and answer of that PHQ-9 (its latest positive one, read along the patient's
 * observation index).
 */
function suicideRisk(p: Slots): ListQuery {
  const where = (team: string) => `WHERE s.care_team_id = ${team} AND 'suicide_risk' = ANY(s.flags)`;
  const byName = 's.family_name, s.given_name, s.patient_id';
  return {
    count: capped(p, `SELECT 1 FROM patient_summary s ${where(`ANY(${p.teams()})`)}`),
    items: `SELECT r.patient_id, r.name, r.mrn, r.care_team_id, r.family_name, r.given_name, q.day, q.item9
      FROM (${perTeam(
        p,
        (team) => `SELECT s.patient_id, ${NAME} AS name, s.mrn, s.care_team_id, s.family_name, s.given_name
          FROM patient_summary s ${where(team)} ORDER BY ${byName}`,
        'x.family_name, x.given_name, x.patient_id',
      )}) r
      LEFT JOIN LATERAL (SELECT o.observed_on AS day, o.items[9] AS item9 FROM observation o
         WHERE o.patient_id = r.patient_id AND o.kind = 'phq9' AND o.items[9] > 0
         ORDER BY o.observed_on DESC, o.id DESC LIMIT 1) q ON true`,
    order: 'l.family_name, l.given_name, l.patient_id',
  };
}

/** A day's sessions of the caller's teams: every clinician's for a lead, otherwise the caller's own. */
function sessions(p: Slots, day: string, status: string, everyone: boolean): ListQuery {
  const from = `FROM therapy_session t
    JOIN patient_summary s ON s.patient_id = t.patient_id AND s.care_team_id = ANY(${p.teams()})
    WHERE t.scheduled_on = ${day} AND ${status}${everyone ? '' : ` AND t.clinician_id = ${p.me()}`}`;
  return {
    count: capped(p, `SELECT 1 ${from}`),
    items: `SELECT s.patient_id, ${NAME} AS name, s.mrn, t.id AS session_id, t.scheduled_at, t.status ${from}
      ORDER BY t.scheduled_at, t.id LIMIT ${p.limit()}`,
    order: 'l.scheduled_at, l.session_id',
  };
}

/**
 * One kind of signal of one team, newest first along its index: recorded in the window, after the
 * patient's last visit (the last session attended or dose given in clinic, kept on the row).
 */
function signalsOf(p: Slots, kind: 'positive_screen' | 'craving_high', team: string): string {
  const day = kind === 'positive_screen' ? 's.last_positive_screen_on' : 's.latest_pacs_on';
  const high = kind === 'craving_high' ? ` AND s.latest_pacs >= ${p.pacs()}` : '';
  return `SELECT s.patient_id, ${NAME} AS name, s.mrn, '${kind}' AS kind, ${day} AS observed_on, s.latest_pacs
    FROM patient_summary s
    WHERE s.care_team_id = ${team} AND ${day} BETWEEN ${p.since()} AND ${p.today()}${high}
      AND ${day} > COALESCE(s.last_visit_on, DATE '0001-01-01')
    ORDER BY ${day} DESC, s.patient_id DESC`;
}

/** Positive screens and high PACS in the window after the last visit, newest first. */
function newSignals(p: Slots): ListQuery {
  const newest = (team: string, kind: 'positive_screen' | 'craving_high') =>
    `SELECT * FROM (${signalsOf(p, kind, team)} LIMIT ${p.countLimit()}) k`;
  // What the screen was positive for, from that day's screens.
  const screen = `(SELECT string_agg(CASE o.kind WHEN 'uds' THEN (
        SELECT string_agg(r.key, ', ' ORDER BY r.key) FROM jsonb_each_text(o.results) r WHERE r.value = 'positive'
      ) ELSE 'alcohol on breath test' END, '; ')
     FROM observation o
    WHERE o.patient_id = g.patient_id AND o.observed_on = g.observed_on
      AND (o.kind = 'breath_alcohol' AND o.value > 0
        OR o.kind = 'uds' AND EXISTS (SELECT 1 FROM jsonb_each_text(o.results) r WHERE r.value = 'positive')))`;
  const order = 'observed_on DESC, patient_id DESC, kind';
  return {
    found: {
      name: 'signals_found',
      sql: `SELECT x.* FROM (${unionOfTeams(p, (team) => `${newest(team, 'positive_screen')} UNION ALL ${newest(team, 'craving_high')}`)}) x
        ORDER BY ${order} LIMIT ${p.countLimit()}`,
    },
    count: 'SELECT COUNT(*) FROM signals_found',
    items: `SELECT g.*, CASE WHEN g.kind = 'positive_screen' THEN ${screen} END AS screen
      FROM (SELECT * FROM signals_found ORDER BY ${order} LIMIT ${p.limit()}) g`,
    order: 'l.observed_on DESC, l.patient_id DESC, l.kind',
  };
}

/**
 * Pending requests the caller may decide, oldest first: not their own, a role it needs, not decided
 * yet. Every request needs a prescriber and a therapist; only some need the lead, so a lead who is
 * neither reads the requests that need a lead along their own index, not every pending request.
 */
function approvals(p: Slots, roles: readonly Role[]): ListQuery | null {
  const leadOnly = !roles.includes('prescriber') && !roles.includes('therapist');
  if (leadOnly && !roles.includes('team_lead')) return null;
  const needsLead = leadOnly ? ` AND required_approvals @> '${NEEDS_LEAD}'` : '';
  // The summary's row is joined, not looked up per check: its team decides, and its name is shown.
  const mine = `r.proposed_by <> ${p.me()}
      AND EXISTS (SELECT 1 FROM jsonb_array_elements(r.required_approvals) a WHERE a->>'role' = ANY(${p.roles()}))
      AND NOT EXISTS (SELECT 1 FROM discontinuation_decision d WHERE d.request_id = r.id AND d.clinician_id = ${p.me()})`;
  // Pending requests are taken oldest first from their own index, which carries every column read
  // here (OFFSET 0 keeps the planner from folding that in), and checked one by one up to the page:
  // the planner cannot tell how many the checks keep, and otherwise checks every pending request of
  // the clinic before sorting.
  const oldestFirst = `(SELECT id, created_at, patient_id, proposed_by, kind, required_approvals
      FROM discontinuation_request WHERE status = 'pending'${needsLead} ORDER BY created_at, id OFFSET 0) r
      JOIN patient_summary s ON s.patient_id = r.patient_id AND s.care_team_id = ANY(${p.teams()})`;
  return {
    found: {
      name: 'approvals_found',
      sql: `SELECT r.id, r.patient_id, ${NAME} AS name, s.mrn, r.kind, r.created_at, r.proposed_by
        FROM ${oldestFirst} WHERE ${mine} ORDER BY r.created_at, r.id LIMIT ${p.countLimit()}`,
    },
    count: 'SELECT COUNT(*) FROM approvals_found',
    items: `SELECT r.id AS request_id, r.patient_id, r.name, r.mrn, r.kind, r.created_at,
        (SELECT c.display_name FROM clinician c WHERE c.id = r.proposed_by) AS proposed_by
      FROM (SELECT * FROM approvals_found ORDER BY created_at, id LIMIT ${p.limit()}) r`,
    order: 'l.created_at, l.request_id',
  };
}

/** The caller's open tasks, by due day: overdue, then due today, then later. */
function outreachTasks(p: Slots): ListQuery {
  const from = `FROM outreach_task o
    JOIN patient_summary s ON s.patient_id = o.patient_id AND s.care_team_id = ANY(${p.teams()})
    WHERE o.assignee_id = ${p.me()} AND o.status = 'open'`;
  return {
    count: capped(p, `SELECT 1 ${from}`),
    items: `SELECT o.id AS task_id, s.patient_id, ${NAME} AS name, s.mrn, o.reason, o.due_on,
        (SELECT COUNT(*) FROM outreach_attempt a WHERE a.task_id = o.id)::int AS attempts,
        (SELECT a.outcome FROM outreach_attempt a WHERE a.task_id = o.id ORDER BY a.attempted_at DESC LIMIT 1) AS last_outcome
      ${from} ORDER BY o.due_on, o.id LIMIT ${p.limit()}`,
    order: 'l.due_on, l.task_id',
  };
}

export const TODAY_LISTS = [
  'suicideRisk',
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
    // Every clinician of the team, whatever their role: it asks for someone today.
    suicideRisk: suicideRisk(p),
    injectionsDue: medication ? injectionsDue(p) : null,
    sessionsToday: therapy ? sessions(p, p.today(), notCancelled, lead) : null,
    noShowsYesterday: therapy ? sessions(p, p.yesterday(), `t.status = 'no_show'`, lead) : null,
    newSignals: newSignals(p),
    notStarted: medication ? flagged(p, 'not_started', 's.started_on') : null,
    // The last day naltrexone is known to have been taken, as the flag counts it.
    stoppedWithoutApproval: medication
      ? flagged(p, 'stopped_without_approval', 'GREATEST(s.last_oral_dose_on, s.covered_through, s.injection_last_on)')
      : null,
    approvals: approvals(p, roles),
    outreachTasks: outreachTasks(p),
  };
}

/**
 * The whole Today page as one statement, one JSON object with a {count, items} per list: one
 * round trip to the database, each list bounded by its LIMIT and each count by the count limit.
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
    teamCount: input.teamIds.length,
    me: slot(input.clinicianId, 'uuid'),
    today: slot(input.today, 'date'),
    yesterday: slot(input.yesterday, 'date'),
    since: slot(input.signalsSince, 'date'),
    pacs: slot(input.cravingHighPacs, 'int'),
    roles: slot(input.roles, 'text[]'),
    limit: slot(TODAY_LIST_LIMIT, 'int'),
    countLimit: slot(TODAY_COUNT_LIMIT, 'int'),
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
  const found = TODAY_LISTS.flatMap((name) => lists[name]?.found ?? []);
  const ctes = found.length ? `WITH ${found.map((f) => `${f.name} AS MATERIALIZED (${f.sql})`).join(',\n')}\n` : '';
  return { sql: `${ctes}SELECT json_build_object(${fields.join(',\n')}) AS today`, params };
}
