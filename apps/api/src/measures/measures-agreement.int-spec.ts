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

  /** Patients with random records whose dates cluster where the definitions change their answer. */
  async function generateCohort(careTeamId: string, patients: number): Promise<void> {
    const random = new SeededRandom(20_250_131);
    for (let i = 0; i < patients; i++) {
      const enrolledOn = daysAgo(random.int(15, 420));
      const birthDate = addDays(enrolledOn, -(365 * random.pick([12, 13, 14, 40]) + random.int(-3, 3)));
      const [{ id }] = await t.dataSource.query(
        `INSERT INTO patient (mrn, given_name, family_name, birth_date, sex, diagnoses, care_team_id, status, enrolled_on, version)
         VALUES ($1, 'Gen', $2, $3, 'female', '{OUD}', $4, 'active', $5, 1) RETURNING id`,
        [`GEN-${i}`, `Generated ${String(i).padStart(3, '0')}`, birthDate, careTeamId, enrolledOn],
      );
      const firstStart = addDays(enrolledOn, random.int(-3, 20));
      const starts = [firstStart];
      if (random.chance(0.3)) starts.push(addDays(firstStart, random.pick([0, random.int(1, 200)])));
      for (const startedOn of starts) {
        await t.dataSource.query(
          `INSERT INTO naltrexone_start (patient_id, formulation, dose_mg, started_on) VALUES ($1, 'oral', 50, $2)`,
          [id, startedOn],
        );
      }
      for (let e = random.int(0, 8); e > 0; e--) {
        const kind = random.pick(MEDICATION_EVENT_KINDS);
        const occurredOn = addDays(
          firstStart,
          random.pick([random.int(-10, 200), random.int(55, 95), random.int(0, 14)]),
        );
        const daysSupply =
          kind === 'dispensed' && random.chance(0.9) ? random.pick([1, 28, 30, 60, random.int(1, 200)]) : null;
        await t.dataSource.query(
          `INSERT INTO medication_event (patient_id, kind, formulation, occurred_on, days_supply) VALUES ($1, $2, $3, $4, $5)`,
          [id, kind, random.pick(FORMULATIONS), [occurredOn, today].sort()[0], daysSupply],
        );
      }
      for (let s = random.int(0, 6); s > 0; s--) {
        const scheduledOn = addDays(enrolledOn, random.pick([random.int(-2, 40), 12, 13, 14, 32, 33, 34]));
        await t.dataSource.query(
          `INSERT INTO therapy_session (patient_id, scheduled_at, scheduled_on, type, status, version)
           VALUES ($1, ($2::date + time '10:00') AT TIME ZONE 'America/New_York', $2, $3, $4, 1)`,
          [id, scheduledOn, random.pick(SESSION_TYPES), random.pick(SESSION_STATUSES)],
        );
      }
    }
  }

  beforeAll(async () => {
    t = await createTestApp({ env: { DEMO: 'true' } });
    const generated = await t.newCareTeam();
    await generateCohort(generated.id, 120);
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
