import { createTestApp, type TestApp } from '../../test/test-app.js';

describe('therapy sessions', () => {
  let t: TestApp;
  const hoursFromNow = (hours: number) => new Date(Date.now() + hours * 3_600_000).toISOString();

  beforeAll(async () => {
    t = await createTestApp();
  });

  afterAll(() => t.close());

  const flagsOf = async (patientId: string): Promise<string[]> =>
    (await t.dataSource.query('SELECT flags FROM patient_summary WHERE patient_id = $1', [patientId]))[0].flags;

  it('schedules sessions, records outcomes, and flags two no-shows in a row', async () => {
    const patient = await t.newPatient({ status: 'active' });
    const ids: string[] = [];
    for (const hoursAgo of [72, 48, 24]) {
      const created = await t.api
        .post(`/api/patients/${patient.id}/therapy-sessions`)
        .send({
          scheduledAt: hoursFromNow(-hoursAgo),
          type: 'individual',
          modality: 'video',
          clinicianId: t.api.clinician.id,
        })
        .expect(201);
      expect(created.body).toMatchObject({ status: 'scheduled', type: 'individual', clinicianId: t.api.clinician.id });
      ids.push(created.body.id);
    }
    await t.api.patch(`/api/therapy-sessions/${ids[0]}`).send({ status: 'attended' }).expect(200);
    await t.api.patch(`/api/therapy-sessions/${ids[1]}`).send({ status: 'no_show' }).expect(200);
    expect(await flagsOf(patient.id)).not.toContain('missed_sessions');
    await t.api.patch(`/api/therapy-sessions/${ids[2]}`).send({ status: 'no_show' }).expect(200);
    expect(await flagsOf(patient.id)).toContain('missed_sessions');

    const listed = await t.api.get(`/api/patients/${patient.id}/therapy-sessions`).expect(200);
    expect(listed.body.map((s: { status: string }) => s.status)).toEqual(['no_show', 'no_show', 'attended']);
    const read = await t.api.get(`/api/patients/${patient.id}`).expect(200);
    expect(read.body.metrics.attendanceRate90).toBeCloseTo(1 / 3);
  });

  it('refuses an outcome for a session that has not happened yet', async () => {
    const patient = await t.newPatient();
    const created = await t.api
      .post(`/api/patients/${patient.id}/therapy-sessions`)
      .send({ scheduledAt: hoursFromNow(48), type: 'group' })
      .expect(201);
    const refused = await t.api
      .patch(`/api/therapy-sessions/${created.body.id}`)
      .send({ status: 'attended' })
      .expect(400);
    expect(refused.body.details.fields[0].field).toBe('status');
    await t.api.patch(`/api/therapy-sessions/${created.body.id}`).send({ status: 'cancelled_by_clinic' }).expect(200);
  });

  it.each([
    [{ scheduledAt: 'next tuesday' }, 'scheduledAt'],
    [{ scheduledAt: new Date(Date.now() + 400 * 86_400_000).toISOString() }, 'scheduledAt'],
    [{ type: 'yoga' }, 'type'],
    [{ modality: 'telepathy' }, 'modality'],
    [{ clinicianId: '6c1ce0c6-7a9e-4d38-8a43-9a3e1d53e7c8' }, 'clinicianId'],
    [{ status: 'attended' }, 'status'],
  ])('refuses %p naming %s and stores nothing', async (change, field) => {
    const patient = await t.newPatient();
    const response = await t.api
      .post(`/api/patients/${patient.id}/therapy-sessions`)
      .send({ scheduledAt: hoursFromNow(-1), type: 'individual', ...change })
      .expect(400);
    expect(response.body.details.fields.map((f: { field: string }) => f.field)).toContain(field);
    const [{ n }] = await t.dataSource.query('SELECT COUNT(*)::int AS n FROM therapy_session WHERE patient_id = $1', [
      patient.id,
    ]);
    expect(n).toBe(0);
  });

  it('answers an unknown session with 404 and a scheduled status with 400', async () => {
    await t.api
      .patch('/api/therapy-sessions/6c1ce0c6-7a9e-4d38-8a43-9a3e1d53e7c8')
      .send({ status: 'attended' })
      .expect(404);
    const patient = await t.newPatient();
    const created = await t.api
      .post(`/api/patients/${patient.id}/therapy-sessions`)
      .send({ scheduledAt: hoursFromNow(-2), type: 'intake' })
      .expect(201);
    await t.api.patch(`/api/therapy-sessions/${created.body.id}`).send({ status: 'scheduled' }).expect(400);
  });
});
