import {
  addDays,
  CASELOAD_FLAGS,
  type CaseloadFlag,
  checkInductionPrerequisites,
  recordedOpioidUse,
} from '@naltrack/domain';
import { pino } from 'pino';
import { DataSource } from 'typeorm';
import { TEST_TODAY } from '../../../test/test-clock.js';
import { createTestDatabase, type TestDatabase } from '../../../test/test-database.js';
import { Observation } from '../../observations/observation.entity.js';
import { dataSourceOptions } from '../data-source.js';
import { buildDemoCohort } from './demo-cohort.js';
import { DEFAULT_DEMO_SEED, seedDemoCohort } from './demo-seeder.js';
import type { DemoPatient } from './demo-types.js';

const logger = pino({ level: 'silent' });
const TABLES = [
  'care_team',
  'clinician',
  'care_team_membership',
  'patient',
  'naltrexone_start',
  'medication_event',
  'therapy_session',
  'observation',
  'relapse_event',
  'patient_summary',
  'outreach_task',
  'outreach_attempt',
  'flag_acknowledgement',
  'case_review_item',
] as const;

async function freshDatabase(): Promise<{ database: TestDatabase; dataSource: DataSource }> {
  const database = await createTestDatabase();
  const dataSource = await new DataSource(dataSourceOptions(database.url, database.poolSize)).initialize();
  await dataSource.runMigrations();
  return { database, dataSource };
}

async function counts(dataSource: DataSource): Promise<Record<string, number>> {
  const result: Record<string, number> = {};
  for (const table of TABLES) {
    result[table] = Number((await dataSource.query(`SELECT COUNT(*) AS n FROM ${table}`))[0].n);
  }
  return result;
}

describe('seedDemoCohort, the default cohort', () => {
  let database: TestDatabase;
  let dataSource: DataSource;
  let seeded: boolean;

  beforeAll(async () => {
    ({ database, dataSource } = await freshDatabase());
    seeded = await seedDemoCohort(dataSource, logger, { timeZone: 'America/New_York', today: TEST_TODAY });
  });

  afterAll(async () => {
    await dataSource.destroy();
    await database.drop();
  });

  it('loads 300 patients in North, South and East Clinic, each with a caseload row', async () => {
    expect(seeded).toBe(true);
    const teams = await dataSource.query(
      `SELECT t.code, t.name, COUNT(p.id)::int AS patients, COUNT(s.patient_id)::int AS summaries
         FROM care_team t LEFT JOIN patient p ON p.care_team_id = t.id
         LEFT JOIN patient_summary s ON s.patient_id = p.id
        GROUP BY t.code, t.name ORDER BY t.code`,
    );
    expect(teams).toEqual([
      { code: 'east', name: 'East Clinic', patients: 100, summaries: 100 },
      { code: 'north', name: 'North Clinic', patients: 100, summaries: 100 },
      { code: 'south', name: 'South Clinic', patients: 100, summaries: 100 },
    ]);
    const rows = await counts(dataSource);
    expect(rows.patient_summary).toBe(rows.patient);
    for (const table of TABLES) expect([table, rows[table]]).not.toEqual([table, 0]);
  });

  it('raises every caseload flag for at least two patients', async () => {
    const found: { flag: string; n: number }[] = await dataSource.query(
      'SELECT flag, COUNT(*)::int AS n FROM patient_summary, unnest(flags) AS flag GROUP BY flag',
    );
    const byFlag = new Map(found.map((row) => [row.flag, row.n]));
    expect(CASELOAD_FLAGS.filter((flag) => (byFlag.get(flag) ?? 0) < 2)).toEqual([]);
  });

  describe('the cases a clinician should find on the dashboard', () => {
    const cohort = buildDemoCohort({
      seed: DEFAULT_DEMO_SEED,
      teamSizes: [100, 100, 100],
      today: TEST_TODAY,
      timeZone: 'America/New_York',
    });
    /** The first demo patient of a story, as stored, with their caseload row. */
    async function stored(test: (p: DemoPatient) => boolean) {
      const mrn = cohort.patients.find(test)?.mrn;
      const [row]: { id: string; status: string; diagnoses: string[]; flags: CaseloadFlag[] }[] =
        await dataSource.query(
          `SELECT p.id, p.status::text AS status, p.diagnoses::text[] AS diagnoses, s.flags
           FROM patient p JOIN patient_summary s ON s.patient_id = p.id WHERE p.mrn = $1`,
          [mrn],
        );
      if (!row) throw new Error(`no stored demo patient for ${mrn}`);
      return row;
    }
    const MEDICATION_FLAGS: CaseloadFlag[] = ['injection_overdue', 'low_adherence', 'stopped_without_approval'];

    it('an AUD patient on methadone maintenance, whom a start today would be refused', async () => {
      const patient = await stored((p) => p.variant === 'referred_on_methadone');
      expect([patient.status, patient.diagnoses]).toEqual(['referred', ['AUD']]);
      expect(patient.flags).toContain('positive_screen');
      const observations = await dataSource.getRepository(Observation).findBy({ patientId: patient.id });
      const recorded = recordedOpioidUse(observations, TEST_TODAY);
      expect(recorded.lastUse?.substances).toEqual(['methadone']);
      const check = checkInductionPrerequisites({
        diagnoses: ['AUD'],
        formulation: 'xr_injection',
        startedOn: TEST_TODAY,
        recorded,
      });
      expect(check.failures.map((f) => f.rule)).toEqual(['opioid_free_days', 'opioid_screen']);
    });

    it('an XR patient bridged with tablets: injection overdue, not stopped', async () => {
      const patient = await stored((p) => p.variant === 'bridged_with_tablets');
      expect(patient.flags).toEqual(['injection_overdue']);
    });

    it('a start 8-10 days ago with nothing since: not started', async () => {
      const patient = await stored((p) => p.variant === 'not_started');
      expect(patient.flags).toContain('not_started');
      expect(patient.flags.filter((f) => MEDICATION_FLAGS.includes(f))).toEqual([]);
    });

    it('an OUD patient whose opioid screens turned positive during an approved taper and still are', async () => {
      const patient = await stored((p) => p.variant === 'relapse_during_taper' && p.diagnoses.includes('OUD'));
      expect(patient.status).toBe('tapering');
      expect(patient.flags).toEqual(['positive_screen', 'relapse_during_taper']);
      const [{ n }] = await dataSource.query(
        `SELECT COUNT(*)::int AS n FROM discontinuation_request WHERE patient_id = $1 AND status = 'in_taper'`,
        [patient.id],
      );
      expect(n).toBe(1);
    });
  });

  it('has discontinuation requests in every state, with the decisions that got them there', async () => {
    const byStatus: { status: string; n: number; decisions: number }[] = await dataSource.query(
      `SELECT r.status::text AS status, COUNT(DISTINCT r.id)::int AS n, COUNT(d.id)::int AS decisions
         FROM discontinuation_request r LEFT JOIN discontinuation_decision d ON d.request_id = r.id
        GROUP BY r.status ORDER BY r.status`,
    );
    const statuses = Object.fromEntries(byStatus.map((row) => [row.status, row]));
    for (const status of ['pending', 'approved', 'rejected', 'withdrawn', 'in_taper', 'completed']) {
      expect(statuses[status]?.n).toBeGreaterThan(0);
    }
    expect(statuses.approved?.decisions).toBe(2 * (statuses.approved?.n ?? 0));
    const tapering = await dataSource.query(
      `SELECT COUNT(*)::int AS n FROM patient p
        WHERE p.status = 'tapering'
          AND NOT EXISTS (SELECT 1 FROM discontinuation_request r WHERE r.patient_id = p.id AND r.status = 'in_taper')`,
    );
    expect(tapering[0].n).toBe(0);
  });

  it('shows switches in each team: completed with the hand-off, the target on the caseload row, one awaiting approval', async () => {
    const switches: {
      team: string;
      status: string;
      request: string;
      prescribedBy: string;
      sameTarget: boolean;
      program: string | null;
      handedOff: boolean;
      withFacts: boolean;
      readiness: boolean;
    }[] = await dataSource.query(
      `SELECT t.code AS team, p.status::text AS status, r.status::text AS request,
              r.switch_to ->> 'prescribedBy' AS "prescribedBy",
              s.switched_to::text IS NOT DISTINCT FROM r.switch_to ->> 'medication' AS "sameTarget",
              s.switched_to_program AS program, r.hand_off_note IS NOT NULL AS "handedOff",
              r.switch_facts IS NOT NULL AS "withFacts", r.readiness_snapshot IS NOT NULL AS readiness
         FROM discontinuation_request r JOIN patient p ON p.id = r.patient_id
         JOIN care_team t ON t.id = p.care_team_id JOIN patient_summary s ON s.patient_id = p.id
        WHERE r.kind = 'switch' ORDER BY t.code, r.status::text, "prescribedBy"`,
    );
    const completed = { status: 'switched', request: 'completed', sameTarget: true, handedOff: true };
    const common = { withFacts: true, readiness: false };
    expect(switches.filter((row) => row.team === 'north')).toEqual([
      { team: 'north', ...completed, ...common, prescribedBy: 'other_program', program: expect.any(String) },
      { team: 'north', ...completed, ...common, prescribedBy: 'this_team', program: null },
      {
        team: 'north',
        status: 'active',
        request: 'pending',
        prescribedBy: 'this_team',
        sameTarget: false,
        program: null,
        handedOff: false,
        ...common,
      },
    ]);
    expect(switches.map((row) => `${row.team} ${row.request}`)).toEqual(
      ['east', 'north', 'south'].flatMap((team) => [`${team} completed`, `${team} completed`, `${team} pending`]),
    );
    const [{ n }] = await dataSource.query(
      `SELECT COUNT(*)::int AS n FROM patient_summary WHERE (status = 'switched') <> (switched_to IS NOT NULL)`,
    );
    expect(n).toBe(0);
  });

  it('gives each team its clinicians, and sessions to the team therapist', async () => {
    const members = await dataSource.query(
      `SELECT c.email, c.roles::text[] AS roles FROM clinician c
         JOIN care_team_membership m ON m.clinician_id = c.id
         JOIN care_team t ON t.id = m.care_team_id AND t.code = 'north' ORDER BY c.email`,
    );
    expect(members).toEqual([
      { email: 'lead.north@example.org', roles: ['team_lead'] },
      { email: 'nurse.north@example.org', roles: ['nurse'] },
      { email: 'prescriber.north@example.org', roles: ['prescriber'] },
      { email: 'psychiatrist.north@example.org', roles: ['prescriber'] },
      { email: 'therapist.north@example.org', roles: ['therapist'] },
    ]);
    const [{ n }] = await dataSource.query(
      `SELECT COUNT(*)::int AS n FROM therapy_session s JOIN patient p ON p.id = s.patient_id
         JOIN care_team_membership m ON m.clinician_id = s.clinician_id AND m.care_team_id = p.care_team_id
        WHERE s.type <> 'intake'`,
    );
    const [{ total }] = await dataSource.query(
      `SELECT COUNT(*)::int AS total FROM therapy_session WHERE type <> 'intake'`,
    );
    expect(n).toBe(total);
  });

  it('shows the loop from flag to outcome: resolved, open and overdue tasks, acknowledged flags, a case review', async () => {
    const tasks: { status: string; resolution: string | null; overdue: boolean; n: number }[] = await dataSource.query(
      `SELECT status::text AS status, resolution, (status = 'open' AND due_on < $1) AS overdue, COUNT(*)::int AS n
         FROM outreach_task GROUP BY 1, 2, 3 ORDER BY 1, 2, 3`,
      [TEST_TODAY],
    );
    const count = (status: string, resolution: string | null, overdue: boolean) =>
      tasks.find((t) => t.status === status && t.resolution === resolution && t.overdue === overdue)?.n ?? 0;
    expect(count('done', 're_engaged', false)).toBeGreaterThan(5);
    expect(count('done', 'unreachable', false)).toBeGreaterThan(0);
    expect(count('open', null, true)).toBeGreaterThan(0);
    expect(count('open', null, false)).toBeGreaterThan(0);
    // Every open task answers a flag the patient has today, with an attempt no earlier than its opening.
    const [stray] = await dataSource.query(
      `SELECT COUNT(*)::int AS n FROM outreach_task t JOIN patient_summary s ON s.patient_id = t.patient_id
        WHERE t.status = 'open' AND NOT (s.flags @> ARRAY[t.reason])`,
    );
    expect(stray.n).toBe(0);
    // A suicide risk waits with a therapist of the team, as the default rule opens it.
    const risks: { flagged: number; tasked: number }[] = await dataSource.query(
      `SELECT COUNT(*)::int AS flagged, COUNT(t.id)::int AS tasked FROM patient_summary s
         LEFT JOIN outreach_task t ON t.patient_id = s.patient_id AND t.reason = 'suicide_risk' AND t.status = 'open'
          AND EXISTS (SELECT 1 FROM clinician c JOIN care_team_membership m ON m.clinician_id = c.id
                       WHERE c.id = t.assignee_id AND m.care_team_id = s.care_team_id AND 'therapist' = ANY(c.roles))
        WHERE 'suicide_risk' = ANY(s.flags)`,
    );
    expect(risks[0]?.flagged).toBeGreaterThan(0);
    expect(risks[0]?.tasked).toBe(risks[0]?.flagged);
    const [early] = await dataSource.query(
      `SELECT COUNT(*)::int AS n FROM outreach_attempt a JOIN outreach_task t ON t.id = a.task_id
        WHERE a.attempted_on < t.opened_on OR a.attempted_on > $1`,
      [TEST_TODAY],
    );
    expect(early.n).toBe(0);
    const [acknowledged] = await dataSource.query(
      `SELECT COUNT(*)::int AS n FROM flag_acknowledgement a JOIN patient_summary s ON s.patient_id = a.patient_id
        WHERE a.until_on > $1 AND s.flags @> ARRAY[a.flag]`,
      [TEST_TODAY],
    );
    expect(acknowledged.n).toBe(6);
    const reviews: { review_on: string; n: number }[] = await dataSource.query(
      `SELECT review_on::text, COUNT(*)::int AS n FROM case_review_item GROUP BY 1 ORDER BY 1`,
    );
    expect(reviews.map((r) => r.review_on)).toEqual([addDays(TEST_TODAY, -7), TEST_TODAY]);
  });

  it('changes nothing when seeded again', async () => {
    const before = await counts(dataSource);
    expect(await seedDemoCohort(dataSource, logger, { timeZone: 'America/New_York', today: TEST_TODAY })).toBe(false);
    expect(await counts(dataSource)).toEqual(before);
  });
});

describe('seedDemoCohort, options and concurrency', () => {
  let database: TestDatabase;
  let dataSource: DataSource;

  beforeEach(async () => {
    ({ database, dataSource } = await freshDatabase());
  });

  afterEach(async () => {
    await dataSource.destroy();
    await database.drop();
  });

  it('seeds once when two instances start together', async () => {
    const results = await Promise.all([
      seedDemoCohort(dataSource, logger, { timeZone: 'UTC', today: TEST_TODAY, patientsPerTeam: 4 }),
      seedDemoCohort(dataSource, logger, { timeZone: 'UTC', today: TEST_TODAY, patientsPerTeam: 4 }),
    ]);
    expect(results.filter(Boolean)).toHaveLength(1);
    const rows = await counts(dataSource);
    expect([rows.care_team, rows.clinician, rows.patient, rows.patient_summary]).toEqual([3, 17, 12, 12]);
  });

  it('splits a total of patients over the teams', async () => {
    expect(
      await seedDemoCohort(dataSource, logger, { timeZone: 'UTC', today: TEST_TODAY, patients: 10, seed: 7 }),
    ).toBe(true);
    const sizes = await dataSource.query(
      `SELECT t.code, COUNT(p.id)::int AS n FROM care_team t JOIN patient p ON p.care_team_id = t.id
        GROUP BY t.code ORDER BY t.code`,
    );
    expect(sizes).toEqual([
      { code: 'east', n: 3 },
      { code: 'north', n: 4 },
      { code: 'south', n: 3 },
    ]);
  });
});
