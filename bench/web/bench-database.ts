import { ensureSeeded, withClient } from '../shared/seeded-database.js';

/** The bench's own clinician: a prescriber on every team, so the caseload lists every patient. */
export const BENCH_EMAIL = 'bench.all-teams@example.org';

/**
 * A database holding the demo cohort with `patients` patients (seeded once by `npm run seed`) and
 * the bench clinician, who signs in with the demo password.
 */
export async function prepareCaseloadDatabase(url: string, patients: number, root: string): Promise<void> {
  await ensureSeeded(root, url, patients);
  await withClient(url, async (client) => {
    await client.query(
      `INSERT INTO clinician (email, display_name, roles, password_hash)
       SELECT $1, 'Bench (all teams)', ARRAY['prescriber']::clinician_role[], password_hash
         FROM clinician WHERE email = 'prescriber.north@example.org'
       ON CONFLICT (email) DO NOTHING`,
      [BENCH_EMAIL],
    );
    await client.query(
      `INSERT INTO care_team_membership (care_team_id, clinician_id)
       SELECT t.id, c.id FROM care_team t CROSS JOIN clinician c WHERE c.email = $1
       ON CONFLICT DO NOTHING`,
      [BENCH_EMAIL],
    );
  });
}
