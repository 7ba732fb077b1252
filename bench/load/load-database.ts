// The load run's database: the demo cohort (seeded once by the seed command), the run's own
// clinicians in every care team, and nothing left of what an earlier run wrote, so runs repeat.
import { randomBytes } from 'node:crypto';
import { PasswordService } from '@naltrack/api/dist/auth/password.service.js';
import { dataSourceOptions } from '@naltrack/api/dist/database/data-source.js';
import { clinicalDateOf, type Role } from '@naltrack/domain';
import type pg from 'pg';
import { DataSource } from 'typeorm';
import { rebuildSummaries } from '../scale/bench-databases.js';
import { ensureSeeded, withClient } from '../shared/seeded-database.js';
import type { LoadConfig } from './load-config.js';

/** Each care team's staff for the run: several clinicians of each role that records or approves. */
const ROSTER: { role: Role; count: number }[] = [
  { role: 'prescriber', count: 3 },
  { role: 'therapist', count: 3 },
  { role: 'nurse', count: 3 },
  { role: 'team_lead', count: 1 },
];
const EMAIL_DOMAIN = '@load.example.org';

export interface LoadClinician {
  id: string;
  email: string;
  role: Role;
  teamId: string;
}

export interface LoadTeam {
  id: string;
  code: string;
  patientIds: string[];
  /** Patients on naltrexone with no open discontinuation request: each approval flow takes one. */
  proposable: string[];
}

export interface LoadFixtures {
  teams: LoadTeam[];
  clinicians: LoadClinician[];
  password: string;
}

/** The run's clinicians, with a fresh password (stored as the app stores it) and no live sessions or tokens. */
async function upsertClinicians(client: pg.Client, teams: { id: string; code: string }[], password: string) {
  const hash = await new PasswordService().hash(password);
  const clinicians: LoadClinician[] = [];
  for (const team of teams) {
    for (const { role, count } of ROSTER) {
      for (let n = 1; n <= count; n++) {
        const email = `load.${role.replace('_', '-')}.${n}.${team.code}${EMAIL_DOMAIN}`;
        const { rows } = await client.query(
          `INSERT INTO clinician (email, display_name, roles, password_hash) VALUES ($1, $2, ARRAY[$3]::clinician_role[], $4)
           ON CONFLICT (email) DO UPDATE SET password_hash = EXCLUDED.password_hash, active = true
           RETURNING id`,
          [email, `Load ${role} ${n} (${team.code})`, role, hash],
        );
        const id: string = rows[0].id;
        await client.query(
          'INSERT INTO care_team_membership (care_team_id, clinician_id) VALUES ($1, $2) ON CONFLICT DO NOTHING',
          [team.id, id],
        );
        clinicians.push({ id, email, role, teamId: team.id });
      }
    }
  }
  const ids = clinicians.map((c) => c.id);
  await client.query('DELETE FROM session WHERE clinician_id = ANY($1)', [ids]);
  await client.query('DELETE FROM api_token WHERE clinician_id = ANY($1)', [ids]);
  return clinicians;
}

/** Removes every record the run's clinicians wrote; returns the patients whose caseload rows need rebuilding. */
async function removeEarlierRuns(client: pg.Client, ids: string[]): Promise<string[]> {
  const touched = await client.query(
    `SELECT patient_id FROM medication_event WHERE recorded_by = ANY($1)
     UNION SELECT patient_id FROM observation WHERE recorded_by = ANY($1)
     UNION SELECT patient_id FROM therapy_session WHERE clinician_id = ANY($1)
     UNION SELECT patient_id FROM discontinuation_request WHERE proposed_by = ANY($1)
     UNION SELECT patient_id FROM stop_resolution WHERE resolved_by = ANY($1)`,
    [ids],
  );
  await client.query('BEGIN');
  await client.query(
    `DELETE FROM discontinuation_decision WHERE request_id IN
       (SELECT id FROM discontinuation_request WHERE proposed_by = ANY($1))`,
    [ids],
  );
  await client.query('DELETE FROM discontinuation_request WHERE proposed_by = ANY($1)', [ids]);
  await client.query('DELETE FROM stop_resolution WHERE resolved_by = ANY($1)', [ids]);
  await client.query('DELETE FROM medication_event WHERE recorded_by = ANY($1)', [ids]);
  await client.query('DELETE FROM observation WHERE recorded_by = ANY($1)', [ids]);
  await client.query('DELETE FROM therapy_session WHERE clinician_id = ANY($1)', [ids]);
  await client.query('COMMIT');
  return touched.rows.map((row) => row.patient_id);
}

async function teamPatients(client: pg.Client, teams: { id: string; code: string }[]): Promise<LoadTeam[]> {
  const all = await client.query(`SELECT id, care_team_id FROM patient WHERE mrn LIKE 'DEMO-%' ORDER BY mrn`);
  const open = await client.query(
    `SELECT id, care_team_id FROM patient p WHERE mrn LIKE 'DEMO-%'
        AND EXISTS (SELECT 1 FROM naltrexone_start s WHERE s.patient_id = p.id)
        AND NOT EXISTS (SELECT 1 FROM discontinuation_request r
                         WHERE r.patient_id = p.id AND r.status IN ('pending', 'approved', 'in_taper'))
      ORDER BY mrn`,
  );
  const of = (rows: { id: string; care_team_id: string }[], teamId: string) =>
    rows.filter((row) => row.care_team_id === teamId).map((row) => row.id);
  return teams.map((team) => ({
    ...team,
    patientIds: of(all.rows, team.id),
    proposable: of(open.rows, team.id),
  }));
}

/** The seeded database with the run's clinicians, cleared of earlier runs' records. */
export async function prepareLoadDatabase(config: LoadConfig): Promise<LoadFixtures> {
  await ensureSeeded(config.root, config.databaseUrl, config.patients);
  const password = randomBytes(18).toString('base64url');
  const dataSource = await new DataSource(dataSourceOptions(config.databaseUrl, 2)).initialize();
  try {
    await dataSource.runMigrations({ transaction: 'each' });
    const { fixtures, touched } = await withClient(config.databaseUrl, async (client) => {
      const { rows: teams } = await client.query('SELECT id, code FROM care_team ORDER BY code');
      const clinicians = await upsertClinicians(client, teams, password);
      const touched = await removeEarlierRuns(
        client,
        clinicians.map((c) => c.id),
      );
      return { fixtures: { teams: await teamPatients(client, teams), clinicians, password }, touched };
    });
    if (touched.length > 0) {
      console.log(`Removing what an earlier run wrote: rebuilding ${touched.length} caseload rows`);
      await rebuildSummaries(dataSource, touched, config.timeZone);
    }
    return fixtures;
  } finally {
    await dataSource.destroy();
  }
}

/** Waits while the app's refresher brings caseload rows computed on an earlier day forward. */
export async function untilCaseloadCurrent(config: LoadConfig): Promise<void> {
  const today = clinicalDateOf(new Date(), config.timeZone);
  await withClient(config.databaseUrl, async (client) => {
    for (let shown = false; ; shown = true) {
      const { rows } = await client.query('SELECT COUNT(*)::int AS n FROM patient_summary WHERE as_of < $1', [today]);
      if (rows[0]?.n === 0) return;
      if (!shown) console.log(`The app brings ${rows[0]?.n} caseload rows forward to ${today}…`);
      await new Promise((resolve) => setTimeout(resolve, 2_000));
    }
  });
}
