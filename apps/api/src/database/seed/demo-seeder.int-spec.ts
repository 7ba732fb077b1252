import { pino } from 'pino';
import { DataSource } from 'typeorm';
import { createTestDatabase, type TestDatabase } from '../../../test/test-database.js';
import { dataSourceOptions } from '../data-source.js';
import { seedDemoCohort } from './demo-seeder.js';

describe('seedDemoCohort', () => {
  let database: TestDatabase;
  let dataSource: DataSource;
  const logger = pino({ level: 'silent' });

  beforeEach(async () => {
    database = await createTestDatabase();
    dataSource = await new DataSource(dataSourceOptions(database.url, 4)).initialize();
    await dataSource.runMigrations();
  });

  afterEach(async () => {
    await dataSource.destroy();
    await database.drop();
  });

  const count = async (table: 'care_team' | 'patient') =>
    Number((await dataSource.query(`SELECT COUNT(*) AS n FROM ${table}`))[0].n);

  it('fills an empty database with three teams and their patients, then leaves it alone', async () => {
    expect(await seedDemoCohort(dataSource, logger, { timeZone: 'UTC', patientsPerTeam: 5 })).toBe(true);
    expect(await count('care_team')).toBe(3);
    expect(await count('patient')).toBe(15);
    const codes = (await dataSource.query('SELECT code FROM care_team ORDER BY code')).map(
      (row: { code: string }) => row.code,
    );
    expect(codes).toEqual(['east', 'north', 'south']);

    expect(await seedDemoCohort(dataSource, logger, { timeZone: 'UTC', patientsPerTeam: 5 })).toBe(false);
    expect(await count('patient')).toBe(15);
  });

  it('seeds once when two instances start together', async () => {
    const results = await Promise.all([
      seedDemoCohort(dataSource, logger, { timeZone: 'UTC', patientsPerTeam: 4 }),
      seedDemoCohort(dataSource, logger, { timeZone: 'UTC', patientsPerTeam: 4 }),
    ]);
    expect(results.filter(Boolean)).toHaveLength(1);
    expect(await count('patient')).toBe(12);
  });
});
