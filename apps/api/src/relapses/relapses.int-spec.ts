import { addDays } from '@naltrack/domain';
import { createTestApp, type TestApp } from '../../test/test-app.js';
import { TEST_TODAY } from '../../test/test-clock.js';
import { NaltrexoneStart } from '../medication/naltrexone-start.entity.js';

const MISSING_ID = '6c1ce0c6-7a9e-4d38-8a43-9a3e1d53e7c8';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

describe('relapses', () => {
  let t: TestApp;
  const today = TEST_TODAY;
  const daysAgo = (n: number) => addDays(today, -n);

  beforeAll(async () => {
    t = await createTestApp();
  });

  afterAll(() => t.close());

  /** A start written straight to the table: these tests are about relapses, not induction. */
  const startNaltrexone = (patientId: string, startedOn: string) =>
    t.dataSource
      .getRepository(NaltrexoneStart)
      .save({ patientId, formulation: 'xr_injection', doseMg: 380, startedOn });
  const observe = (patientId: string, body: object) =>
    t.api.post(`/api/patients/${patientId}/observations`).send(body).expect(201);
  const list = async (patientId: string) => (await t.api.get(`/api/patients/${patientId}/relapses`).expect(200)).body;
  const record = (patientId: string, body: object) => t.api.post(`/api/patients/${patientId}/relapses`).send(body);
  const storedCount = async (patientId: string): Promise<number> =>
    (await t.dataSource.query('SELECT COUNT(*)::int AS n FROM relapse_event WHERE patient_id = $1', [patientId]))[0].n;
  const summaryOf = async (patientId: string) =>
    (
      await t.dataSource.query(
        'SELECT flags, relapse_count, early_relapse FROM patient_summary WHERE patient_id = $1',
        [patientId],
      )
    )[0];
  const fieldsOf = (body: { details?: { fields?: { field: string }[] } }) =>
    (body.details?.fields ?? []).map((f) => f.field);

  it('detects an early X:BOT relapse from four weekly positive screens, and a clinician confirms it once', async () => {
    const patient = await t.newPatient({ diagnoses: ['OUD'], status: 'active' });
    const startedOn = daysAgo(40);
    await startNaltrexone(patient.id, startedOn);
    for (const week of [1, 2, 3, 4]) {
      await observe(patient.id, {
        kind: 'uds',
        observedOn: addDays(startedOn, week * 7 + 1),
        results: { opioids: 'positive' },
      });
    }
    const detected = await list(patient.id);
    expect(detected).toEqual([
      {
        id: null,
        onsetOn: addDays(startedOn, 8),
        detectedOn: addDays(startedOn, 29),
        substance: 'opioids',
        rule: 'xbot_4_weeks',
        early: true,
        source: 'detected',
        confirmed: false,
        note: null,
      },
    ]);
    expect((await summaryOf(patient.id)).flags).toContain('early_relapse');
    expect(await storedCount(patient.id)).toBe(0);

    const onsetOn = detected[0].onsetOn;
    const confirmed = await record(patient.id, { onsetOn, substance: 'opioids', confirmDetected: true }).expect(201);
    expect(confirmed.body).toEqual({
      ...detected[0],
      id: expect.stringMatching(UUID),
      confirmed: true,
    });
    const merged = await list(patient.id);
    expect(merged).toEqual([confirmed.body]);
    expect(await summaryOf(patient.id)).toMatchObject({ relapse_count: 1, early_relapse: true });

    for (const duplicate of [{}, { confirmDetected: true }, { note: 'again' }]) {
      const refused = await record(patient.id, { onsetOn, substance: 'opioids', ...duplicate }).expect(409);
      expect(refused.body.code).toBe('RELAPSE_ALREADY_RECORDED');
    }
    expect(await storedCount(patient.id)).toBe(1);
  });

  it('detects a heavy drinking day for AUD from the start on, at the threshold for the sex', async () => {
    const woman = await t.newPatient({ diagnoses: ['AUD'], sex: 'female' });
    const man = await t.newPatient({ diagnoses: ['AUD'], sex: 'male' });
    for (const patient of [woman, man]) {
      await startNaltrexone(patient.id, daysAgo(100));
      // Before the start: pre-treatment drinking, not a relapse.
      await observe(patient.id, { kind: 'drinks', observedOn: daysAgo(101), value: 9 });
      await observe(patient.id, { kind: 'drinks', observedOn: daysAgo(6), value: 4 });
    }
    expect(await list(woman.id)).toEqual([
      expect.objectContaining({
        onsetOn: daysAgo(6),
        substance: 'alcohol',
        rule: 'heavy_drinking_day',
        early: false,
        confirmed: false,
      }),
    ]);
    expect(await list(man.id)).toEqual([]);
  });

  it('records a clinician-reported relapse, early against the start in force at onset', async () => {
    const patient = await t.newPatient({ diagnoses: ['AUD', 'OUD'], status: 'active' });
    await startNaltrexone(patient.id, daysAgo(200));
    await startNaltrexone(patient.id, daysAgo(10));

    const late = await record(patient.id, { onsetOn: daysAgo(100), substance: 'alcohol', note: 'Told the nurse' });
    expect(late.status).toBe(201);
    expect(late.body).toEqual({
      id: expect.stringMatching(UUID),
      onsetOn: daysAgo(100),
      detectedOn: null,
      substance: 'alcohol',
      rule: null,
      early: false,
      source: 'recorded',
      confirmed: true,
      note: 'Told the nurse',
    });
    const early = await record(patient.id, { onsetOn: daysAgo(3), substance: 'opioids' }).expect(201);
    expect(early.body).toMatchObject({ source: 'recorded', early: true, note: null });
    expect((await summaryOf(patient.id)).flags).toContain('early_relapse');

    // Same onset, other substance: another relapse.
    await record(patient.id, { onsetOn: daysAgo(3), substance: 'alcohol' }).expect(201);
    const listed = await list(patient.id);
    expect(listed.map((r: { onsetOn: string; substance: string }) => [r.onsetOn, r.substance])).toEqual([
      [daysAgo(3), 'alcohol'],
      [daysAgo(3), 'opioids'],
      [daysAgo(100), 'alcohol'],
    ]);
  });

  it('lists detected and recorded relapses together, newest onset first', async () => {
    const patient = await t.newPatient({ diagnoses: ['AUD'], sex: 'female' });
    await startNaltrexone(patient.id, daysAgo(60));
    await observe(patient.id, { kind: 'drinks', observedOn: daysAgo(5), value: 6 });
    await record(patient.id, { onsetOn: daysAgo(20), substance: 'alcohol' }).expect(201);
    await observe(patient.id, { kind: 'drinks', observedOn: daysAgo(40), value: 5 });
    const listed = await list(patient.id);
    expect(listed.map((r: { onsetOn: string; source: string; confirmed: boolean }) => [r.onsetOn, r.source])).toEqual([
      [daysAgo(5), 'detected'],
      [daysAgo(20), 'recorded'],
      [daysAgo(40), 'detected'],
    ]);
  });

  it('refuses to confirm a relapse that was not detected, with 422 and nothing stored', async () => {
    const patient = await t.newPatient({ diagnoses: ['AUD'], sex: 'female' });
    await observe(patient.id, { kind: 'drinks', observedOn: daysAgo(4), value: 7 });
    for (const body of [
      { onsetOn: daysAgo(3), substance: 'alcohol', confirmDetected: true },
      { onsetOn: daysAgo(4), substance: 'opioids', confirmDetected: true },
    ]) {
      const refused = await record(patient.id, body).expect(422);
      expect(refused.body.code).toBe('RELAPSE_NOT_DETECTED');
    }
    expect(await storedCount(patient.id)).toBe(0);
    const confirmed = await record(patient.id, { onsetOn: daysAgo(4), substance: 'alcohol', confirmDetected: true });
    expect(confirmed.status).toBe(201);
    expect(confirmed.body).toMatchObject({ source: 'detected', rule: 'heavy_drinking_day', detectedOn: daysAgo(4) });
  });

  it.each([
    ['an onset tomorrow', { onsetOn: 'TOMORROW' }, 'onsetOn'],
    ['an impossible onset', { onsetOn: '2026-02-30' }, 'onsetOn'],
    ['an onset before birth', { onsetOn: '1985-04-11' }, 'onsetOn'],
    ['no onset', { onsetOn: undefined }, 'onsetOn'],
    ['a substance the rules do not track', { substance: 'cocaine' }, 'substance'],
    ['no substance', { substance: undefined }, 'substance'],
    ['confirmDetected as text', { confirmDetected: 'yes' }, 'confirmDetected'],
    ['an empty note', { note: '' }, 'note'],
    ['a field set by the server', { early: true }, 'early'],
  ])('refuses %s naming %s and stores nothing', async (_case, change, field) => {
    // newPatient is born 1985-04-12.
    const patient = await t.newPatient();
    const body: Record<string, unknown> = { onsetOn: daysAgo(2), substance: 'opioids', ...change };
    if (body.onsetOn === 'TOMORROW') body.onsetOn = addDays(today, 1);
    const refused = await record(patient.id, body).expect(400);
    expect(refused.body.code).toBe('VALIDATION_FAILED');
    expect(fieldsOf(refused.body)).toContain(field);
    expect(await storedCount(patient.id)).toBe(0);
  });

  it('answers 404 for an unknown patient', async () => {
    await t.api.get(`/api/patients/${MISSING_ID}/relapses`).expect(404);
    await record(MISSING_ID, { onsetOn: daysAgo(1), substance: 'opioids' }).expect(404);
  });
});
