import { CASELOAD_FLAGS, type ClinicalDate } from '@naltrack/domain';
import { decodeCursor } from './caseload-cursor.js';
import { resolveSort } from './caseload-sort.js';
import type { CaseloadQueryDto } from './dto/caseload-query.dto.js';

export const DEFAULT_CASELOAD_LIMIT = 50;

export interface CaseloadStatement {
  sql: string;
  params: unknown[];
  sortName: string;
  limit: number;
}

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/** `'flag', <count of it>` for every flag, for json_build_object. */
function perFlag(count: (flag: string) => string): string {
  return CASELOAD_FLAGS.map((flag) => `'${flag}', ${count(flag)}`).join(', ');
}

/**
 * Flagged, with some flag not acknowledged today, and no open outreach task: the patients no one
 * is reaching out to. The open-task and acknowledgement lookups run off their (patient_id, ...)
 * indexes (outreach_task_open_reason_key, flag_acknowledgement_patient_idx).
 */
function withoutOutreach(day: string): string {
  return `cardinality(s.flags) > 0
    AND NOT EXISTS (SELECT 1 FROM outreach_task t WHERE t.patient_id = s.patient_id AND t.status = 'open')
    AND EXISTS (SELECT 1 FROM unnest(s.flags) AS f(flag)
                 WHERE NOT EXISTS (SELECT 1 FROM flag_acknowledgement k
                                    WHERE k.patient_id = s.patient_id AND k.flag = f.flag AND k.until_on >= ${day}::date))`;
}

/** A page row's open tasks, the next due day among them, and the day of the latest attempt on any task. */
const OUTREACH_OF_ROW = `
  SELECT json_build_object(
           'openTasks', COUNT(*),
           'nextDueOn', MIN(t.due_on),
           'lastAttemptOn', (SELECT x.attempted_on FROM outreach_attempt x WHERE x.patient_id = p.patient_id
                              ORDER BY x.attempted_at DESC LIMIT 1)) AS outreach
    FROM outreach_task t WHERE t.patient_id = p.patient_id AND t.status = 'open'`;

/** A page row's acknowledgements in force today, the latest-ending one per flag. */
const ACKNOWLEDGED_OF_ROW = (day: string) => `
  SELECT COALESCE(json_agg(json_build_object('flag', k.flag, 'untilOn', k.until_on, 'reason', k.reason)
                           ORDER BY k.flag), '[]') AS acknowledged_flags
    FROM (SELECT DISTINCT ON (flag) flag, until_on, reason FROM flag_acknowledgement
           WHERE patient_id = p.patient_id AND until_on >= ${day}::date
           ORDER BY flag, until_on DESC, acknowledged_at DESC) k`;

/**
 * The columns of a page's item (CaseloadRow in caseload.service.ts), and its sort keys: the row has
 * some thirty more that the page does not show, and building and parsing them as JSON cost the
 * server and the API about as much as the rest of the page.
 */
const ITEM_COLUMNS = [
  'patient_id',
  'given_name',
  'family_name',
  'mrn',
  'care_team_id',
  'status',
  'formulation',
  'days_on_naltrexone',
  'pdc30',
  'pdc90',
  'last_dose_on',
  'injection_due_on',
  'injection_status',
  'injection_last_on',
  'attendance_rate_90',
  'last_session_on',
  'latest_pacs',
  'early_relapse',
  'last_relapse_on',
  'last_relapse_use_on',
  'relapse_ongoing',
  'flags',
  'switched_to',
  'switched_to_program',
  'keys',
];
const ITEM = `json_build_object(${ITEM_COLUMNS.map((column) => `'${column}', p.${column}`).join(', ')})`;

/**
 * The one SQL statement behind a caseload page. The page is read team by team: each team's rows
 * come off the (care_team_id, sort key, patient_id) index from the cursor on, at most limit + 1
 * of them, and the few per team are merged. The flag counts come from the counters the database
 * keeps per team, status and flag (the caseload-counts migration). A page therefore costs the same
 * at row 50 or row 100,000, with 100 patients or 100,000. Only a search (`q`) reads every row of
 * the caller's teams.
 */
export function caseloadStatement(
  query: CaseloadQueryDto,
  teamIds: readonly string[],
  today: ClinicalDate,
): CaseloadStatement {
  const sortName = query.sort ?? 'name';
  const sort = resolveSort(sortName);
  const limit = query.limit ?? DEFAULT_CASELOAD_LIMIT;
  const params: unknown[] = [];
  const bind = (value: unknown) => `$${params.push(value)}`;

  const teams = bind(query.careTeamId ? teamIds.filter((id) => id === query.careTeamId) : teamIds);
  const status = query.status?.length ? bind(query.status) : null;
  const flag = query.flag ? bind(query.flag) : null;
  const day = bind(today);
  const filters = ['s.care_team_id = team.id'];
  if (status) filters.push(`s.status::text = ANY(${status}::text[])`);
  if (query.q) {
    const like = bind(`%${escapeLike(query.q.trim())}%`);
    filters.push(
      `(s.family_name ILIKE ${like} OR s.given_name ILIKE ${like} OR s.mrn ILIKE ${like}
        OR (s.given_name || ' ' || s.family_name) ILIKE ${like})`,
    );
  }
  if (query.outreach === 'none') filters.push(withoutOutreach(day));
  const matching = filters.join(' AND ');
  const flagFilter = flag ? `${flag} = ANY(s.flags)` : 'TRUE';

  let keyset = 'TRUE';
  if (query.cursor) {
    const cursor = decodeCursor(query.cursor, sortName, sort.types.length);
    const values = cursor.values.map((value, i) => `${bind(value)}::${sort.types[i]}`);
    keyset = `${sort.key} ${sort.after} (${[...values, `${bind(cursor.patientId)}::uuid`].join(', ')})`;
  }
  const pageSize = bind(limit + 1);

  // The kept counters know nothing of outreach: that filter counts the rows it reads, as a search does.
  const counts =
    query.q || query.outreach
      ? `SELECT COUNT(*) FILTER (WHERE ${flagFilter}) AS total,
              json_build_object(${perFlag((f) => `COUNT(*) FILTER (WHERE '${f}' = ANY(s.flags))`)}) AS counts
         FROM unnest(${teams}::uuid[]) AS team(id) JOIN patient_summary s ON ${matching}`
      : `SELECT COALESCE(SUM(c.patients) FILTER (WHERE c.flag = ${flag ?? "''"}), 0) AS total,
              json_build_object(${perFlag((f) => `COALESCE(SUM(c.patients) FILTER (WHERE c.flag = '${f}'), 0)`)}) AS counts
         FROM caseload_count c
        WHERE c.care_team_id = ANY(${teams}::uuid[])${status ? ` AND c.status::text = ANY(${status}::text[])` : ''}`;

  const sql = `
    WITH counts AS (${counts}),
    page AS (
      SELECT s.*, ${sort.values} AS keys, row_number() OVER (ORDER BY ${sort.orderBy}) AS position
        FROM unnest(${teams}::uuid[]) AS team(id)
        CROSS JOIN LATERAL (
          SELECT * FROM patient_summary s
           WHERE ${matching} AND ${flagFilter} AND ${keyset}
           ORDER BY ${sort.orderBy}
           LIMIT ${pageSize}
        ) s
       ORDER BY ${sort.orderBy}
       LIMIT ${pageSize}
    )
    SELECT c.total, CASE WHEN COALESCE(p.position, 1) = 1 THEN c.counts END AS counts,
           CASE WHEN p.patient_id IS NOT NULL THEN ${ITEM} END AS item, o.outreach, a.acknowledged_flags
      FROM counts c LEFT JOIN page p ON TRUE
      LEFT JOIN LATERAL (${OUTREACH_OF_ROW}) o ON p.patient_id IS NOT NULL
      LEFT JOIN LATERAL (${ACKNOWLEDGED_OF_ROW(day)}) a ON p.patient_id IS NOT NULL
     ORDER BY p.position`;
  return { sql, params, sortName, limit };
}
