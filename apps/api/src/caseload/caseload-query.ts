import { CASELOAD_FLAGS } from '@naltrack/domain';
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
 * The one SQL statement behind a caseload page. The page is read team by team: each team's rows
 * come off the (care_team_id, sort key, patient_id) index from the cursor on, at most limit + 1
 * of them, and the few per team are merged. The flag counts come from the counters the database
 * keeps per team, status and flag (the caseload-counts migration). A page therefore costs the same
 * at row 50 or row 100,000, with 100 patients or 100,000. Only a search (`q`) reads every row of
 * the caller's teams.
 */
export function caseloadStatement(query: CaseloadQueryDto, teamIds: readonly string[]): CaseloadStatement {
  const sortName = query.sort ?? 'name';
  const sort = resolveSort(sortName);
  const limit = query.limit ?? DEFAULT_CASELOAD_LIMIT;
  const params: unknown[] = [];
  const bind = (value: unknown) => `$${params.push(value)}`;

  const teams = bind(query.careTeamId ? teamIds.filter((id) => id === query.careTeamId) : teamIds);
  const status = query.status?.length ? bind(query.status) : null;
  const flag = query.flag ? bind(query.flag) : null;
  const filters = ['s.care_team_id = team.id'];
  if (status) filters.push(`s.status::text = ANY(${status}::text[])`);
  if (query.q) {
    const like = bind(`%${escapeLike(query.q.trim())}%`);
    filters.push(
      `(s.family_name ILIKE ${like} OR s.given_name ILIKE ${like} OR s.mrn ILIKE ${like}
        OR (s.given_name || ' ' || s.family_name) ILIKE ${like})`,
    );
  }
  const matching = filters.join(' AND ');
  const flagFilter = flag ? `${flag} = ANY(s.flags)` : 'TRUE';

  let keyset = 'TRUE';
  if (query.cursor) {
    const cursor = decodeCursor(query.cursor, sortName, sort.types.length);
    const values = cursor.values.map((value, i) => `${bind(value)}::${sort.types[i]}`);
    keyset = `${sort.key} ${sort.after} (${[...values, `${bind(cursor.patientId)}::uuid`].join(', ')})`;
  }
  const pageSize = bind(limit + 1);

  const counts = query.q
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
    SELECT c.total, c.counts, to_json(p) AS item
      FROM counts c LEFT JOIN page p ON TRUE
     ORDER BY p.position`;
  return { sql, params, sortName, limit };
}
