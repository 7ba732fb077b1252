import { addDays } from '@naltrack/domain';
import { DataSource } from 'typeorm';
import { createTestApp } from '../../test/test-app.js';
import { TEST_TODAY } from '../../test/test-clock.js';
import { createTestDatabase, type TestDatabase } from '../../test/test-database.js';
import { dataSourceOptions } from './data-source.js';
import { RelapseLastUse1795591000000 } from './migrations/1795591000000-relapse-last-use.js';
import { MIGRATIONS } from './migrations/index.js';

describe('relapse last-use migration', () => {
  let database: TestDatabase;

  beforeAll(async () => {
    database = await createTestDatabase();
  });

  afterAll(() => database.drop());

  it('leaves existing caseload rows to be rebuilt under the episode rules when the app starts', async () => {
    // The schema as it stood before, with a patient whose row the earlier rules computed today.
    const before = await new DataSource({
      ...dataSourceOptions(database.url, database.poolSize),
      migrations: MIGRATIONS.slice(0, MIGRATIONS.indexOf(RelapseLastUse1795591000000)),
    }).initialize();
    await before.runMigrations({ transaction: 'each' });
    const [team] = await before.query(`INSERT INTO care_team (code, name) VALUES ('m', 'M') RETURNING id`);
    const [patient] = await before.query(
      `INSERT INTO patient (mrn, given_name, family_name, birth_date, sex, diagnoses, care_team_id, status, enrolled_on, version)
       VALUES ('MRN-M1', 'Test', 'Patient', '1985-04-12', 'female', '{OUD}', $1, 'active', $2, 1) RETURNING id`,
      [team.id, addDays(TEST_TODAY, -210)],
    );
    await before.query(
      `INSERT INTO naltrexone_start (patient_id, formulation, dose_mg, started_on) VALUES ($1, 'oral', 50, $2)`,
      [patient.id, addDays(TEST_TODAY, -200)],
    );
    // Positive opioid screens every week from 115 days ago to 3 days ago, negative every week before.
    for (let day = -199; day <= 0; day += 7) {
      await before.query(
        `INSERT INTO observation (patient_id, kind, observed_on, results) VALUES ($1, 'uds', $2, $3)`,
        [patient.id, addDays(TEST_TODAY, day), { opioids: day >= -115 ? 'positive' : 'negative' }],
      );
    }
    await before.query(
      `INSERT INTO patient_summary (patient_id, care_team_id, status, family_name, given_name, mrn, as_of,
                                    injection_status, relapse_count, last_relapse_on)
       VALUES ($1, $2, 'active', 'Patient', 'Test', 'MRN-M1', $3, 'none', 1, $4)`,
      [patient.id, team.id, TEST_TODAY, addDays(TEST_TODAY, -115)],
    );
    await before.destroy();

    // Starting the app applies the migration, and its refresher rebuilds the row.
    const t = await createTestApp({ databaseUrl: database.url });
    try {
      const summary = async () =>
        (
          await t.dataSource.query(
            `SELECT as_of::text, last_relapse_on::text, last_relapse_use_on::text, relapse_ongoing
               FROM patient_summary WHERE patient_id = $1`,
            [patient.id],
          )
        )[0];
      for (let waited = 0; (await summary()).as_of !== TEST_TODAY && waited < 10_000; waited += 100) {
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      expect(await summary()).toEqual({
        as_of: TEST_TODAY,
        last_relapse_on: addDays(TEST_TODAY, -115),
        last_relapse_use_on: addDays(TEST_TODAY, -3),
        relapse_ongoing: true,
      });
    } finally {
      await t.close();
    }
  });
});
