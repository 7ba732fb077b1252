import { createHash, randomBytes } from 'node:crypto';
import { rebuildPatientSummaries } from '@naltrack/api/dist/caseload/rebuild-patient-summary.js';
import { dataSourceOptions } from '@naltrack/api/dist/database/data-source.js';
import { clinicalDateOf, DEFAULT_CLINICAL_SETTINGS } from '@naltrack/domain';
import pg from 'pg';
import { DataSource } from 'typeorm';
import { databaseName, withClient } from '../shared/seeded-database.js';
import type { BenchConfig } from './bench-config.js';

export const BENCH_TEAM = 'bench';
const READER_EMAIL = 'bench.caseload@example.org';
const WRITER_EMAIL = 'bench.writer@example.org';
/** Seeded patients the single-event POST figure writes to, in turn. */
const POST_PATIENTS = 1_000;
export const BENCH_NOTES = { post: 'bench post', raw: 'bench raw' } as const;

/** What the figures need from one database: tokens, the teams, and the bench's own patients. */
export interface BenchFixtures {
  url: string;
  name: string;
  readerToken: string;
  writerToken: string;
  writerId: string;
  /** The demo teams: the caseload reader's teams, so the caseload holds every seeded patient. */
  teamIds: string[];
  timeline: { small: string; large: string };
  postPatients: string[];
  importPatients: string[];
}

/** A new API token for a clinician, stored hashed as the app stores its own; a day is plenty for a run. */
async function newToken(client: pg.Client, clinicianId: string): Promise<string> {
  const token = `nt_${randomBytes(32).toString('base64url')}`;
  await client.query(
    `INSERT INTO api_token (clinician_id, name, token_hash, prefix, expires_at)
     VALUES ($1, 'bench', $2, $3, now() + interval '1 day')`,
    [clinicianId, createHash('sha256').update(token).digest('hex'), token.slice(0, 9)],
  );
  return token;
}

/** A patient of the bench team, made once; returns its id. */
async function benchPatient(client: pg.Client, teamId: string, mrn: string): Promise<{ id: string; made: boolean }> {
  const found = await client.query('SELECT id FROM patient WHERE mrn = $1', [mrn]);
  if (found.rows[0]) return { id: found.rows[0].id, made: false };
  const made = await client.query(
    `INSERT INTO patient (mrn, given_name, family_name, birth_date, sex, diagnoses, care_team_id, status, enrolled_on, version)
     VALUES ($1, 'Bench', 'Patient', DATE '1940-01-01', 'female', '{AUD}', $2, 'active', DATE '1990-01-01', 1)
     RETURNING id`,
    [mrn, teamId],
  );
  return { id: made.rows[0].id, made: true };
}

/** `events` records over the years before today: half doses, a third observations, the rest sessions. */
async function fillTimeline(client: pg.Client, patientId: string, events: number): Promise<void> {
  const doses = Math.round(events / 2);
  const observations = Math.round(events * 0.3);
  const sessions = events - doses - observations;
  await client.query(
    `INSERT INTO medication_event (patient_id, kind, formulation, occurred_on, dose_mg, observed)
     SELECT $1, 'taken', 'oral', CURRENT_DATE - g, 50, true FROM generate_series(1, $2) g`,
    [patientId, doses],
  );
  await client.query(
    `INSERT INTO observation (patient_id, kind, observed_on, value)
     SELECT $1, 'craving_vas', CURRENT_DATE - 2 * g, g % 100 FROM generate_series(1, $2) g`,
    [patientId, observations],
  );
  await client.query(
    `INSERT INTO therapy_session (patient_id, scheduled_at, scheduled_on, type, status, version)
     SELECT $1, (CURRENT_DATE - 7 * g) + time '15:00', CURRENT_DATE - 7 * g, 'individual', 'attended', 1
       FROM generate_series(1, $2) g`,
    [patientId, sessions],
  );
}

/**
 * The bench's clinicians (a caseload reader in the demo teams, a writer also in the bench team),
 * fresh API tokens for them, and the bench team's patients: two with a 100- and a 10,000-event
 * timeline, and those the import writes to. Records earlier runs wrote are removed and the
 * caseload rows they touched rebuilt, so every run starts from the same data.
 */
export async function prepareFixtures(config: BenchConfig, url: string): Promise<BenchFixtures> {
  const dataSource = await new DataSource(dataSourceOptions(url, 2)).initialize();
  try {
    await dataSource.runMigrations({ transaction: 'each' });
    const fixtures = await withClient(url, async (client) => {
      await client.query(
        `INSERT INTO care_team (code, name) VALUES ($1, 'Bench (not a clinic)') ON CONFLICT (code) DO NOTHING`,
        [BENCH_TEAM],
      );
      await client.query(
        `INSERT INTO clinician (email, display_name, roles) VALUES
           ($1, 'Bench caseload reader', '{prescriber}'), ($2, 'Bench writer', '{prescriber,nurse,therapist}')
         ON CONFLICT (email) DO NOTHING`,
        [READER_EMAIL, WRITER_EMAIL],
      );
      const teams = await client.query(`SELECT id, code FROM care_team ORDER BY code`);
      const teamIds: string[] = teams.rows.filter((t) => t.code !== BENCH_TEAM).map((t) => t.id);
      const benchTeam: string = teams.rows.find((t) => t.code === BENCH_TEAM)?.id;
      const staff = await client.query('SELECT id, email FROM clinician WHERE email = ANY($1)', [
        [READER_EMAIL, WRITER_EMAIL],
      ]);
      const readerId: string = staff.rows.find((c) => c.email === READER_EMAIL)?.id;
      const writerId: string = staff.rows.find((c) => c.email === WRITER_EMAIL)?.id;
      await client.query(
        `INSERT INTO care_team_membership (care_team_id, clinician_id)
         SELECT team, $2::uuid FROM unnest($1::uuid[]) AS team
         UNION ALL SELECT team, $3::uuid FROM unnest($4::uuid[]) AS team
         ON CONFLICT DO NOTHING`,
        [teamIds, readerId, writerId, [...teamIds, benchTeam]],
      );
      await client.query(`DELETE FROM api_token WHERE name = 'bench' AND clinician_id = ANY($1)`, [
        [readerId, writerId],
      ]);

      const timeline = { small: '', large: '' };
      for (const [side, events] of [
        ['small', 100],
        ['large', 10_000],
      ] as const) {
        const patient = await benchPatient(client, benchTeam, `BENCH-TIMELINE-${events}`);
        if (patient.made) await fillTimeline(client, patient.id, events);
        timeline[side] = patient.id;
      }
      const importPatients: string[] = [];
      for (let i = 1; i <= config.importPatients; i++) {
        importPatients.push((await benchPatient(client, benchTeam, `BENCH-IMPORT-${String(i).padStart(4, '0')}`)).id);
      }
      const posts = await client.query(`SELECT id FROM patient WHERE mrn LIKE 'DEMO-%' ORDER BY mrn LIMIT $1`, [
        POST_PATIENTS,
      ]);
      const postPatients: string[] = posts.rows.map((row) => row.id);
      await client.query(`DELETE FROM medication_event WHERE patient_id = ANY($1) AND note = ANY($2)`, [
        postPatients,
        Object.values(BENCH_NOTES),
      ]);
      await client.query('DELETE FROM medication_event WHERE patient_id = ANY($1)', [importPatients]);
      return {
        url,
        name: databaseName(url),
        readerToken: await newToken(client, readerId),
        writerToken: await newToken(client, writerId),
        writerId,
        teamIds,
        timeline,
        postPatients,
        importPatients,
      };
    });
    await rebuildSummaries(dataSource, [...fixtures.postPatients, ...fixtures.importPatients], config.timeZone);
    return fixtures;
  } finally {
    await dataSource.destroy();
  }
}

/** Rebuilds the caseload rows of patients whose records the bench changed, as the app would. */
export async function rebuildSummaries(dataSource: DataSource, patientIds: string[], timeZone: string): Promise<void> {
  await dataSource.transaction((manager) =>
    rebuildPatientSummaries(manager, patientIds, clinicalDateOf(new Date(), timeZone), DEFAULT_CLINICAL_SETTINGS),
  );
}
