import { Writable } from 'node:stream';
import { DEFAULT_CLINICAL_SETTINGS } from '@naltrack/domain';
import { pino } from 'pino';
import { DataSource } from 'typeorm';
import { TEST_TODAY } from '../../../../test/test-clock.js';
import { createTestDatabase, type TestDatabase } from '../../../../test/test-database.js';
import { PatientSummaryRow } from '../../../caseload/patient-summary.entity.js';
import { rebuildPatientSummary } from '../../../caseload/rebuild-patient-summary.js';
import { Patient } from '../../../patients/patient.entity.js';
import { dataSourceOptions } from '../../data-source.js';
import { demoPatients, splitOverTeams } from '../demo-cohort.js';
import { bulkSeedCohort } from './bulk-seeder.js';

const ZONE = 'America/New_York';
const PATIENTS = 90;
const SEED = 3;
// COPY on a server (CI); the embedded database's socket server carries only INSERTs.
const COPY = process.env.TEST_DATABASE_URL !== undefined;

/** Indexes and foreign keys of the schema, to see the load put back every one it set aside. */
const SCHEMA_OBJECTS = `
  SELECT indexdef AS definition FROM pg_indexes WHERE schemaname = current_schema()
  UNION ALL
  SELECT conrelid::regclass || ' ' || pg_get_constraintdef(oid) FROM pg_constraint
   WHERE connamespace = current_schema()::regnamespace
  ORDER BY 1`;

describe('bulkSeedCohort', () => {
  let database: TestDatabase;
  let dataSource: DataSource;
  let schemaBefore: unknown;
  const lines: string[] = [];
  const logger = pino(
    { level: 'info' },
    new Writable({
      write(chunk: Buffer, _encoding, done) {
        lines.push(chunk.toString());
        done();
      },
    }),
  );

  beforeAll(async () => {
    database = await createTestDatabase();
    dataSource = await new DataSource(dataSourceOptions(database.url, database.poolSize)).initialize();
    await dataSource.runMigrations();
    schemaBefore = await dataSource.query(SCHEMA_OBJECTS);
    const result = await bulkSeedCohort(dataSource, logger, {
      patients: PATIENTS,
      seed: SEED,
      timeZone: ZONE,
      today: TEST_TODAY,
      copy: COPY,
      chunkSize: 25,
    });
    expect(result?.patients).toBe(PATIENTS);
  });

  afterAll(async () => {
    await dataSource.destroy();
    await database.drop();
  });

  it('writes every patient and record the demo trajectories generate', async () => {
    const expected = { patients: 0, medication: 0, sessions: 0, observations: 0, relapses: 0, requests: 0 };
    for (const p of demoPatients({
      seed: SEED,
      teamSizes: splitOverTeams(PATIENTS),
      today: TEST_TODAY,
      timeZone: ZONE,
    })) {
      expected.patients++;
      expected.medication += p.medicationEvents.length;
      expected.sessions += p.sessions.length;
      expected.observations += p.observations.length;
      expected.relapses += p.relapses.length;
      expected.requests += p.discontinuations.length;
    }
    const [found] = await dataSource.query(
      `SELECT (SELECT COUNT(*) FROM patient)::int AS patients,
              (SELECT COUNT(*) FROM medication_event)::int AS medication,
              (SELECT COUNT(*) FROM therapy_session)::int AS sessions,
              (SELECT COUNT(*) FROM observation)::int AS observations,
              (SELECT COUNT(*) FROM relapse_event)::int AS relapses,
              (SELECT COUNT(*) FROM discontinuation_request)::int AS requests`,
    );
    expect(found).toEqual(expected);
    const teams = await dataSource.query(
      `SELECT t.code, COUNT(p.id)::int AS n FROM care_team t JOIN patient p ON p.care_team_id = t.id
        GROUP BY t.code ORDER BY t.code`,
    );
    expect(teams).toEqual([
      { code: 'east', n: 30 },
      { code: 'north', n: 30 },
      { code: 'south', n: 30 },
    ]);
  });

  it('keeps values that need quoting intact: arrays, JSON and text', async () => {
    const [observation] = await dataSource.query(
      `SELECT items, results FROM observation WHERE kind = 'pacs' AND items IS NOT NULL LIMIT 1`,
    );
    expect(observation.items).toHaveLength(5);
    const [request] = await dataSource.query(
      `SELECT plan, readiness_snapshot, required_approvals, reason FROM discontinuation_request
        WHERE kind = 'taper' LIMIT 1`,
    );
    expect(request.plan).toHaveLength(2);
    expect(request.readiness_snapshot.items.length).toBeGreaterThan(0);
    expect(request.required_approvals).toEqual([{ role: 'prescriber' }, { role: 'therapist' }]);
    expect(request.reason).toContain(',');
    const [patient] = await dataSource.query(`SELECT diagnoses FROM patient WHERE cardinality(diagnoses) = 2 LIMIT 1`);
    expect(patient.diagnoses).toEqual(['AUD', 'OUD']);
  });

  it('computes every caseload row exactly as rebuilding it from the stored records does', async () => {
    const summaries = dataSource.getRepository(PatientSummaryRow);
    const copied = await summaries.find({ order: { patientId: 'ASC' } });
    expect(copied).toHaveLength(PATIENTS);
    // A switched patient's row keeps the medication the switch moved them to.
    expect(copied.filter((row) => row.status === 'switched').map((row) => row.switchedTo)).toEqual([
      expect.any(String),
    ]);
    const today = copied[0]?.asOf ?? '';
    for (const patient of await dataSource.getRepository(Patient).find()) {
      await rebuildPatientSummary(dataSource.manager, patient.id, today, DEFAULT_CLINICAL_SETTINGS);
    }
    const rebuilt = await summaries.find({ order: { patientId: 'ASC' } });
    const withoutTime = (rows: PatientSummaryRow[]) => rows.map(({ updatedAt: _updatedAt, ...row }) => row);
    expect(withoutTime(rebuilt)).toEqual(withoutTime(copied));
  });

  it('leaves the caseload flag counters equal to a recount of the copied rows', async () => {
    const counters = await dataSource.query(
      `SELECT care_team_id, status::text, flag, SUM(patients)::int AS patients FROM caseload_count
        GROUP BY 1, 2, 3 HAVING SUM(patients) <> 0 ORDER BY 1, 2, 3`,
    );
    expect(counters).toEqual(
      await dataSource.query(
        `SELECT s.care_team_id, s.status::text, f.flag, COUNT(*)::int AS patients
           FROM patient_summary s CROSS JOIN LATERAL unnest(array_prepend('', s.flags)) AS f(flag)
          GROUP BY 1, 2, 3 ORDER BY 1, 2, 3`,
      ),
    );
  });

  it('puts back every index and foreign key it set aside for the load', async () => {
    expect(await dataSource.query(SCHEMA_OBJECTS)).toEqual(schemaBefore);
  });

  it('reports progress with counts, rate and time left, and audits nothing', async () => {
    const progress = lines.filter((line) => line.includes('patients,'));
    expect(progress).toHaveLength(Math.ceil(PATIENTS / 25));
    expect(progress.at(-1)).toMatch(/90\/90 patients, [\d,]+ events \([\d,]+ events\/s\), ETA 0 s/);
    const [{ n }] = await dataSource.query('SELECT COUNT(*)::int AS n FROM audit_event');
    expect(n).toBe(0);
  });

  it('changes nothing when the database already holds a cohort', async () => {
    expect(
      await bulkSeedCohort(dataSource, logger, { patients: 3, seed: 1, timeZone: ZONE, today: TEST_TODAY, copy: COPY }),
    ).toBeNull();
    const [{ n }] = await dataSource.query('SELECT COUNT(*)::int AS n FROM patient');
    expect(n).toBe(PATIENTS);
  });
});
