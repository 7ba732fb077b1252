import { addDays, type CaseloadFlag } from '@naltrack/domain';
import { createTestApp, type TestApp } from '../../test/test-app.js';
import { TEST_TODAY } from '../../test/test-clock.js';

interface Item {
  patientId: string;
  flags: CaseloadFlag[];
}

/** not_started: a start 7 or more days old with no injection, dispense or dose since, on the caseload. */
describe('GET /api/caseload, the not_started flag', () => {
  let t: TestApp;
  let team: string;
  const daysAgo = (n: number) => addDays(TEST_TODAY, -n);

  /** An AUD patient (no opioid prerequisites) with an XR start `days` ago and nothing else. */
  async function startedDaysAgo(days: number) {
    const patient = await t.newPatient({ careTeamId: team, diagnoses: ['AUD'], status: 'referred' });
    await t.api
      .post(`/api/patients/${patient.id}/naltrexone-starts`)
      .send({ formulation: 'xr_injection', doseMg: 380, startedOn: daysAgo(days) })
      .expect(201);
    return patient;
  }

  const caseload = (query: Record<string, string> = {}) =>
    t.api
      .get('/api/caseload')
      .query({ careTeamId: team, ...query })
      .expect(200);
  const flagsOf = async (patientId: string) =>
    ((await caseload()).body.items as Item[]).find((item) => item.patientId === patientId)?.flags;

  beforeAll(async () => {
    t = await createTestApp();
    team = (await t.newCareTeam()).id;
  });

  afterAll(() => t.close());

  it('flags a start 7 days old with nothing since, not one 6 days old, and filters and counts it', async () => {
    const sevenDays = await startedDaysAgo(7);
    const sixDays = await startedDaysAgo(6);

    expect(await flagsOf(sevenDays.id)).toEqual(['not_started']);
    expect((await t.api.get(`/api/patients/${sevenDays.id}`).expect(200)).body.metrics.flags).toEqual(['not_started']);
    expect(await flagsOf(sixDays.id)).toEqual([]);

    const filtered = await caseload({ flag: 'not_started' });
    expect((filtered.body.items as Item[]).map((item) => item.patientId)).toEqual([sevenDays.id]);
    expect(filtered.body.total).toBe(1);
    expect(filtered.body.counts.not_started).toBe(1);
    // A start makes the patient active; the counters are kept per status.
    expect((await caseload({ status: 'active' })).body.counts.not_started).toBe(1);
    expect((await caseload({ status: 'referred,discontinued' })).body.counts.not_started).toBe(0);
  });

  it('clears the flag once a dispense is recorded after the start', async () => {
    const patient = await startedDaysAgo(10);
    expect(await flagsOf(patient.id)).toEqual(['not_started']);

    await t.api
      .post(`/api/patients/${patient.id}/medication-events`)
      .send({ kind: 'dispensed', formulation: 'oral', occurredOn: daysAgo(2), daysSupply: 30, doseMg: 50 })
      .expect(201);

    expect(await flagsOf(patient.id)).toEqual([]);
    const read = await t.api.get(`/api/patients/${patient.id}`).expect(200);
    expect(read.body.metrics.flags).not.toContain('not_started');
    const filtered = await caseload({ flag: 'not_started' });
    expect((filtered.body.items as Item[]).map((item) => item.patientId)).not.toContain(patient.id);
  });
});
