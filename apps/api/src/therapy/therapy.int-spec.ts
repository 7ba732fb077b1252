import { addDays, type ClinicalSettings, clinicalDateOf } from '@naltrack/domain';
import { fieldsOf } from '../../test/field-errors.js';
import { createTestApp, type TestApp } from '../../test/test-app.js';
import { CLINIC_TIME_ZONE, hoursFromNow, TEST_TODAY } from '../../test/test-clock.js';
import { rebuildPatientSummary } from '../caseload/rebuild-patient-summary.js';
import { CLINICAL_SETTINGS } from '../clinical/clinical-settings.token.js';
import { oneYearAfter } from './therapy.service.js';

const MISSING_ID = '6c1ce0c6-7a9e-4d38-8a43-9a3e1d53e7c8';

describe('therapy sessions', () => {
  let t: TestApp;
  const today = TEST_TODAY;

  beforeAll(async () => {
    t = await createTestApp();
  });

  afterAll(() => t.close());

  const flagsOf = async (patientId: string): Promise<string[]> =>
    (await t.dataSource.query('SELECT flags FROM patient_summary WHERE patient_id = $1', [patientId]))[0].flags;
  const sessionCount = async (patientId: string): Promise<number> =>
    (await t.dataSource.query('SELECT COUNT(*)::int AS n FROM therapy_session WHERE patient_id = $1', [patientId]))[0]
      .n;
  const schedule = (patientId: string, body: object) =>
    t.api.post(`/api/patients/${patientId}/therapy-sessions`).send({ type: 'individual', ...body });

  it('schedules sessions, records outcomes, and flags two no-shows in a row', async () => {
    const patient = await t.newPatient({ status: 'active' });
    const ids: string[] = [];
    for (const hoursAgo of [72, 48, 24]) {
      const scheduledAt = hoursFromNow(-hoursAgo);
      const created = await schedule(patient.id, {
        scheduledAt,
        modality: 'video',
        clinicianId: t.api.clinician.id,
      }).expect(201);
      expect(created.body).toMatchObject({
        patientId: patient.id,
        status: 'scheduled',
        type: 'individual',
        modality: 'video',
        clinicianId: t.api.clinician.id,
        scheduledAt,
        scheduledOn: clinicalDateOf(new Date(scheduledAt), CLINIC_TIME_ZONE),
      });
      ids.push(created.body.id);
    }
    const attended = await t.api.patch(`/api/therapy-sessions/${ids[0]}`).send({ status: 'attended' }).expect(200);
    expect(attended.body).toMatchObject({ id: ids[0], status: 'attended' });
    await t.api.patch(`/api/therapy-sessions/${ids[1]}`).send({ status: 'no_show' }).expect(200);
    expect(await flagsOf(patient.id)).not.toContain('missed_sessions');
    await t.api.patch(`/api/therapy-sessions/${ids[2]}`).send({ status: 'no_show' }).expect(200);
    expect(await flagsOf(patient.id)).toContain('missed_sessions');

    const read = await t.api.get(`/api/patients/${patient.id}`).expect(200);
    expect(read.body.metrics.attendanceRate90).toBeCloseTo(1 / 3);
  });

  it('lists sessions newest first, future ones included', async () => {
    const patient = await t.newPatient();
    for (const hours of [-48, 72, -2]) await schedule(patient.id, { scheduledAt: hoursFromNow(hours) }).expect(201);
    const listed = await t.api.get(`/api/patients/${patient.id}/therapy-sessions`).expect(200);
    const times = listed.body.map((s: { scheduledAt: string }) => Date.parse(s.scheduledAt));
    expect(times).toHaveLength(3);
    expect(times).toEqual([...times].sort((a, b) => b - a));
  });

  it('accepts an instant with any offset and dates it on the clinic day', async () => {
    const patient = await t.newPatient();
    // 03:30 UTC is the evening before in New York.
    const created = await schedule(patient.id, { scheduledAt: '2026-03-10T03:30:00Z' }).expect(201);
    expect(created.body.scheduledOn).toBe('2026-03-09');
    const withOffset = await schedule(patient.id, { scheduledAt: '2026-03-10T09:00:00+05:30' }).expect(201);
    expect(withOffset.body.scheduledAt).toBe('2026-03-10T03:30:00.000Z');
  });

  it('refuses an outcome for a session that has not begun, and changes nothing', async () => {
    const patient = await t.newPatient();
    const created = await schedule(patient.id, { scheduledAt: hoursFromNow(48), type: 'group' }).expect(201);
    for (const status of ['attended', 'late', 'no_show']) {
      const refused = await t.api.patch(`/api/therapy-sessions/${created.body.id}`).send({ status }).expect(400);
      expect(fieldsOf(refused.body)).toEqual(['status']);
    }
    const [{ status }] = await t.dataSource.query('SELECT status FROM therapy_session WHERE id = $1', [
      created.body.id,
    ]);
    expect(status).toBe('scheduled');
    // A cancellation may come before the session.
    await t.api.patch(`/api/therapy-sessions/${created.body.id}`).send({ status: 'cancelled_by_clinic' }).expect(200);
  });

  it.each([
    ['a time in words', { scheduledAt: 'next tuesday' }, 'scheduledAt'],
    ['a time without an offset', { scheduledAt: '2026-03-10T15:00:00' }, 'scheduledAt'],
    ['a bare date', { scheduledAt: '2026-03-10' }, 'scheduledAt'],
    ['an impossible date', { scheduledAt: '2026-02-30T10:00:00Z' }, 'scheduledAt'],
    ['more than a year ahead', { scheduledAt: hoursFromNow(400 * 24) }, 'scheduledAt'],
    ['a time before birth', { scheduledAt: '1985-04-11T12:00:00Z' }, 'scheduledAt'],
    ['an unknown type', { type: 'yoga' }, 'type'],
    ['an unknown modality', { modality: 'telepathy' }, 'modality'],
    ['a malformed clinicianId', { clinicianId: 'dr-who' }, 'clinicianId'],
    ['an unknown clinician', { clinicianId: MISSING_ID }, 'clinicianId'],
    ['a status set by the server', { status: 'attended' }, 'status'],
    ['an unknown field', { room: 'B12' }, 'room'],
  ])('refuses %s naming %s and stores nothing', async (_case, change, field) => {
    // newPatient is born 1985-04-12.
    const patient = await t.newPatient();
    const response = await schedule(patient.id, { scheduledAt: hoursFromNow(-1), ...change }).expect(400);
    expect(response.body.code).toBe('VALIDATION_FAILED');
    expect(fieldsOf(response.body)).toContain(field);
    expect(await sessionCount(patient.id)).toBe(0);
  });

  it('takes a session up to one year ahead', async () => {
    const patient = await t.newPatient();
    await schedule(patient.id, { scheduledAt: `${addDays(oneYearAfter(today), -1)}T12:00:00-05:00` }).expect(201);
    expect(oneYearAfter('2028-02-29')).toBe('2029-02-28');
  });

  it('answers 404 for an unknown patient or session and 400 for a malformed id', async () => {
    await schedule(MISSING_ID, { scheduledAt: hoursFromNow(-1) }).expect(404);
    await t.api.get(`/api/patients/${MISSING_ID}/therapy-sessions`).expect(404);
    await t.api.patch(`/api/therapy-sessions/${MISSING_ID}`).send({ status: 'attended' }).expect(404);
    const malformed = await t.api.patch('/api/therapy-sessions/not-a-uuid').send({ status: 'attended' }).expect(400);
    expect(fieldsOf(malformed.body)).toEqual(['id']);
  });

  it.each([
    ['scheduled', { status: 'scheduled' }, 'status'],
    ['an unknown status', { status: 'rescheduled' }, 'status'],
    ['a field that cannot change', { scheduledAt: '2026-03-10T15:00:00Z', status: 'attended' }, 'scheduledAt'],
  ])('refuses a PATCH to %s naming %s', async (_case, body, field) => {
    const patient = await t.newPatient();
    const created = await schedule(patient.id, { scheduledAt: hoursFromNow(-2), type: 'intake' }).expect(201);
    const refused = await t.api.patch(`/api/therapy-sessions/${created.body.id}`).send(body).expect(400);
    expect(fieldsOf(refused.body)).toContain(field);
    const [{ status }] = await t.dataSource.query('SELECT status FROM therapy_session WHERE id = $1', [
      created.body.id,
    ]);
    expect(status).toBe('scheduled');
  });

  it('keeps the caseload row exact under parallel outcome updates', async () => {
    const patient = await t.newPatient({ status: 'active' });
    const ids: string[] = [];
    for (let i = 1; i <= 6; i++) {
      ids.push((await schedule(patient.id, { scheduledAt: hoursFromNow(-24 * i) }).expect(201)).body.id);
    }
    // Every session twice at once: each pair queues on the patient's lock, the last write wins.
    const responses = await Promise.all(
      [...ids, ...ids].map((id) => t.api.patch(`/api/therapy-sessions/${id}`).send({ status: 'no_show' })),
    );
    expect(responses.map((r) => r.status)).toEqual(Array(12).fill(200));

    const stored = await t.dataSource.query('SELECT * FROM patient_summary WHERE patient_id = $1', [patient.id]);
    const settings = t.app.get<ClinicalSettings>(CLINICAL_SETTINGS);
    const fresh = await t.dataSource.transaction(async (manager) => {
      await rebuildPatientSummary(manager, patient.id, today, settings);
      return manager.query('SELECT * FROM patient_summary WHERE patient_id = $1', [patient.id]);
    });
    const withoutTime = ({ updated_at: _, ...row }: Record<string, unknown>) => row;
    expect(withoutTime(stored[0])).toEqual(withoutTime(fresh[0]));
    expect(stored[0].no_shows_in_a_row).toBe(6);
    expect(stored[0].flags).toContain('missed_sessions');
  });
});
