import { randomUUID } from 'node:crypto';
import { addDays } from '@naltrack/domain';
import type { ApiClient, TestApp } from '../../test/test-app.js';
import { createTestApp } from '../../test/test-app.js';
import { TEST_TODAY } from '../../test/test-clock.js';
import { DISCLOSED_SCOPES } from '../reports/export-consent.js';

interface JobView {
  id: string;
  status: string;
  errorCode: string | null;
  downloadUrl: string | null;
}

const today = TEST_TODAY;
const from = addDays(today, -60);
const toAcme = { recipient: 'Acme Health Plan', purpose: 'payment' };

describe('Background export downloads, checked again at each download', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp();
  });

  afterAll(() => t.close());

  /** Queues an export as this clinician and waits until it is done. */
  async function finishedExport(client: ApiClient, query: Record<string, string>): Promise<JobView> {
    const created = await client
      .post('/api/exports')
      .send({ format: 'csv', from, to: today, ...query })
      .expect(202);
    const deadline = Date.now() + 30_000;
    for (;;) {
      const job = (await client.get(`/api/exports/${created.body.id}`).expect(200)).body as JobView;
      if (job.status === 'done') return job;
      if (job.status === 'failed' || Date.now() > deadline) throw new Error(`export ${job.id} is ${job.status}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }

  const consent = (patientId: string) =>
    t.api
      .post(`/api/patients/${patientId}/consents`)
      .send({ ...toAcme, scope: [...DISCLOSED_SCOPES.csv], effectiveOn: today, expiresOn: addDays(today, 365) })
      .expect(201);

  it('keeps the ids of the patients the file holds', async () => {
    const team = await t.newCareTeam();
    const patients = [await t.newPatient({ careTeamId: team.id }), await t.newPatient({ careTeamId: team.id })];
    const job = await finishedExport(t.api, { careTeamId: team.id });
    const [stored] = await t.dataSource.query('SELECT patient_ids::text[] AS ids FROM export_job WHERE id = $1', [
      job.id,
    ]);
    expect([...stored.ids].sort()).toEqual(patients.map((patient) => patient.id).sort());
  });

  it('answers 404 once the requester has left the team of a patient in the file', async () => {
    const team = await t.newCareTeam();
    const otherTeam = await t.newCareTeam();
    await t.newPatient({ careTeamId: team.id });
    const nurse = await t.as(['nurse'], [team.id, otherTeam.id]);
    const job = await finishedExport(nurse, {});
    await nurse.get(job.downloadUrl ?? '').expect(200);

    const admin = await t.as(['admin']);
    await admin
      .patch(`/api/clinicians/${nurse.clinician.id}`)
      .send({ careTeamIds: [otherTeam.id] })
      .expect(200);
    const refused = await nurse.get(job.downloadUrl ?? '').expect(404);
    expect(refused.body.code).toBe('NOT_FOUND');
    // The answer is the one for an export that does not exist.
    const missing = await nurse.get(`/api/exports/${randomUUID()}/download`).expect(404);
    expect(refused.body.message).toBe(missing.body.message);
  });

  it('answers 403 CONSENT_REQUIRED, naming the patient, once a consent of the disclosure is revoked', async () => {
    const patient = await t.newPatient();
    const kept = await consent(patient.id);
    const job = await finishedExport(t.api, { patientId: patient.id, ...toAcme });
    await t.api.get(job.downloadUrl ?? '').expect(200);

    await t.api.post(`/api/patients/${patient.id}/consents/${kept.body.id}/revoke`).expect(200);
    const refused = await t.api.get(job.downloadUrl ?? '').expect(403);
    expect(refused.body.code).toBe('CONSENT_REQUIRED');
    expect(refused.body.details).toMatchObject({ missingCount: 1, patientIds: [patient.id], ...toAcme });
  });

  it('answers 403 CONSENT_REQUIRED once a consent has expired, and serves the care team’s own export still', async () => {
    const team = await t.newCareTeam();
    const patient = await t.newPatient({ careTeamId: team.id });
    const given = await consent(patient.id);
    const disclosure = await finishedExport(t.api, { careTeamId: team.id, ...toAcme });
    const ownUse = await finishedExport(t.api, { careTeamId: team.id });

    // The consent's last day was yesterday.
    await t.dataSource.query('UPDATE consent SET expires_on = $2 WHERE id = $1', [given.body.id, addDays(today, -1)]);
    const refused = await t.api.get(disclosure.downloadUrl ?? '').expect(403);
    expect(refused.body.details.patientIds).toEqual([patient.id]);
    await t.api.get(ownUse.downloadUrl ?? '').expect(200);

    // Its last day today still holds.
    await t.dataSource.query('UPDATE consent SET expires_on = $2 WHERE id = $1', [given.body.id, today]);
    await t.api.get(disclosure.downloadUrl ?? '').expect(200);
  });
});
