import { CASELOAD_FLAGS, type CaseloadFlag, type SwitchMedication, type SwitchTo } from '@naltrack/domain';
import { Injectable } from '@nestjs/common';
import { ClinicalClock } from '../clinical/clinical-clock.js';
import { preparedQuery } from '../common/database/prepared-query.js';
import { ReportsReader } from '../database/replica/reports-reader.js';
import { encodeCursor } from './caseload-cursor.js';
import { caseloadStatement } from './caseload-query.js';
import type {
  CaseloadAcknowledgedFlagDto,
  CaseloadItemDto,
  CaseloadOutreachDto,
  CaseloadPageDto,
} from './dto/caseload-page.dto.js';
import type { CaseloadQueryDto } from './dto/caseload-query.dto.js';

/** A page's item, with the columns ITEM_COLUMNS names in caseload-query.ts. */
interface CaseloadItemRow {
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
  last_relapse_use_on: string | null;
  relapse_ongoing: boolean;
  flags: CaseloadFlag[];
  switched_to: SwitchMedication | null;
  switched_to_program: string | null;
  keys: string[];
}

interface CaseloadRow {
  total: string;
  /** On the first row only: the same for every row, and parsed once. */
  counts: Record<CaseloadFlag, string> | null;
  item: CaseloadItemRow | null;
  outreach: CaseloadOutreachDto | null;
  acknowledged_flags: CaseloadAcknowledgedFlagDto[] | null;
}

/** The caseload row keeps a switch's program only when another program prescribes. */
function switchTarget(medication: SwitchMedication | null, program: string | null): SwitchTo | null {
  if (medication === null) return null;
  return program === null
    ? { medication, prescribedBy: 'this_team', program: null }
    : { medication, prescribedBy: 'other_program', program };
}

const NO_OUTREACH: CaseloadOutreachDto = { openTasks: 0, nextDueOn: null, lastAttemptOn: null };

/** Reads caseload pages from patient_summary: one SQL statement per page, whatever the caseload's size. */
@Injectable()
export class CaseloadService {
  constructor(
    private readonly reader: ReportsReader,
    private readonly clock: ClinicalClock,
  ) {}

  /** A page of the caseload of the given care teams (the caller's), read from the replica when it can. */
  async page(query: CaseloadQueryDto, teamIds: string[], readerId: string | null): Promise<CaseloadPageDto> {
    const { sql, params, sortName, limit } = caseloadStatement(query, teamIds, this.clock.today());
    const rows: CaseloadRow[] = await this.reader.read(readerId, (manager) =>
      preparedQuery<CaseloadRow>(manager, sql, params),
    );
    const first = rows[0];
    const found = rows.filter((row): row is CaseloadRow & { item: CaseloadItemRow } => row.item !== null);
    const hasMore = found.length > limit;
    const shown = found.slice(0, limit);
    const last = shown.at(-1)?.item;

    return {
      items: shown.map(({ item, outreach, acknowledged_flags }) => ({
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
        lastRelapseUseOn: item.last_relapse_use_on,
        relapseOngoing: item.relapse_ongoing,
        flags: item.flags,
        outreach: outreach ?? NO_OUTREACH,
        acknowledgedFlags: acknowledged_flags ?? [],
        switchedTo: switchTarget(item.switched_to, item.switched_to_program),
      })),
      nextCursor:
        hasMore && last ? encodeCursor({ sort: sortName, values: last.keys, patientId: last.patient_id }) : null,
      total: Number(first?.total ?? 0),
      counts: Object.fromEntries(CASELOAD_FLAGS.map((flag) => [flag, Number(first?.counts?.[flag] ?? 0)])) as Record<
        CaseloadFlag,
        number
      >,
    };
  }
}
