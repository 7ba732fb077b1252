import { addDays, clinicalDateOf, DEFAULT_CLINICAL_SETTINGS } from '@naltrack/domain';
import { CLINIC_TIME_ZONE } from '../../test/factories.js';
import { createTestApp, type TestApp } from '../../test/test-app.js';
import { rebuildPatientSummary } from '../caseload/rebuild-patient-summary.js';
import { Patient } from '../patients/patient.entity.js';

describe('observations and relapses', () => {
  let t: TestApp;
  const today = clinicalDateOf(new Date(), CLINIC_TIME_ZONE);
  const daysAgo = (n: number) => addDays(today, -n);

  beforeAll(async () => {
    t = await createTestApp();
  });

  afterAll(() => t.close());

  const count = async (patientId: string) =>
    (await t.dataSource.query('SELECT COUNT(*)::int AS n FROM observation WHERE patient_id = $1', [patientId]))[0].n;
  const summaryOf = async (patientId: string) =>
    (await t.api.get(`/api/patients/${patientId}`).expect(200)).body.metrics;

  it('records each kind and keeps the PACS total, flagging high craving and a positive screen', async () => {
    const patient = await t.newPatient({ diagnoses: ['OUD'], status: 'active' });
    const post = (body: object) => t.api.post(`/api/patients/${patient.id}/observations`).send(body);
    const pacs = await post({ kind: 'pacs', observedOn: today, items: [3, 3, 3, 3, 4] }).expect(201);
    expect(pacs.body).toMatchObject({ kind: 'pacs', items: [3, 3, 3, 3, 4], value: 16 });
    await post({ kind: 'craving_vas', observedOn: today, value: 72 }).expect(201);
    await post({ kind: 'uds', observedOn: daysAgo(2), results: { opioids: 'positive', cocaine: 'negative' } }).expect(
      201,
    );
    await post({ kind: 'breath_alcohol', observedOn: today, value: 0.02 }).expect(201);
    await post({ kind: 'drinks', observedOn: today, value: 2 }).expect(201);
    await post({ kind: 'self_reported_use', observedOn: today, substance: 'Opioids', value: 1 }).expect(201);

    const metrics = await summaryOf(patient.id);
    expect(metrics.latestPacs).toBe(16);
    expect(metrics.flags).toEqual(expect.arrayContaining(['craving_high', 'positive_screen']));
    const onlyScreens = await t.api.get(`/api/patients/${patient.id}/observations`).query({ kind: 'uds' }).expect(200);
    expect(onlyScreens.body).toHaveLength(1);
  });

  it.each([
    [{ kind: 'pacs', items: [1, 2, 3, 4] }, 'items'],
    [{ kind: 'pacs', items: [1, 2, 3, 4, 7] }, 'items'],
    [{ kind: 'pacs', items: [1, 2, 3, 4, -1] }, 'items'],
    [{ kind: 'pacs', items: [1, 2, 3, 4, 2.5] }, 'items'],
    [{ kind: 'pacs' }, 'items'],
    [{ kind: 'craving_vas', value: 101 }, 'value'],
    [{ kind: 'craving_vas', value: 50, items: [1, 1, 1, 1, 1] }, 'items'],
    [{ kind: 'uds', results: {} }, 'results'],
    [{ kind: 'uds', results: { glue: 'positive' } }, 'results'],
    [{ kind: 'uds', results: { opioids: 'maybe' } }, 'results'],
    [{ kind: 'drinks', value: -1 }, 'value'],
    [{ kind: 'self_reported_use', value: 1 }, 'substance'],
    [{ kind: 'mood', value: 1 }, 'kind'],
    [{ kind: 'drinks', value: 1, observedOn: addDays(clinicalDateOf(new Date(), CLINIC_TIME_ZONE), 1) }, 'observedOn'],
  ])('refuses %p naming %s and stores nothing', async (body, field) => {
    const patient = await t.newPatient();
    const response = await t.api
      .post(`/api/patients/${patient.id}/observations`)
      .send({ observedOn: today, ...body })
      .expect(400);
    expect(response.body.details.fields.map((f: { field: string }) => f.field.split('.')[0])).toContain(field);
    expect(await count(patient.id)).toBe(0);
  });

  it('detects an early X:BOT relapse from four weekly positive screens, and lets a clinician confirm it', async () => {
    const patient = await t.newPatient({ diagnoses: ['OUD'], status: 'active' });
    const startedOn = daysAgo(40);
    await t.dataSource.query(
      `INSERT INTO naltrexone_start (patient_id, formulation, dose_mg, started_on) VALUES ($1, 'xr_injection', 380, $2)`,
      [patient.id, startedOn],
    );
    for (const week of [1, 2, 3, 4]) {
      await t.api
        .post(`/api/patients/${patient.id}/observations`)
        .send({ kind: 'uds', observedOn: addDays(startedOn, week * 7 + 1), results: { opioids: 'positive' } })
        .expect(201);
    }
    const relapses = await t.api.get(`/api/patients/${patient.id}/relapses`).expect(200);
    expect(relapses.body).toEqual([
      expect.objectContaining({
        substance: 'opioids',
        rule: 'xbot_4_weeks',
        early: true,
        source: 'detected',
        confirmed: false,
      }),
    ]);
    expect((await summaryOf(patient.id)).flags).toContain('early_relapse');

    const onsetOn = relapses.body[0].onsetOn;
    const confirmed = await t.api
      .post(`/api/patients/${patient.id}/relapses`)
      .send({ onsetOn, substance: 'opioids', confirmDetected: true })
      .expect(201);
    expect(confirmed.body).toMatchObject({ confirmed: true, rule: 'xbot_4_weeks', early: true });
    await t.api.post(`/api/patients/${patient.id}/relapses`).send({ onsetOn, substance: 'opioids' }).expect(409);
    expect((await t.api.get(`/api/patients/${patient.id}/relapses`).expect(200)).body).toHaveLength(1);
  });

  it('records a clinician-reported relapse and refuses a confirmation of nothing or a future onset', async () => {
    const patient = await t.newPatient({ diagnoses: ['AUD'] });
    await t.api
      .post(`/api/patients/${patient.id}/relapses`)
      .send({ onsetOn: daysAgo(3), substance: 'alcohol', confirmDetected: true })
      .expect(422);
    await t.api
      .post(`/api/patients/${patient.id}/relapses`)
      .send({ onsetOn: addDays(today, 2), substance: 'alcohol' })
      .expect(400);
    const recorded = await t.api
      .post(`/api/patients/${patient.id}/relapses`)
      .send({ onsetOn: daysAgo(3), substance: 'alcohol', note: 'Reported at group session' })
      .expect(201);
    expect(recorded.body).toMatchObject({ source: 'recorded', confirmed: true, early: false });
  });

  it('keeps the caseload row exact under 20 parallel observations', async () => {
    const patient = await t.newPatient({ diagnoses: ['AUD'], status: 'active' });
    const responses = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        t.api
          .post(`/api/patients/${patient.id}/observations`)
          .send({ kind: 'pacs', observedOn: daysAgo(i), items: [i % 7, 1, 1, 1, 1] }),
      ),
    );
    expect(responses.map((r) => r.status)).toEqual(Array(20).fill(201));
    const stored = await t.dataSource.query('SELECT * FROM patient_summary WHERE patient_id = $1', [patient.id]);
    const fresh = await t.dataSource.transaction(async (manager) => {
      await rebuildPatientSummary(
        manager,
        await manager.findOneByOrFail(Patient, { id: patient.id }),
        today,
        DEFAULT_CLINICAL_SETTINGS,
      );
      return manager.query('SELECT * FROM patient_summary WHERE patient_id = $1', [patient.id]);
    });
    const withoutTime = ({ updated_at: _, ...row }: Record<string, unknown>) => row;
    expect(withoutTime(stored[0])).toEqual(withoutTime(fresh[0]));
    expect(stored[0].latest_pacs).toBe(4);
  });
});
