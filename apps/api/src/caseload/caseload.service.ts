import { CASELOAD_FLAGS, type CaseloadFlag } from '@naltrack/domain';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { decodeCursor, encodeCursor } from './caseload-cursor.js';
import { resolveSort } from './caseload-sort.js';
import type { CaseloadItemDto, CaseloadPageDto } from './dto/caseload-page.dto.js';
import type { CaseloadQueryDto } from './dto/caseload-query.dto.js';

interface CaseloadRow {
  total: string;
  counts: Record<CaseloadFlag, string>;
  item: {
    patient_id: string;
    given_name: string;
    family_name: string;
    mrn: string;
    care_team_id: string;
    status: CaseloadItemDto['status'];
    formulation: CaseloadItemDto['formulation'];
    days_on_naltrexone: number | null;
    pdc30: number | null;
    pdc90: number | null;
    last_dose_on: string | null;
    injection_due_on: string | null;
    injection_status: CaseloadItemDto['injection']['status'];
    injection_last_on: string | null;
    attendance_rate_90: number | null;
    last_session_on: string | null;
    latest_pacs: number | null;
    early_relapse: boolean;
    last_relapse_on: string | null;
    flags: CaseloadFlag[];
    keys: string[];
  } | null;
}

const DEFAULT_LIMIT = 50;

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/** Reads caseload pages from patient_summary: one SQL statement per page, whatever the caseload's size. */
@Injectable()
export class CaseloadService {
  constructor(private readonly dataSource: DataSource) {}

  /** A page of the caseload of the given care teams (the caller's). */
  async page(query: CaseloadQueryDto, teamIds: string[]): Promise<CaseloadPageDto> {
    const sortName = query.sort ?? 'name';
    const sort = resolveSort(sortName);
    const limit = query.limit ?? DEFAULT_LIMIT;
    const params: unknown[] = [];
    const bind = (value: unknown) => `$${params.push(value)}`;

    const filters: string[] = [`s.care_team_id = ANY(${bind(teamIds)}::uuid[])`];
    if (query.careTeamId) filters.push(`s.care_team_id = ${bind(query.careTeamId)}`);
    if (query.status?.length) filters.push(`s.status::text = ANY(${bind(query.status)}::text[])`);
    if (query.q) {
      const like = bind(`%${escapeLike(query.q.trim())}%`);
      filters.push(
        `(s.family_name ILIKE ${like} OR s.given_name ILIKE ${like} OR s.mrn ILIKE ${like}
          OR (s.given_name || ' ' || s.family_name) ILIKE ${like})`,
      );
    }
    const flagFilter = query.flag ? `${bind(query.flag)} = ANY(s.flags)` : 'TRUE';

    let keyset = 'TRUE';
    if (query.cursor) {
      const cursor = decodeCursor(query.cursor, sortName, sort.types.length);
      const values = cursor.values.map((value, i) => `${bind(value)}::${sort.types[i]}`);
      keyset = `${sort.key} ${sort.after} (${[...values, `${bind(cursor.patientId)}::uuid`].join(', ')})`;
    }

    const countColumns = CASELOAD_FLAGS.map((flag) => `'${flag}', COUNT(*) FILTER (WHERE '${flag}' = ANY(s.flags))`);
    const sql = `
      WITH matching AS (
        SELECT * FROM patient_summary s WHERE ${filters.join(' AND ')}
      ),
      counts AS (
        SELECT COUNT(*) FILTER (WHERE ${flagFilter}) AS total, json_build_object(${countColumns.join(', ')}) AS counts
          FROM matching s
      ),
      page AS (
        SELECT s.*, ${sort.values} AS keys,
               row_number() OVER (ORDER BY ${sort.orderBy}) AS position
          FROM matching s
         WHERE ${flagFilter} AND ${keyset}
         ORDER BY ${sort.orderBy}
         LIMIT ${bind(limit + 1)}
      )
      SELECT c.total, c.counts, to_json(p) AS item
        FROM counts c LEFT JOIN page p ON TRUE
       ORDER BY p.position`;

    const rows: CaseloadRow[] = await this.dataSource.query(sql, params);
    const first = rows[0];
    const items = rows.flatMap((row) => (row.item ? [row.item] : []));
    const hasMore = items.length > limit;
    const shown = items.slice(0, limit);
    const last = shown.at(-1);

    return {
      items: shown.map((item) => ({
        patientId: item.patient_id,
        name: `${item.family_name}, ${item.given_name}`,
        givenName: item.given_name,
        familyName: item.family_name,
        mrn: item.mrn,
        careTeamId: item.care_team_id,
        status: item.status,
        formulation: item.formulation,
        daysOnNaltrexone: item.days_on_naltrexone,
        pdc30: item.pdc30 === null ? null : Number(item.pdc30),
        pdc90: item.pdc90 === null ? null : Number(item.pdc90),
        lastDoseOn: item.last_dose_on,
        injection: { lastOn: item.injection_last_on, dueOn: item.injection_due_on, status: item.injection_status },
        attendanceRate90: item.attendance_rate_90 === null ? null : Number(item.attendance_rate_90),
        lastSessionOn: item.last_session_on,
        latestPacs: item.latest_pacs,
        earlyRelapse: item.early_relapse,
        lastRelapseOn: item.last_relapse_on,
        flags: item.flags,
      })),
      nextCursor:
        hasMore && last ? encodeCursor({ sort: sortName, values: last.keys, patientId: last.patient_id }) : null,
      total: Number(first?.total ?? 0),
      counts: Object.fromEntries(CASELOAD_FLAGS.map((flag) => [flag, Number(first?.counts[flag] ?? 0)])) as Record<
        CaseloadFlag,
        number
      >,
    };
  }
}
