import { Writable } from 'node:stream';
import { addDays, type ClinicalDate, computeAdherence, PART2_NOTICE } from '@naltrack/domain';
import { createTestApp, type TestApp } from '../../test/test-app.js';
import { TEST_TODAY } from '../../test/test-clock.js';
import type { Principal } from '../auth/principal.js';
import { AdherenceExportService, SYNC_EXPORT_MAX_PATIENTS } from './adherence-export.service.js';
import type { AdherenceExportQuery } from './dto/adherence-export-query.dto.js';

const firstOfMonth = (day: ClinicalDate) => `${day.slice(0, 8)}01`;

describe('adherence CSV at the size limit', () => {
  let t: TestApp;
  const today = TEST_TODAY;
  const end = addDays(firstOfMonth(today), -1);
  // Four whole months: 4,000 rows for 1,000 patients.
  let from = firstOfMonth(end);
  for (let i = 0; i < 3; i++) from = firstOfMonth(addDays(from, -1));
  let teamId: string;

  beforeAll(async () => {
    t = await createTestApp();
    teamId = (await t.newCareTeam()).id;
    // Set-wise seeding: 1,000 patients with an oral dispense each, on a day that varies by patient.
    await t.dataSource.query(
      `INSERT INTO patient (mrn, given_name, family_name, birth_date, sex, diagnoses, care_team_id, status, enrolled_on, version)
       SELECT 'BULK-' || g, 'Given ' || g, 'Family, ' || g, '1980-01-01', 'female', ARRAY['AUD'], $1, 'active', $2, 1
         FROM generate_series(1, $3::int) g`,
      [teamId, from, SYNC_EXPORT_MAX_PATIENTS],
    );
    await t.dataSource.query(
      `INSERT INTO medication_event (patient_id, kind, formulation, occurred_on, days_supply)
       SELECT id, 'dispensed', 'oral', $2::date + (substr(mrn, 6)::int % 60), 30 FROM patient WHERE care_team_id = $1`,
      [teamId, from],
    );
  });

  afterAll(() => t.close());

  it('streams 4,000 rows for 1,000 patients, each with its own numbers', async () => {
    const response = await t.api
      .get('/api/reports/adherence')
      .query({ format: 'csv', from, to: end, careTeamId: teamId })
      .expect(200);
    const lines = response.text.trimEnd().split('\n');
    expect(lines[0]).toBe(PART2_NOTICE);
    expect(lines).toHaveLength(2 + 4 * SYNC_EXPORT_MAX_PATIENTS);
    const ids = lines.slice(2).map((line) => line.slice(0, 36));
    expect(ids).toEqual([...ids].sort());
    expect(new Set(ids).size).toBe(SYNC_EXPORT_MAX_PATIENTS);

    const [sample]: { id: string; occurred_on: string }[] = await t.dataSource.query(
      `SELECT p.id, e.occurred_on::text FROM patient p JOIN medication_event e ON e.patient_id = p.id
        WHERE p.mrn = 'BULK-545'`,
    );
    const events = [
      {
        kind: 'dispensed' as const,
        formulation: 'oral' as const,
        occurredOn: sample?.occurred_on ?? '',
        daysSupply: 30,
      },
    ];
    const secondMonth = firstOfMonth(addDays(from, 31));
    const expected = [
      computeAdherence({ events, from, to: addDays(secondMonth, -1) }),
      computeAdherence({ events, from: secondMonth, to: addDays(firstOfMonth(addDays(secondMonth, 31)), -1) }),
    ];
    // The family name "Family, 545" is quoted and holds a comma: pdc is the 11th field split naively.
    const pdcs = lines
      .filter((line) => line.startsWith(sample?.id ?? '-'))
      .slice(0, 2)
      .map((line) => Number(line.split(',')[10]));
    expect(expected[0]?.pdc).toBe(1);
    expect(pdcs[0]).toBeCloseTo(expected[0]?.pdc ?? Number.NaN, 4);
    expect(pdcs[1]).toBeCloseTo(expected[1]?.pdc ?? Number.NaN, 4);
    expect(pdcs[1]).toBeGreaterThan(0);
    expect(pdcs[1]).toBeLessThan(1);
  });

  it('reads patients as the reader takes rows, not all before the first byte', async () => {
    const exports = t.app.get(AdherenceExportService);
    const principal: Principal = {
      clinicianId: t.api.clinician.id,
      email: t.api.clinician.email,
      displayName: t.api.clinician.displayName,
      roles: ['team_lead'],
      teamIds: [teamId],
      careTeams: [{ id: teamId, code: 'T', name: 'Team' }],
      via: 'token',
      totpSetupRequired: false,
      totpEnabled: false,
    };
    const query = { format: 'csv', from, to: end, careTeamId: teamId } as AdherenceExportQuery;
    const prepared = await exports.prepare(query, principal);
    expect(prepared).toMatchObject({ patientCount: 1000, rowCount: 4000 });

    let rowsRead = 0;
    const readAtWrites: number[] = [];
    // A slow reader: each chunk takes a moment, so back-pressure must hold the cursor back.
    const slow = new Writable({
      highWaterMark: 1024,
      write(_chunk, _encoding, callback) {
        readAtWrites.push(rowsRead);
        setImmediate(callback);
      },
    });
    await exports.write(prepared, slow, (rowsDone, rowsTotal) => {
      expect(rowsTotal).toBe(4000);
      expect(rowsDone).toBeGreaterThan(rowsRead);
      rowsRead = rowsDone;
    });
    expect(rowsRead).toBe(4000);
    expect(readAtWrites[0]).toBeLessThan(400);
    // Halfway through the output, the cursor has not run far ahead of it.
    expect(readAtWrites[Math.floor(readAtWrites.length / 2)]).toBeLessThan(3000);
  });

  it('stops reading and records nothing when the reader goes away', async () => {
    const exports = t.app.get(AdherenceExportService);
    const principal: Principal = {
      clinicianId: t.api.clinician.id,
      email: t.api.clinician.email,
      displayName: t.api.clinician.displayName,
      roles: ['nurse'],
      teamIds: [teamId],
      careTeams: [{ id: teamId, code: 'T', name: 'Team' }],
      via: 'token',
      totpSetupRequired: false,
      totpEnabled: false,
    };
    const query = { format: 'pdf', from, to: end, careTeamId: teamId } as AdherenceExportQuery;
    const prepared = await exports.prepare(query, principal);
    const before = (await t.dataSource.query('SELECT COUNT(*)::int AS n FROM disclosure'))[0].n;
    let chunks = 0;
    const leaving = new Writable({
      write(_chunk, _encoding, callback) {
        chunks += 1;
        callback(chunks > 3 ? new Error('connection reset by the client') : null);
      },
    });
    await expect(exports.write(prepared, leaving)).rejects.toThrow('connection reset');
    expect((await t.dataSource.query('SELECT COUNT(*)::int AS n FROM disclosure'))[0].n).toBe(before);
    // The cursor is closed and its connection back in the pool: no export statement still runs.
    const running = await t.dataSource.query(
      `SELECT COUNT(*)::int AS n FROM pg_stat_activity
        WHERE datname = current_database() AND pid <> pg_backend_pid() AND state <> 'idle'
          AND query LIKE '%json_agg%'`,
    );
    expect(running[0].n).toBe(0);
  });

  it('sends one patient more to the background export', async () => {
    await t.newPatient({ careTeamId: teamId });
    const response = await t.api
      .get('/api/reports/adherence')
      .query({ format: 'csv', from, to: end, careTeamId: teamId })
      .expect(422);
    expect(response.body).toMatchObject({
      code: 'USE_BACKGROUND_EXPORT',
      details: { patientCount: 1001, limit: 1000, use: 'POST /api/exports' },
    });
  });
});
