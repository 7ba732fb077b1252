import { addDays } from '@naltrack/domain';
import { plainToInstance } from 'class-transformer';
import { createTestApp, type TestApp } from '../../test/test-app.js';
import { CLINIC_TIME_ZONE, TEST_TODAY } from '../../test/test-clock.js';
import { PrincipalLoader } from '../auth/principal-loader.js';
import { ReportsReader } from '../database/replica/reports-reader.js';
import { AdherenceExportService } from './adherence-export.service.js';
import { AdherenceExportQuery } from './dto/adherence-export-query.dto.js';
import { readExportPatients } from './export-source.js';

const PATIENTS = 120;
// The app's read timeout is this + 5 s: the export below outlasts it.
const STATEMENT_TIMEOUT_MS = 200;

describe('an export cursor on an app with short database timeouts', () => {
  let t: TestApp;
  let careTeamId: string;

  beforeAll(async () => {
    t = await createTestApp({ env: { DATABASE_STATEMENT_TIMEOUT_MS: String(STATEMENT_TIMEOUT_MS) } });
    careTeamId = (await t.newCareTeam()).id;
    await t.dataSource.query(
      `INSERT INTO patient (mrn, given_name, family_name, birth_date, sex, diagnoses, care_team_id, status, enrolled_on, version)
       SELECT 'SLOW-' || g, 'Given', 'Family ' || g, '1980-01-01', 'female', ARRAY['AUD'], $1, 'active', $2, 1
         FROM generate_series(1, $3::int) g`,
      [careTeamId, addDays(TEST_TODAY, -60), PATIENTS],
    );
  });

  afterAll(() => t.close());

  it('reads to the end however long its reader takes, the timeouts being for requests', async () => {
    const principal = await t.app.get(PrincipalLoader).load(t.api.clinician.id, 'token');
    if (!principal) throw new Error('tester not found');
    const query = { format: 'csv', from: addDays(TEST_TODAY, -30), to: TEST_TODAY, careTeamId };
    const prepared = await t.app
      .get(AdherenceExportService)
      .prepare(plainToInstance(AdherenceExportQuery, query), principal);

    const limitOf = async () =>
      ((await t.dataSource.query('SHOW statement_timeout')) as { statement_timeout: string }[])[0]?.statement_timeout;
    // The server applies the app's limit to each connection; the embedded one ignores startup settings.
    const before = await limitOf();
    expect(before).toBe(process.env.TEST_DATABASE_URL ? `${STATEMENT_TIMEOUT_MS}ms` : '0');

    let read = 0;
    for await (const _ of readExportPatients(t.app.get(ReportsReader), prepared, CLINIC_TIME_ZONE, TEST_TODAY)) {
      read += 1;
      // A slow reader (a client downloading slowly): the cursor stays open past the read timeout.
      if (read === 1) await new Promise((resolve) => setTimeout(resolve, STATEMENT_TIMEOUT_MS + 5_500));
    }
    expect(read).toBe(PATIENTS);
    // The connection went back to the pool with the limit it had.
    expect(await limitOf()).toBe(before);
  }, 30_000);
});
