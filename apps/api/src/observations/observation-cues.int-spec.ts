import { addDays } from '@naltrack/domain';
import { fieldsOf } from '../../test/field-errors.js';
import { createTestApp, type TestApp } from '../../test/test-app.js';
import { TEST_TODAY } from '../../test/test-clock.js';

describe('craving cues on observations', () => {
  let t: TestApp;
  const daysAgo = (n: number) => addDays(TEST_TODAY, -n);

  beforeAll(async () => {
    t = await createTestApp();
  });

  afterAll(() => t.close());

  const post = (patientId: string, body: object) =>
    t.api.post(`/api/patients/${patientId}/observations`).send({ observedOn: TEST_TODAY, ...body });
  const count = async (patientId: string): Promise<number> =>
    (await t.dataSource.query('SELECT COUNT(*)::int AS n FROM observation WHERE patient_id = $1', [patientId]))[0].n;

  it('keeps the cues of a PACS and a craving VAS, and returns them in the list and on the timeline', async () => {
    const patient = await t.newPatient({ diagnoses: ['AUD'] });
    const pacs = await post(patient.id, {
      kind: 'pacs',
      items: [4, 4, 3, 3, 3],
      cues: ['people', 'other'],
      cueNote: '  payday ',
      observedOn: daysAgo(2),
    }).expect(201);
    expect(pacs.body).toMatchObject({ value: 17, cues: ['people', 'other'], cueNote: 'payday' });
    await post(patient.id, { kind: 'craving_vas', value: 60, cues: ['stress'], observedOn: daysAgo(1) }).expect(201);
    const plain = await post(patient.id, { kind: 'craving_vas', value: 10 }).expect(201);
    expect(plain.body).toMatchObject({ cues: null, cueNote: null });
    const empty = await post(patient.id, { kind: 'pacs', items: [0, 0, 0, 0, 0], cues: [] }).expect(201);
    expect(empty.body.cues).toBeNull();

    const list = await t.api.get(`/api/patients/${patient.id}/observations`).expect(200);
    expect(list.body.map((o: { cues: string[] | null }) => o.cues)).toEqual([
      null,
      null,
      ['stress'],
      ['people', 'other'],
    ]);
    const timeline = await t.api.get(`/api/patients/${patient.id}/timeline`).expect(200);
    const details = (timeline.body.items as { type: string; details: { cues: unknown; cueNote: unknown } }[])
      .filter((item) => item.type === 'observation')
      .map((item) => [item.details.cues, item.details.cueNote]);
    expect(details).toContainEqual([['people', 'other'], 'payday']);
    expect(details).toContainEqual([['stress'], null]);
  });

  it.each([
    ['an unknown cue', { kind: 'pacs', items: [1, 1, 1, 1, 1], cues: ['people', 'boredom'] }, 'cues.1'],
    ['a cue given twice', { kind: 'craving_vas', value: 40, cues: ['stress', 'stress'] }, 'cues.1'],
    ['a cue as a number', { kind: 'craving_vas', value: 40, cues: [3] }, 'cues.0'],
    ['cues as text', { kind: 'craving_vas', value: 40, cues: 'people' }, 'cues'],
    ['other without a note', { kind: 'craving_vas', value: 40, cues: ['other'] }, 'cueNote'],
    ['other with a blank note', { kind: 'craving_vas', value: 40, cues: ['other'], cueNote: '  ' }, 'cueNote'],
    ['a note without other', { kind: 'craving_vas', value: 40, cues: ['people'], cueNote: 'a friend' }, 'cueNote'],
    ['a note with no cues', { kind: 'pacs', items: [1, 1, 1, 1, 1], cueNote: 'a friend' }, 'cueNote'],
    ['a note too long', { kind: 'craving_vas', value: 40, cues: ['other'], cueNote: 'x'.repeat(201) }, 'cueNote'],
    ['cues on a drug screen', { kind: 'uds', results: { opioids: 'negative' }, cues: ['people'] }, 'cues'],
    ['cues on a PHQ-9', { kind: 'phq9', items: [0, 0, 0, 0, 0, 0, 0, 0, 0], cues: ['stress'] }, 'cues'],
    ['cues on drinks', { kind: 'drinks', value: 3, cues: ['places'] }, 'cues'],
  ])('refuses %s with a 400 naming %s', async (_case, body, field) => {
    const patient = await t.newPatient({ diagnoses: ['OUD', 'AUD'] });
    const response = await post(patient.id, body).expect(400);
    expect(fieldsOf(response.body)).toEqual([field]);
    expect(await count(patient.id)).toBe(0);
  });

  it('says which cues it knows when one is unknown', async () => {
    const patient = await t.newPatient();
    const response = await post(patient.id, { kind: 'craving_vas', value: 40, cues: ['boredom'] }).expect(400);
    expect(response.body.message).toContain('cues.0 must be one of people, places, paraphernalia');
  });
});
