import { createTestApp, type TestApp } from '../../test/test-app.js';
import { MANY_PATIENTS_INPUTS, ONE_PATIENT_INPUTS } from './rebuild-inputs.js';

interface PlanCounts {
  generic_plans: string;
  custom_plans: string;
}

/**
 * Every clinical write reads its patient's rebuild inputs through a prepared statement; it pays
 * only while PostgreSQL keeps the statement's generic plan instead of planning each call again.
 */
describe('the rebuild inputs statements', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp();
    // A clinic's worth of rows and fresh statistics: on near-empty tables every plan costs the same.
    const team = await t.newCareTeam();
    await t.dataSource.query(
      `WITH made AS (
         INSERT INTO patient (mrn, given_name, family_name, birth_date, sex, diagnoses, care_team_id, status, enrolled_on, version)
         SELECT 'PLAN-' || g, 'Plan', 'Patient', DATE '1960-01-01', 'female', '{AUD}', $1, 'active', DATE '2020-01-01', 1
           FROM generate_series(1, 2000) g RETURNING id)
       INSERT INTO medication_event (patient_id, kind, formulation, occurred_on, dose_mg, observed)
       SELECT made.id, 'taken', 'oral', DATE '2024-01-01' + d, 50, true FROM made, generate_series(1, 20) d`,
      [team.id],
    );
    await t.dataSource.query('ANALYZE');
  });

  afterAll(() => t.close());

  /**
   * Prepares `text` on one connection, runs it `times` with `argument` of the call (SQL: EXECUTE
   * takes no bound parameters), and counts its plans.
   */
  async function plansAfter(
    text: string,
    type: string,
    argument: (call: number) => string,
    times: number,
  ): Promise<PlanCounts> {
    const runner = t.dataSource.createQueryRunner('master');
    let prepared = false;
    try {
      await runner.connect();
      await runner.query(`PREPARE inputs_under_test(${type}) AS ${text}`);
      prepared = true;
      for (let i = 0; i < times; i++) await runner.query(`EXECUTE inputs_under_test(${argument(i)})`);
      const [counts]: PlanCounts[] = await runner.query(
        `SELECT generic_plans, custom_plans FROM pg_prepared_statements WHERE name = 'inputs_under_test'`,
      );
      if (!counts) throw new Error('the statement was not prepared');
      return counts;
    } finally {
      // The connection goes back to the pool: leave it as the app's statements found it.
      if (prepared) await runner.query('DEALLOCATE inputs_under_test');
      await runner.release();
    }
  }

  it("keeps one plan for one patient's inputs after its first five calls", async () => {
    const patient = await t.newPatient();
    const counts = await plansAfter(ONE_PATIENT_INPUTS, 'uuid', () => `'${patient.id}'`, 12);
    expect(Number(counts.custom_plans)).toBeLessThanOrEqual(5);
    expect(Number(counts.generic_plans)).toBeGreaterThanOrEqual(7);
  });

  it("keeps one plan for a group's inputs after its first five calls, however many patients it has", async () => {
    const patients: { id: string }[] = await t.dataSource.query(
      `SELECT id FROM patient WHERE mrn LIKE 'PLAN-%' ORDER BY mrn LIMIT 12`,
    );
    const ids = patients.map((p) => p.id);
    // Groups of 2 to 12 patients, as a burst of doses makes them.
    const counts = await plansAfter(
      MANY_PATIENTS_INPUTS,
      'jsonb',
      (call) => `'${JSON.stringify(ids.slice(0, 2 + (call % 11)))}'`,
      12,
    );
    expect(Number(counts.custom_plans)).toBeLessThanOrEqual(5);
    expect(Number(counts.generic_plans)).toBeGreaterThanOrEqual(7);
  });
});
