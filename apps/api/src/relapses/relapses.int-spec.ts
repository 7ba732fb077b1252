import { addDays } from '@naltrack/domain';
import { fieldsOf } from '../../test/field-errors.js';
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
        `SELECT flags, relapse_count, early_relapse, last_relapse_use_on::text, relapse_ongoing
           FROM patient_summary WHERE patient_id = $1`,
        [patientId],
      )
    )[0];

  it('detects an early X:BOT relapse from four weekly positive screens, and a clinician confirms it once', async () => {
    const patient = await t.newPatient({ diagnoses: ['OUD'], status: 'active' });
    const startedOn = daysAgo(40);
    await startNaltrexone(patient.id, startedOn);
    // The first week's screen: the screening schedule counts a week without one as a week of use.
    await observe(patient.id, { kind: 'uds', observedOn: addDays(startedOn, 1), results: { opioids: 'negative' } });
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
        // Use on day 29 of the course, 11 days ago: not yet the 14 days without use that end it.
        lastUseOn: addDays(startedOn, 29),
        endedOn: null,
        ongoing: true,
        detectedOn: addDays(startedOn, 29),
        substance: 'opioids',
        rule: 'xbot_4_weeks',
        early: true,
        source: 'detected',
        confirmed: false,
        note: null,
      },
    ]);
    expect(await summaryOf(patient.id)).toMatchObject({
      last_relapse_use_on: addDays(startedOn, 29),
      relapse_ongoing: true,
    });
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
        lastUseOn: daysAgo(6),
        ongoing: true,
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
    // An earlier course's relapse, as stated: the new start closed it.
    expect(late.body).toEqual({
      id: expect.stringMatching(UUID),
      onsetOn: daysAgo(100),
      lastUseOn: daysAgo(100),
      endedOn: daysAgo(86),
      ongoing: false,
      detectedOn: null,
      substance: 'alcohol',
      rule: null,
      early: false,
      source: 'recorded',
      confirmed: true,
      note: 'Told the nurse',
    });
    const early = await record(patient.id, { onsetOn: daysAgo(3), substance: 'opioids' }).expect(201);
    expect(early.body).toMatchObject({
      source: 'recorded',
      early: true,
      note: null,
      lastUseOn: daysAgo(3),
      endedOn: null,
      ongoing: true,
    });
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

  it('keeps the last day of use a clinician states, which later use extends until 2 weeks pass without it', async () => {
    const patient = await t.newPatient({ diagnoses: ['AUD'], sex: 'female', status: 'active' });
    await startNaltrexone(patient.id, daysAgo(60));
    const recorded = await record(patient.id, { onsetOn: daysAgo(40), lastUseOn: daysAgo(30), substance: 'alcohol' });
    expect(recorded.status).toBe(201);
    expect(recorded.body).toMatchObject({
      onsetOn: daysAgo(40),
      lastUseOn: daysAgo(30),
      endedOn: daysAgo(16),
      ongoing: false,
      detectedOn: null,
      source: 'recorded',
    });
    expect(await summaryOf(patient.id)).toMatchObject({ last_relapse_use_on: daysAgo(30), relapse_ongoing: false });

    // A heavy drinking day 10 days after the stated last use: the same relapse went on.
    await observe(patient.id, { kind: 'drinks', observedOn: daysAgo(20), value: 5 });
    expect(await list(patient.id)).toEqual([
      {
        ...recorded.body,
        lastUseOn: daysAgo(20),
        endedOn: daysAgo(6),
        detectedOn: daysAgo(20),
        rule: 'heavy_drinking_day',
      },
    ]);

    // 18 days later: a new relapse, ongoing.
    await observe(patient.id, { kind: 'drinks', observedOn: daysAgo(2), value: 4 });
    const [latest, first] = await list(patient.id);
    expect(latest).toMatchObject({ onsetOn: daysAgo(2), lastUseOn: daysAgo(2), endedOn: null, ongoing: true });
    expect(first).toMatchObject({ id: recorded.body.id, lastUseOn: daysAgo(20) });
    expect(await summaryOf(patient.id)).toMatchObject({
      relapse_count: 2,
      last_relapse_use_on: daysAgo(2),
      relapse_ongoing: true,
    });
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
    ['a last use tomorrow', { lastUseOn: 'TOMORROW' }, 'lastUseOn'],
    ['a last use before the onset', { lastUseOn: 'BEFORE_ONSET' }, 'lastUseOn'],
    ['an impossible last use', { lastUseOn: '2026-02-30' }, 'lastUseOn'],
  ])('refuses %s naming %s and stores nothing', async (_case, change, field) => {
    // newPatient is born 1985-04-12.
    const patient = await t.newPatient();
    const body: Record<string, unknown> = { onsetOn: daysAgo(2), substance: 'opioids', ...change };
    if (body.onsetOn === 'TOMORROW') body.onsetOn = addDays(today, 1);
    if (body.lastUseOn === 'TOMORROW') body.lastUseOn = addDays(today, 1);
    if (body.lastUseOn === 'BEFORE_ONSET') body.lastUseOn = daysAgo(3);
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
