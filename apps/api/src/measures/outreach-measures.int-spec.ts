import { jest } from '@jest/globals';
import type { ClinicalDate, MeasureId, OutreachReason } from '@naltrack/domain';
import { createTestApp, type TestApp } from '../../test/test-app.js';
import { ClinicalClock } from '../clinical/clinical-clock.js';

interface MeasureBody {
  id: MeasureId;
  kind: 'rate' | 'distribution';
  unit: 'patient' | 'task';
  numerator: number;
  denominator: number;
  rate: number | null;
  distribution?: { median: number | null; p90: number | null };
  trend: {
    month: string;
    numerator: number;
    denominator: number;
    rate: number | null;
    distribution?: { median: number | null; p90: number | null };
  }[];
  patients?: {
    patientId: string;
    taskId?: string;
    reason?: string;
    inNumerator: boolean;
    value: number | null;
    valueLabel: string;
    indexOn: string;
  }[];
}

const TODAY = '2025-03-31';
const JANUARY = { from: '2025-01-01', to: '2025-01-31' };
const OUTREACH_IDS = ['outreach_days_to_attempt', 'outreach_on_time', 'outreach_re_engagement'];

describe('GET /api/measures: outreach', () => {
  let t: TestApp;
  let team: string;
  let clinicianId: string;
  /** Task id -> its letter in these examples. */
  const letters = new Map<string, string>();
  const today = () => jest.spyOn(t.app.get(ClinicalClock), 'today');

  async function task(
    letter: string,
    patientId: string,
    record: {
      reason: OutreachReason;
      openedOn: ClinicalDate;
      dueOn: ClinicalDate;
      attempts?: ClinicalDate[];
      done?: boolean;
    },
  ): Promise<void> {
    const [{ id }] = await t.dataSource.query(
      `INSERT INTO outreach_task (patient_id, reason, status, assignee_id, due_on, opened_on, resolution)
       VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
      [
        patientId,
        record.reason,
        record.done ? 'done' : 'open',
        clinicianId,
        record.dueOn,
        record.openedOn,
        record.done ? 're_engaged' : null,
      ],
    );
    letters.set(id, letter);
    for (const on of record.attempts ?? []) {
      await t.dataSource.query(
        `INSERT INTO outreach_attempt (patient_id, task_id, channel, outcome, attempted_by, attempted_on)
         VALUES ($1, $2, 'phone', 'reached', $3, $4)`,
        [patientId, id, clinicianId, on],
      );
    }
  }
  const session = (patientId: string, on: ClinicalDate, status = 'attended') =>
    t.dataSource.query(
      `INSERT INTO therapy_session (patient_id, scheduled_at, scheduled_on, type, status, version)
       VALUES ($1, ($2::date + time '15:00') AT TIME ZONE 'America/New_York', $2, 'individual', $3, 1)`,
      [patientId, on, status],
    );
  const medication = (patientId: string, kind: string, on: ClinicalDate) =>
    t.dataSource.query(
      `INSERT INTO medication_event (patient_id, kind, formulation, occurred_on, days_supply)
       VALUES ($1, $2, 'oral', $3, $4)`,
      [patientId, kind, on, kind === 'dispensed' ? 30 : null],
    );

  const measuresOf = async (query: Record<string, string>) => {
    const response = await t.api.get('/api/measures').query(query).expect(200);
    return new Map((response.body.measures as MeasureBody[]).map((m) => [m.id, m]));
  };
  /** Each counted task's letter with the deciding value, those in the numerator marked. */
  const drillDown = (measure: MeasureBody | undefined) =>
    Object.fromEntries(
      (measure?.patients ?? []).map((p) => [letters.get(p.taskId ?? ''), `${p.inNumerator ? 'in' : 'out'} ${p.value}`]),
    );

  beforeAll(async () => {
    t = await createTestApp();
    today().mockReturnValue(TODAY);
    team = (await t.newCareTeam()).id;
    clinicianId = t.api.clinician.id;
    const patient = async (familyName: string) => (await t.newPatient({ careTeamId: team, familyName })).id;
    const [able, baker, cole, dunn, ellis, fox, gray] = await Promise.all(
      ['Able', 'Baker', 'Cole', 'Dunn', 'Ellis', 'Fox', 'Gray'].map(patient),
    );
    if (!able || !baker || !cole || !dunn || !ellis || !fox || !gray) throw new Error('patients not created');

    // A: opened on the period's first day, reached on its due day (2 days); a session 14 days after re-engages.
    await task('A', able, {
      reason: 'missed_sessions',
      openedOn: '2025-01-01',
      dueOn: '2025-01-03',
      attempts: ['2025-01-03'],
      done: true,
    });
    await session(able, '2025-01-17');
    // H: the same patient's next task, reached 6 days late (8 days); a dispense 14 days after re-engages.
    await task('H', able, {
      reason: 'missed_sessions',
      openedOn: '2025-01-20',
      dueOn: '2025-01-22',
      attempts: ['2025-01-28'],
    });
    await medication(able, 'dispensed', '2025-02-11');
    // B: opened on the period's last day, first reached the day after its due day.
    await task('B', baker, {
      reason: 'injection_overdue',
      openedOn: '2025-01-31',
      dueOn: '2025-02-01',
      attempts: ['2025-02-05', '2025-02-02'],
    });
    // C: reached the day opened; a session 15 days after the attempt, a no-show and a dose taken at home do not re-engage.
    await task('C', cole, {
      reason: 'not_started',
      openedOn: '2025-01-10',
      dueOn: '2025-01-11',
      attempts: ['2025-01-10'],
    });
    await session(cole, '2025-01-25');
    await session(cole, '2025-01-12', 'no_show');
    await medication(cole, 'taken', '2025-01-12');
    // D: never reached: censored.
    await task('D', dunn, { reason: 'low_adherence', openedOn: '2025-01-15', dueOn: '2025-01-16' });
    // E: opened by hand: no flag; an injection on the attempt's day re-engages.
    await task('E', ellis, { reason: 'other', openedOn: '2025-01-12', dueOn: '2025-01-14', attempts: ['2025-01-13'] });
    await t.dataSource.query(
      `INSERT INTO medication_event (patient_id, kind, formulation, occurred_on)
       VALUES ($1, 'administered', 'xr_injection', '2025-01-13')`,
      [ellis],
    );
    // F: opened the day before the period, first reached in it; a dispense the day before the attempt is too early.
    await task('F', fox, {
      reason: 'craving_high',
      openedOn: '2024-12-31',
      dueOn: '2025-01-01',
      attempts: ['2025-01-02'],
    });
    await medication(fox, 'dispensed', '2025-01-01');
    // G: opened the day after the period, never reached.
    await task('G', gray, { reason: 'positive_screen', openedOn: '2025-02-01', dueOn: '2025-02-03' });
  });

  afterAll(() => t.close());

  it('reports days from flag to first attempt as median and 90th percentile, with the tasks still waiting', async () => {
    const measures = await measuresOf({ ...JANUARY, careTeamId: team, include: 'patients' });
    const days = measures.get('outreach_days_to_attempt');
    // Flag tasks opened in January: A 2, B 2, C 0, H 8 days, D waiting. Nearest rank over [0, 2, 2, 8]:
    // the median is rank 2, the 90th percentile rank ceil(3.6) = 4.
    expect(days).toMatchObject({
      kind: 'distribution',
      unit: 'task',
      numerator: 4,
      denominator: 5,
      distribution: { median: 2, p90: 8 },
      lowerIsBetter: true,
    });
    expect(drillDown(days)).toEqual({ A: 'in 2', B: 'in 2', C: 'in 0', D: 'out null', H: 'in 8' });
    const waiting = days?.patients?.find((p) => letters.get(p.taskId ?? '') === 'D');
    expect(waiting).toMatchObject({ reason: 'low_adherence', valueLabel: 'No attempt yet', indexOn: '2025-01-15' });
  });

  it('reports the share of flags reached by their due day, the due day counting and the day after not', async () => {
    const measures = await measuresOf({ ...JANUARY, careTeamId: team, include: 'patients' });
    const onTime = measures.get('outreach_on_time');
    expect(onTime).toMatchObject({ kind: 'rate', unit: 'task', numerator: 2, denominator: 5, rate: 0.4 });
    expect(onTime?.distribution).toBeUndefined();
    expect(drillDown(onTime)).toEqual({ A: 'in 0', B: 'out 1', C: 'in -1', D: 'out null', H: 'out 6' });
  });

  it('reports re-engagement within 14 days of the first attempt, by the month of that attempt', async () => {
    const measures = await measuresOf({ ...JANUARY, careTeamId: team, include: 'patients' });
    const reEngaged = measures.get('outreach_re_engagement');
    expect(reEngaged).toMatchObject({ numerator: 3, denominator: 5 });
    // Day 14 re-engages (A, H), day 15 does not (C); any reason counts (E); B's first attempt is in February.
    expect(drillDown(reEngaged)).toEqual({ A: 'in 14', C: 'out null', E: 'in 0', F: 'out null', H: 'in 14' });
    // The drill-down lists tasks: Able is there twice.
    const able = reEngaged?.patients?.filter((p) => p.indexOn === '2025-01-03' || p.indexOn === '2025-01-28');
    expect(new Set(able?.map((p) => p.patientId)).size).toBe(1);
  });

  it('counts a task once its due day, or its 14 days of re-engagement, has come', async () => {
    today().mockReturnValueOnce('2025-01-17');
    const measures = await measuresOf({ from: '2025-01-01', to: '2025-01-17', careTeamId: team, include: 'patients' });
    // A's 14 days end today, and today's session counts; C's and E's end later. F's first attempt was 2 January.
    expect(drillDown(measures.get('outreach_re_engagement'))).toEqual({ A: 'in 14', F: 'out null' });
    // D's due day was yesterday: a miss. Attempts after today are not known.
    expect(drillDown(measures.get('outreach_on_time'))).toEqual({ A: 'in 0', C: 'in -1', D: 'out null' });
  });

  it('draws a monthly trend with each month’s percentiles', async () => {
    const measures = await measuresOf({ from: '2024-12-01', to: '2025-02-28', careTeamId: team });
    expect(measures.get('outreach_days_to_attempt')?.trend).toEqual([
      { month: '2024-12', numerator: 1, denominator: 1, rate: 1, distribution: { median: 2, p90: 2 } },
      { month: '2025-01', numerator: 4, denominator: 5, rate: 0.8, distribution: { median: 2, p90: 8 } },
      { month: '2025-02', numerator: 0, denominator: 1, rate: 0, distribution: { median: null, p90: null } },
    ]);
    expect(measures.get('outreach_re_engagement')?.trend).toEqual([
      { month: '2024-12', numerator: 0, denominator: 0, rate: null },
      { month: '2025-01', numerator: 3, denominator: 5, rate: 0.6 },
      { month: '2025-02', numerator: 0, denominator: 1, rate: 0 },
    ]);
  });

  it('reads every task, its attempts and its re-engagement events in one statement', async () => {
    const statements: string[] = [];
    const createQueryRunner = t.dataSource.createQueryRunner.bind(t.dataSource);
    const spy = jest.spyOn(t.dataSource, 'createQueryRunner').mockImplementation((mode) => {
      const runner = createQueryRunner(mode);
      const query = runner.query.bind(runner);
      runner.query = ((sql: string, ...rest: unknown[]) => {
        statements.push(sql);
        return (query as (sql: string, ...rest: unknown[]) => Promise<unknown>)(sql, ...rest);
      }) as typeof runner.query;
      return runner;
    });
    try {
      const measures = await measuresOf({ ...JANUARY, careTeamId: team, include: 'patients' });
      expect(measures.get('outreach_re_engagement')?.patients).toHaveLength(5);
    } finally {
      spy.mockRestore();
    }
    expect(statements.filter((sql) => sql.includes('outreach_task'))).toHaveLength(1);
  });

  it('answers one outreach measure alone, and none of another team’s tasks', async () => {
    const one = await t.api
      .get('/api/measures')
      .query({ ...JANUARY, careTeamId: team, measure: 'outreach_on_time' })
      .expect(200);
    expect(one.body.measures.map((m: MeasureBody) => m.id)).toEqual(['outreach_on_time']);
    const outsider = await t.as(['nurse'], [(await t.newCareTeam()).id]);
    const theirs = await outsider.get('/api/measures').query(JANUARY).expect(200);
    const outreach = (theirs.body.measures as MeasureBody[]).filter((m) => OUTREACH_IDS.includes(m.id));
    expect(outreach.map((m) => [m.id, m.denominator])).toEqual(OUTREACH_IDS.map((id) => [id, 0]));
  });
});
