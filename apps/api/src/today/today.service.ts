import {
  addDays,
  type ClinicalSettings,
  type DiscontinuationKind,
  daysBetween,
  type OutreachOutcome,
  type OutreachReason,
  type SessionStatus,
} from '@naltrack/domain';
import { Inject, Injectable } from '@nestjs/common';
import type { PoolClient } from 'pg';
import { DataSource } from 'typeorm';
import type { Principal } from '../auth/principal.js';
import { ClinicalClock } from '../clinical/clinical-clock.js';
import { CLINICAL_SETTINGS } from '../clinical/clinical-settings.token.js';
import { preparedQuery } from '../common/database/prepared-query.js';
import type {
  TodayApprovalLineDto,
  TodayPatientLineDto,
  TodaySessionLineDto,
  TodaySignalKind,
  TodaySignalLineDto,
  TodayTaskLineDto,
  TodayViewDto,
} from './dto/today-view.dto.js';
import { TODAY_COUNT_LIMIT, TODAY_LISTS, type TodayList, todayStatement } from './today-statement.js';

/** New signals are looked for over this many days, today included. */
const SIGNAL_WINDOW_DAYS = 30;

interface PatientRow {
  patient_id: string;
  name: string;
  mrn: string;
  care_team_id: string;
  day: string;
}
interface SuicideRiskRow {
  patient_id: string;
  name: string;
  mrn: string;
  care_team_id: string;
  day: string;
  item9: number;
}
interface SessionRow {
  patient_id: string;
  name: string;
  mrn: string;
  session_id: string;
  scheduled_at: string;
  status: SessionStatus;
}
interface SignalRow {
  patient_id: string;
  name: string;
  mrn: string;
  kind: TodaySignalKind;
  observed_on: string;
  latest_pacs: number | null;
  screen: string | null;
}
interface ApprovalRow {
  request_id: string;
  patient_id: string;
  name: string;
  mrn: string;
  kind: DiscontinuationKind;
  created_at: string;
  proposed_by: string | null;
}
interface TaskRow {
  task_id: string;
  patient_id: string;
  name: string;
  mrn: string;
  reason: OutreachReason;
  due_on: string;
  attempts: number;
  last_outcome: OutreachOutcome | null;
}

type TodayRows = Record<TodayList, { count: number; items: unknown[] }>;

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

@Injectable()
export class TodayService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: ClinicalClock,
    @Inject(CLINICAL_SETTINGS) private readonly settings: ClinicalSettings,
  ) {}

  /** The caller's day over their care teams, in one statement. */
  async forClinician(principal: Principal): Promise<TodayViewDto> {
    const today = this.clock.today();
    const { sql, params } = todayStatement({
      teamIds: principal.teamIds,
      clinicianId: principal.clinicianId,
      today,
      yesterday: addDays(today, -1),
      signalsSince: addDays(today, 1 - SIGNAL_WINDOW_DAYS),
      cravingHighPacs: this.settings.cravingHighPacs,
      roles: principal.roles,
    });
    const [row] = await this.read(sql, params);
    if (!row) throw new Error('the Today statement answered no row');
    const lists = row.today;
    const items = <T>(name: TodayList) => lists[name].items as T[];
    const counts = Object.fromEntries(TODAY_LISTS.map((name) => [name, Number(lists[name].count)])) as Record<
      TodayList,
      number
    >;

    return {
      today,
      counts,
      countLimit: TODAY_COUNT_LIMIT,
      suicideRisk: items<SuicideRiskRow>('suicideRisk').map((r) =>
        patientLine(r, `PHQ-9 item 9 answered ${r.item9}; no safety assessment since`),
      ),
      injectionsDue: items<PatientRow>('injectionsDue').map((r) =>
        patientLine(r, r.day === today ? 'due today' : `${plural(daysBetween(r.day, today), 'day')} late`),
      ),
      sessionsToday: items<SessionRow>('sessionsToday').map(sessionLine),
      noShowsYesterday: items<SessionRow>('noShowsYesterday').map(sessionLine),
      newSignals: items<SignalRow>('newSignals').map(signalLine),
      notStarted: items<PatientRow>('notStarted').map((r) =>
        patientLine(r, `started ${plural(daysBetween(r.day, today), 'day')} ago, nothing given since`),
      ),
      stoppedWithoutApproval: items<PatientRow>('stoppedWithoutApproval').map((r) =>
        patientLine(r, `no naltrexone for ${plural(daysBetween(r.day, today), 'day')}`),
      ),
      approvals: items<ApprovalRow>('approvals').map((r) => this.approvalLine(r)),
      outreachTasks: items<TaskRow>('outreachTasks').map(
        (r): TodayTaskLineDto => ({
          taskId: r.task_id,
          patientId: r.patient_id,
          name: r.name,
          mrn: r.mrn,
          reason: r.reason,
          dueOn: r.due_on,
          overdue: r.due_on < today,
          attempts: r.attempts,
          lastOutcome: r.last_outcome,
        }),
      ),
    };
  }

  /**
   * Every list stops at its page along an index: compiling (JIT) cost a second and parallel
   * workers tens of milliseconds for a statement that runs in a few without them. The plan is kept
   * per connection and generic: planning this statement took as long as running it, and no list's
   * plan depends on the values bound. The settings last for a transaction that one round trip
   * opens and sets (a simple query of two statements): TypeORM's transaction took one more.
   */
  private async read(sql: string, params: unknown[]): Promise<{ today: TodayRows }[]> {
    const runner = this.dataSource.createQueryRunner('master');
    try {
      const client: PoolClient = await runner.connect();
      await client.query(
        `BEGIN; SELECT set_config('jit', 'off', true), set_config('max_parallel_workers_per_gather', '0', true),
          set_config('plan_cache_mode', 'force_generic_plan', true)`,
      );
      try {
        const rows = await preparedQuery<{ today: TodayRows }>(runner.manager, sql, params);
        await client.query('COMMIT');
        return rows;
      } catch (error) {
        await client.query('ROLLBACK');
        throw error;
      }
    } finally {
      await runner.release();
    }
  }

  private approvalLine(r: ApprovalRow): TodayApprovalLineDto {
    return {
      requestId: r.request_id,
      patientId: r.patient_id,
      name: r.name,
      mrn: r.mrn,
      kind: r.kind,
      proposedOn: this.clock.dayOf(new Date(r.created_at)),
      proposedBy: r.proposed_by ?? 'a former clinician',
    };
  }
}

function patientLine(r: PatientRow, detail: string): TodayPatientLineDto {
  return { patientId: r.patient_id, name: r.name, mrn: r.mrn, careTeamId: r.care_team_id, on: r.day, detail };
}

function sessionLine(r: SessionRow): TodaySessionLineDto {
  return {
    patientId: r.patient_id,
    name: r.name,
    mrn: r.mrn,
    sessionId: r.session_id,
    scheduledAt: new Date(r.scheduled_at).toISOString(),
    status: r.status,
  };
}

function signalLine(r: SignalRow): TodaySignalLineDto {
  const detail =
    r.kind === 'craving_high' ? `PACS ${r.latest_pacs}` : r.screen ? `positive: ${r.screen}` : 'positive screen';
  return { patientId: r.patient_id, name: r.name, mrn: r.mrn, kind: r.kind, observedOn: r.observed_on, detail };
}
