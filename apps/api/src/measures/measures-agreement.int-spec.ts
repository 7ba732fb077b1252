import {
  addDays,
  type ClinicalDate,
  evaluateMeasure,
  FORMULATIONS,
  MEDICATION_EVENT_KINDS,
  SESSION_STATUSES,
  SESSION_TYPES,
} from '@naltrack/domain';
import { type ApiClient, createTestApp, type TestApp } from '../../test/test-app.js';
import { TEST_TODAY } from '../../test/test-clock.js';
import { SeededRandom } from '../database/seed/seeded-random.js';
import { loadMeasureRecords } from './measure-records.js';
import { SETWISE_MEASURE_IDS } from './setwise-measures.js';

interface ApiMeasure {
  id: string;
  numerator: number;
  denominator: number;
  trend: { numerator: number; denominator: number }[];
  patients: { patientId: string; inNumerator: boolean; value: number | null; indexOn: string }[];
}

/**
 * The measures PostgreSQL computes set-wise must give every patient the outcome the domain
 * definition gives them: on the demo cohort and on a generated cohort crowded around the
 * boundary days, over several periods.
 */
describe('set-wise measures agree with libs/domain, patient by patient', () => {
  let t: TestApp;
  let caller: ApiClient;
  let teamIds: string[];
  const today = TEST_TODAY;
  const daysAgo = (n: number) => addDays(today, -n);

  type Event = { kind: string; formulation: string; on: ClinicalDate; daysSupply?: number };
  const oral = (on: ClinicalDate, daysSupply: number): Event => ({
    kind: 'dispensed',
    formulation: 'oral',
    on,
    daysSupply,
  });
  const shot = (on: ClinicalDate): Event => ({ kind: 'administered', formulation: 'xr_injection', on });
  const dose = (on: ClinicalDate): Event => ({ kind: 'taken', formulation: 'oral', on });

  async function insertPatient(
    careTeamId: string,
    name: string,
    record: { birthDate?: ClinicalDate; enrolledOn: ClinicalDate; starts?: ClinicalDate[]; events?: Event[] },
  ): Promise<string> {
    const [{ id }] = await t.dataSource.query(
      `INSERT INTO patient (mrn, given_name, family_name, birth_date, sex, diagnoses, care_team_id, status, enrolled_on, version)
       VALUES ($1, 'Gen', $2, $3, 'female', '{OUD}', $4, 'active', $5, 1) RETURNING id`,
      [`GEN-${name}`, name, record.birthDate ?? '1980-05-05', careTeamId, record.enrolledOn],
    );
    for (const startedOn of record.starts ?? []) {
      await t.dataSource.query(
        `INSERT INTO naltrexone_start (patient_id, formulation, dose_mg, started_on) VALUES ($1, 'oral', 50, $2)`,
        [id, startedOn],
      );
    }
    for (const event of record.events ?? []) {
      await t.dataSource.query(
        `INSERT INTO medication_event (patient_id, kind, formulation, occurred_on, days_supply) VALUES ($1, $2, $3, $4, $5)`,
        [id, event.kind, event.formulation, [event.on, today].sort()[0], event.daysSupply ?? null],
      );
    }
    return id;
  }
  const insertSession = (patientId: string, scheduledOn: ClinicalDate, type: string, status: string) =>
    t.dataSource.query(
      `INSERT INTO therapy_session (patient_id, scheduled_at, scheduled_on, type, status, version)
       VALUES ($1, ($2::date + time '10:00') AT TIME ZONE 'America/New_York', $2, $3, $4, 1)`,
      [patientId, scheduledOn, type, status],
    );

  /** Patients with random records whose dates cluster where the definitions change their answer. */
  async function generateCohort(careTeamId: string, patients: number): Promise<void> {
    const random = new SeededRandom(20_250_131);
    for (let i = 0; i < patients; i++) {
      const enrolledOn = daysAgo(random.int(15, 420));
      const birthDate = addDays(enrolledOn, -(365 * random.pick([12, 13, 14, 40]) + random.int(-3, 3)));
      const firstStart = addDays(enrolledOn, random.int(-3, 20));
      const starts = [firstStart];
      if (random.chance(0.3)) starts.push(addDays(firstStart, random.pick([0, random.int(1, 200)])));
      const events: Event[] = [];
      for (let e = random.int(0, 8); e > 0; e--) {
        const kind = random.pick(MEDICATION_EVENT_KINDS);
        const on = addDays(firstStart, random.pick([random.int(-10, 200), random.int(55, 95), random.int(0, 14)]));
        const daysSupply =
          kind === 'dispensed' && random.chance(0.9) ? random.pick([1, 28, 30, 60, random.int(1, 200)]) : undefined;
        events.push({ kind, formulation: random.pick(FORMULATIONS), on, daysSupply });
      }
      // Injections around the IET engagement window's edges.
      if (random.chance(0.25)) events.push(shot(addDays(enrolledOn, random.pick([0, 1, 2, 13, 35, 36, 47, 48]))));
      const id = await insertPatient(careTeamId, `Generated ${String(i).padStart(3, '0')}`, {
        birthDate,
        enrolledOn,
        starts,
        events,
      });
      for (let s = random.int(0, 6); s > 0; s--) {
        const offset = random.pick([random.int(-2, 50), 12, 13, 14, 35, 36, 37, 46, 47, 48]);
        await insertSession(id, addDays(enrolledOn, offset), random.pick(SESSION_TYPES), random.pick(SESSION_STATUSES));
      }
    }
  }

  /**
   * Patients written at the boundary days: supply carried forward by early refills to day 90 or 180
   * (or one day short), refills after a gap, carried supply cut at a re-induction, and engagement
   * at initiation + 34 and + 35 days, by injection alone, or counted from day 48.
   */
  async function boundaryCohort(careTeamId: string): Promise<void> {
    const s = daysAgo(300);
    const d = (n: number) => addDays(s, n - 1);
    const courses: [string, Event[], ClinicalDate[]?][] = [
      ['early refill to day 90', [oral(d(1), 30), oral(d(20), 30), oral(d(50), 30)]],
      ['early refill to day 89', [oral(d(1), 30), oral(d(20), 30), oral(d(50), 29)]],
      ['early refill to day 180', [oral(d(1), 90), oral(d(80), 90)]],
      ['early refill to day 179', [oral(d(1), 90), oral(d(80), 89)]],
      ['same-day fills to day 90', [oral(d(1), 45), oral(d(1), 45)]],
      ['refill after a gap', [oral(d(1), 30), oral(d(100), 30)]],
      ['early injections', [shot(d(1)), shot(d(20)), shot(d(40)), oral(d(85), 6)]],
      ['dose after supply ran out', [oral(d(1), 30), dose(d(90))]],
      ['dose on hand', [oral(d(1), 89), dose(d(10))]],
      ['carried past a re-induction', [oral(d(1), 60), oral(d(30), 60)], [s, d(90)]],
      ['kit and refusal only', [{ kind: 'dispensed', formulation: 'xr_injection', on: d(1), daysSupply: 28 }]],
    ];
    for (const [name, events, starts] of courses) {
      await insertPatient(careTeamId, `Course ${name}`, { enrolledOn: s, starts: starts ?? [s], events });
    }
    // Day 90 of this course is today; its refill came early.
    await insertPatient(careTeamId, 'Course day 90 today', {
      enrolledOn: daysAgo(89),
      starts: [daysAgo(89)],
      events: [oral(daysAgo(89), 60), oral(daysAgo(70), 30)],
    });

    const e = daysAgo(200);
    const n = (day: number) => addDays(e, day - 1);
    const episodes: [string, number[], Event[]][] = [
      ['two services by initiation + 34', [3, 36, 37], []],
      ['second service at initiation + 35', [3, 37, 38], []],
      ['initiated day 14, engaged day 48', [14, 40, 48], []],
      ['initiated day 14, service day 49', [14, 40, 49], []],
      ['injection at initiation + 1', [3], [shot(n(4))]],
      ['injection at initiation + 34', [3], [shot(n(37))]],
      ['injection at initiation + 35', [3], [shot(n(38))]],
      ['injection on the initiation day', [3, 20], [shot(n(3))]],
      ['injection initiates', [], [shot(n(1)), shot(n(30))]],
      ['two services on one day', [3, 10], [oral(n(10), 30)]],
    ];
    for (const [name, sessions, events] of episodes) {
      const id = await insertPatient(careTeamId, `Episode ${name}`, { enrolledOn: e, events });
      await insertSession(id, e, 'intake', 'attended');
      for (const day of sessions) await insertSession(id, n(day), 'individual', 'attended');
    }
    // Day 48 of one episode is today, of the other tomorrow: only the first is counted.
    for (const ago of [47, 46]) {
      const id = await insertPatient(careTeamId, `Episode ${ago} days ago`, { enrolledOn: daysAgo(ago) });
      for (const day of [2, 3, 4]) await insertSession(id, addDays(daysAgo(ago), day - 1), 'individual', 'attended');
    }
  }

  beforeAll(async () => {
    t = await createTestApp({ env: { DEMO: 'true' } });
    const generated = await t.newCareTeam();
    await generateCohort(generated.id, 120);
    await boundaryCohort(generated.id);
    teamIds = (await t.dataSource.query('SELECT id FROM care_team')).map((row: { id: string }) => row.id);
    caller = await t.as(['team_lead'], teamIds);
  }, 180_000);

  afterAll(() => t.close());

  it.each([
    ['the last year', daysAgo(365), today],
    ['the year before last quarter', daysAgo(455), daysAgo(90)],
    ['one month eight months ago', daysAgo(250), daysAgo(220)],
    ['the last 40 days', daysAgo(40), today],
  ])('over %s', async (_, from: ClinicalDate, to: ClinicalDate) => {
    const response = await caller.get('/api/measures').query({ from, to, include: 'patients' }).expect(200);
    const measures = new Map((response.body.measures as ApiMeasure[]).map((m) => [m.id, m]));
    // Full records up to today (not cut at `from`), so the load's cut is checked as well.
    const records = await loadMeasureRecords(t.dataSource, {
      teamIds,
      from: '1900-01-01',
      to,
      asOf: today,
      patients: 'all',
      withSessions: true,
      withRelapseRecords: true,
    });
    const period = { from, to, asOf: today };

    for (const id of SETWISE_MEASURE_IDS) {
      const measure = measures.get(id);
      const fromSql = Object.fromEntries(
        (measure?.patients ?? []).map((p) => [
          p.patientId,
          { inNumerator: p.inNumerator, value: p.value, indexOn: p.indexOn },
        ]),
      );
      const fromDomain = Object.fromEntries(
        records.flatMap((record) => {
          const outcome = evaluateMeasure(id, record, period);
          return outcome.inDenominator
            ? [[record.patientId, { inNumerator: outcome.inNumerator, value: outcome.value, indexOn: outcome.indexOn }]]
            : [];
        }),
      );
      expect([id, fromSql]).toEqual([id, fromDomain]);
      const inNumerator = Object.values(fromDomain).filter((o) => o.inNumerator).length;
      expect([id, measure?.numerator, measure?.denominator]).toEqual([id, inNumerator, Object.keys(fromDomain).length]);
      expect(measure?.trend.reduce((sum, point) => sum + point.denominator, 0)).toBe(measure?.denominator);
    }
  });

  it('compares a cohort where every set-wise measure has patients in and out of its numerator', async () => {
    const response = await caller
      .get('/api/measures')
      .query({ from: daysAgo(365), to: today })
      .expect(200);
    for (const measure of response.body.measures as ApiMeasure[]) {
      if (!(SETWISE_MEASURE_IDS as readonly string[]).includes(measure.id)) continue;
      expect([measure.id, measure.numerator > 0, measure.numerator < measure.denominator]).toEqual([
        measure.id,
        true,
        true,
      ]);
    }
  });
});
