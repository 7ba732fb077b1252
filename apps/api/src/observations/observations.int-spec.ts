import { addDays, type ClinicalSettings } from '@naltrack/domain';
import { fieldsOf } from '../../test/field-errors.js';
import { createTestApp, type TestApp } from '../../test/test-app.js';
import { TEST_TODAY } from '../../test/test-clock.js';
import { rebuildPatientSummary } from '../caseload/rebuild-patient-summary.js';
import { CLINICAL_SETTINGS } from '../clinical/clinical-settings.token.js';

const MISSING_ID = '6c1ce0c6-7a9e-4d38-8a43-9a3e1d53e7c8';

describe('observations', () => {
  let t: TestApp;
  const today = TEST_TODAY;
  const daysAgo = (n: number) => addDays(today, -n);

  beforeAll(async () => {
    t = await createTestApp();
  });

  afterAll(() => t.close());

  const count = async (patientId: string): Promise<number> =>
    (await t.dataSource.query('SELECT COUNT(*)::int AS n FROM observation WHERE patient_id = $1', [patientId]))[0].n;
  const flagsOf = async (patientId: string): Promise<string[]> =>
    (await t.dataSource.query('SELECT flags FROM patient_summary WHERE patient_id = $1', [patientId]))[0].flags;
  const post = (patientId: string, body: object) =>
    t.api.post(`/api/patients/${patientId}/observations`).send({ observedOn: today, ...body });

  it('records each kind, keeps the PACS total, and lists newest first or by kind', async () => {
    const patient = await t.newPatient({ diagnoses: ['OUD', 'AUD'] });
    const pacs = await post(patient.id, { kind: 'pacs', items: [3, 2, 4, 1, 3], observedOn: daysAgo(5) }).expect(201);
    expect(pacs.body).toMatchObject({
      patientId: patient.id,
      kind: 'pacs',
      observedOn: daysAgo(5),
      items: [3, 2, 4, 1, 3],
      value: 13,
      results: null,
      substance: null,
    });
    await post(patient.id, { kind: 'craving_vas', value: 72.5, observedOn: daysAgo(4) }).expect(201);
    const uds = await post(patient.id, {
      kind: 'uds',
      observedOn: daysAgo(3),
      results: { fentanyl: 'negative', cocaine: 'negative' },
    }).expect(201);
    expect(uds.body).toMatchObject({ results: { fentanyl: 'negative', cocaine: 'negative' }, value: null });
    await post(patient.id, { kind: 'breath_alcohol', value: 0.02, observedOn: daysAgo(2) }).expect(201);
    await post(patient.id, { kind: 'drinks', value: 0, observedOn: daysAgo(1) }).expect(201);
    const used = await post(patient.id, { kind: 'self_reported_use', substance: ' Opioids ', value: 1 }).expect(201);
    expect(used.body).toMatchObject({ substance: 'opioids', value: 1 });

    const all = await t.api.get(`/api/patients/${patient.id}/observations`).expect(200);
    expect(all.body.map((o: { kind: string }) => o.kind)).toEqual([
      'self_reported_use',
      'drinks',
      'breath_alcohol',
      'uds',
      'craving_vas',
      'pacs',
    ]);
    const screens = await t.api.get(`/api/patients/${patient.id}/observations`).query({ kind: 'uds' }).expect(200);
    expect(screens.body).toEqual([uds.body]);
    const badKind = await t.api.get(`/api/patients/${patient.id}/observations`).query({ kind: 'mood' }).expect(400);
    expect(fieldsOf(badKind.body)).toEqual(['kind']);
  });

  it('flags high craving from a PACS total of 15 or more, and clears it on a lower one', async () => {
    const patient = await t.newPatient({ diagnoses: ['AUD'] });
    await post(patient.id, { kind: 'pacs', items: [3, 3, 3, 3, 2], observedOn: daysAgo(7) }).expect(201);
    expect(await flagsOf(patient.id)).not.toContain('craving_high');
    await post(patient.id, { kind: 'pacs', items: [3, 3, 3, 3, 3], observedOn: daysAgo(1) }).expect(201);
    expect(await flagsOf(patient.id)).toContain('craving_high');
    const read = await t.api.get(`/api/patients/${patient.id}`).expect(200);
    expect(read.body.metrics.latestPacs).toBe(15);
    await post(patient.id, { kind: 'pacs', items: [1, 1, 1, 1, 1] }).expect(201);
    expect(await flagsOf(patient.id)).not.toContain('craving_high');
  });

  it('flags a positive opioid screen, but not a negative one', async () => {
    const patient = await t.newPatient({ diagnoses: ['OUD'] });
    await post(patient.id, { kind: 'uds', results: { opioids: 'negative' } }).expect(201);
    expect(await flagsOf(patient.id)).not.toContain('positive_screen');
    await post(patient.id, { kind: 'uds', results: { opioids: 'positive', cannabis: 'negative' } }).expect(201);
    expect(await flagsOf(patient.id)).toContain('positive_screen');
  });

  it.each([
    ['too few PACS items', { kind: 'pacs', items: [1, 2, 3, 4] }, 'items'],
    ['too many PACS items', { kind: 'pacs', items: [1, 2, 3, 4, 5, 6] }, 'items'],
    ['a PACS item of 7', { kind: 'pacs', items: [1, 2, 3, 4, 7] }, 'items'],
    ['a PACS item of -1', { kind: 'pacs', items: [1, 2, 3, 4, -1] }, 'items'],
    ['a PACS item of 2.5', { kind: 'pacs', items: [1, 2, 3, 4, 2.5] }, 'items'],
    ['a PACS item as text', { kind: 'pacs', items: [1, 2, 3, 4, '5'] }, 'items'],
    ['a PACS without items', { kind: 'pacs' }, 'items'],
    ['a value on a PACS', { kind: 'pacs', items: [1, 1, 1, 1, 1], value: 5 }, 'value'],
    ['a craving VAS over 100', { kind: 'craving_vas', value: 101 }, 'value'],
    ['a craving VAS without value', { kind: 'craving_vas' }, 'value'],
    ['a craving VAS as text', { kind: 'craving_vas', value: '50' }, 'value'],
    ['items on a craving VAS', { kind: 'craving_vas', value: 50, items: [1, 1, 1, 1, 1] }, 'items'],
    ['no screen results', { kind: 'uds', results: {} }, 'results'],
    ['a screen without results', { kind: 'uds' }, 'results'],
    ['results as a list', { kind: 'uds', results: ['opioids'] }, 'results'],
    ['an unknown screen substance', { kind: 'uds', results: { opioids: 'negative', glue: 'positive' } }, 'results'],
    ['an unknown screen result', { kind: 'uds', results: { opioids: 'maybe' } }, 'results'],
    ['a substance on a screen', { kind: 'uds', results: { opioids: 'negative' }, substance: 'opioids' }, 'substance'],
    ['breath alcohol over 0.5', { kind: 'breath_alcohol', value: 0.6 }, 'value'],
    ['breath alcohol to 4 decimals', { kind: 'breath_alcohol', value: 0.0805 }, 'value'],
    ['negative drinks', { kind: 'drinks', value: -1 }, 'value'],
    ['half a drink', { kind: 'drinks', value: 2.5 }, 'value'],
    ['more than 60 drinks', { kind: 'drinks', value: 61 }, 'value'],
    ['results on drinks', { kind: 'drinks', value: 2, results: { alcohol: 'positive' } }, 'results'],
    ['self-reported use without substance', { kind: 'self_reported_use', value: 1 }, 'substance'],
    ['self-reported use without value', { kind: 'self_reported_use', substance: 'alcohol' }, 'value'],
    ['a negative amount used', { kind: 'self_reported_use', substance: 'alcohol', value: -2 }, 'value'],
    ['an unknown kind', { kind: 'mood', value: 1 }, 'kind'],
    ['no kind', { value: 1 }, 'kind'],
    ['an unknown field', { kind: 'drinks', value: 1, mood: 'low' }, 'mood'],
    ['an observation tomorrow', { kind: 'drinks', value: 1, observedOn: addDays(today, 1) }, 'observedOn'],
    ['an impossible date', { kind: 'drinks', value: 1, observedOn: '2026-02-30' }, 'observedOn'],
    ['a date before birth', { kind: 'drinks', value: 1, observedOn: '1985-04-11' }, 'observedOn'],
  ])('refuses %s naming %s and stores nothing', async (_case, body, field) => {
    // newPatient is born 1985-04-12.
    const patient = await t.newPatient();
    const response = await post(patient.id, body).expect(400);
    expect(response.body.code).toBe('VALIDATION_FAILED');
    expect(fieldsOf(response.body)).toContain(field);
    expect(await count(patient.id)).toBe(0);
  });

  it('explains a refusal in words a clinician understands', async () => {
    const patient = await t.newPatient();
    const items = await post(patient.id, { kind: 'pacs', items: [1, 2, 3, 4, 7] }).expect(400);
    expect(items.body.message).toContain('items must be the 5 PACS item scores, each a whole number from 0 to 6');
    const results = await post(patient.id, { kind: 'uds', results: { glue: 'positive' } }).expect(400);
    expect(results.body.message).toContain('glue');
    const misplaced = await post(patient.id, { kind: 'craving_vas', value: 5, items: [1, 1, 1, 1, 1] }).expect(400);
    expect(misplaced.body.message).toContain('items is only allowed for kinds pacs, phq9, gad7, audit_c and bam');
    const drinks = await post(patient.id, { kind: 'drinks', value: 2.5 }).expect(400);
    expect(drinks.body.message).toContain('value for drinks must be a whole number of drinks from 0 to 60');
  });

  it('scores each instrument, keeps the score with the row, and lists and shows it on the timeline', async () => {
    const patient = await t.newPatient({ diagnoses: ['AUD'], sex: 'male' });
    const phq9 = await post(patient.id, { kind: 'phq9', items: [2, 2, 2, 1, 1, 1, 1, 0, 1], observedOn: daysAgo(3) });
    expect(phq9.status).toBe(201);
    expect(phq9.body).toMatchObject({
      kind: 'phq9',
      items: [2, 2, 2, 1, 1, 1, 1, 0, 1],
      value: 11,
      score: { total: 11, subscores: {}, band: 'moderate', flags: ['item9_positive'] },
    });
    const gad7 = await post(patient.id, { kind: 'gad7', items: [3, 3, 3, 3, 3, 0, 0], observedOn: daysAgo(2) });
    expect(gad7.body).toMatchObject({ value: 15, score: { band: 'severe', flags: [] } });
    // 3 is below a man's threshold of 4.
    const auditC = await post(patient.id, { kind: 'audit_c', items: [1, 1, 1], observedOn: daysAgo(1) });
    expect(auditC.body).toMatchObject({ value: 3, score: { band: 'negative', flags: [] } });
    const bam = await post(patient.id, { kind: 'bam', items: [1, 2, 1, 1, 0, 0, 0, 2, 3, 2, 1, 2, 3, 4, 0, 4, 3] });
    expect(bam.body).toMatchObject({
      value: null,
      score: { total: null, band: null, subscores: { use: 1, risk: 7, protective: 18 }, flags: ['any_use'] },
    });

    const listed = await t.api.get(`/api/patients/${patient.id}/observations`).expect(200);
    expect(listed.body).toEqual([bam.body, auditC.body, gad7.body, phq9.body]);
    const timeline = await t.api.get(`/api/patients/${patient.id}/timeline`).expect(200);
    const shown = (timeline.body.items as { type: string; details: { kind: string; score: unknown } }[])
      .filter((item) => item.type === 'observation')
      .map((item) => [item.details.kind, item.details.score]);
    expect(shown).toEqual([
      ['bam', bam.body.score],
      ['audit_c', auditC.body.score],
      ['gad7', gad7.body.score],
      ['phq9', phq9.body.score],
    ]);
  });

  it("reads an AUDIT-C by the patient's sex", async () => {
    const woman = await t.newPatient({ sex: 'female' });
    const positive = await post(woman.id, { kind: 'audit_c', items: [1, 1, 1] }).expect(201);
    expect(positive.body.score).toEqual({ total: 3, subscores: {}, band: 'positive', flags: ['positive_screen'] });
  });

  it.each([
    [
      'eight PHQ-9 items',
      { kind: 'phq9', items: [0, 0, 0, 0, 0, 0, 0, 0] },
      'items must hold the 9 PHQ-9 item scores, not 8',
    ],
    [
      'a PHQ-9 item of 4',
      { kind: 'phq9', items: [0, 0, 0, 4, 0, 0, 0, 0, 0] },
      'items.3 (PHQ-9 item 4) must be a whole number from 0 to 3',
    ],
    ['a GAD-7 without items', { kind: 'gad7' }, 'items must be the list of the 7 GAD-7 item scores'],
    [
      'an AUDIT-C item of 5',
      { kind: 'audit_c', items: [0, 5, 0] },
      'items.1 (AUDIT-C item 2) must be a whole number from 0 to 4',
    ],
    [
      'a BAM income answer of 2',
      { kind: 'bam', items: [...Array(13).fill(0), 2, 0, 0, 0] },
      'items.13 (BAM item 14) must be 0 or 4',
    ],
    ['a BAM item as text', { kind: 'bam', items: ['1', ...Array(16).fill(0)] }, 'items.0 (BAM item 1)'],
    ['a value on a PHQ-9', { kind: 'phq9', items: Array(9).fill(0), value: 3 }, 'value is only allowed'],
  ])('refuses %s, naming items or the value', async (_case, body, message) => {
    const patient = await t.newPatient();
    const response = await post(patient.id, body).expect(400);
    expect(fieldsOf(response.body)).toContain(message.startsWith('value') ? 'value' : 'items');
    expect(response.body.message).toContain(message);
    expect(await count(patient.id)).toBe(0);
  });

  it('answers 404 for an unknown patient', async () => {
    await post(MISSING_ID, { kind: 'drinks', value: 1 }).expect(404);
    await t.api.get(`/api/patients/${MISSING_ID}/observations`).expect(404);
  });

  it('keeps the caseload row exact under 20 parallel observations', async () => {
    const patient = await t.newPatient({ diagnoses: ['OUD', 'AUD'], status: 'active' });
    const bodies = Array.from({ length: 20 }, (_, i) =>
      i % 2 === 0
        ? { kind: 'pacs', observedOn: daysAgo(i), items: [i % 7, 1, 1, 1, 1] }
        : { kind: 'uds', observedOn: daysAgo(i), results: { opioids: i < 10 ? 'positive' : 'negative' } },
    );
    const responses = await Promise.all(bodies.map((body) => post(patient.id, body)));
    expect(responses.map((r) => r.status)).toEqual(Array(20).fill(201));
    expect(await count(patient.id)).toBe(20);

    const stored = await t.dataSource.query('SELECT * FROM patient_summary WHERE patient_id = $1', [patient.id]);
    const settings = t.app.get<ClinicalSettings>(CLINICAL_SETTINGS);
    const fresh = await t.dataSource.transaction(async (manager) => {
      await rebuildPatientSummary(manager, patient.id, today, settings);
      return manager.query('SELECT * FROM patient_summary WHERE patient_id = $1', [patient.id]);
    });
    const withoutTime = ({ updated_at: _, ...row }: Record<string, unknown>) => row;
    expect(withoutTime(stored[0])).toEqual(withoutTime(fresh[0]));
    // The newest PACS (today: items 0,1,1,1,1) and the newest positive screen (yesterday).
    const [facts] = await t.dataSource.query(
      'SELECT latest_pacs, last_positive_screen_on::text AS positive_on FROM patient_summary WHERE patient_id = $1',
      [patient.id],
    );
    expect(facts).toEqual({ latest_pacs: 4, positive_on: daysAgo(1) });
  });
});
