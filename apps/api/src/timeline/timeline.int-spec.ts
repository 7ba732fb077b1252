import { addDays } from '@naltrack/domain';
import { createTestApp, type TestApp } from '../../test/test-app.js';
import { hoursFromNow, TEST_TODAY } from '../../test/test-clock.js';

interface Item {
  type: string;
  id: string;
  at: string;
  on: string;
  details: Record<string, unknown>;
}

describe('GET /api/patients/:id/timeline', () => {
  let t: TestApp;
  const today = TEST_TODAY;
  const daysAgo = (n: number) => addDays(today, -n);

  beforeAll(async () => {
    t = await createTestApp();
  });

  afterAll(() => t.close());

  async function walk(patientId: string, limit: number): Promise<Item[][]> {
    const pages: Item[][] = [];
    let before: string | null = null;
    do {
      const page: { body: { items: Item[]; nextBefore: string | null } } = await t.api
        .get(`/api/patients/${patientId}/timeline`)
        .query(before ? { limit, before } : { limit })
        .expect(200);
      pages.push(page.body.items);
      before = page.body.nextBefore;
    } while (before && pages.length < 20);
    return pages;
  }

  it('lists every kind of event newest first, in pages that neither skip nor repeat', async () => {
    const patient = await t.newPatient({ diagnoses: ['AUD'] });
    const post = (path: string, body: object) =>
      t.api.post(`/api/patients/${patient.id}/${path}`).send(body).expect(201);
    await post('naltrexone-starts', { formulation: 'xr_injection', doseMg: 380, startedOn: daysAgo(20) });
    await post('medication-events', { kind: 'administered', formulation: 'xr_injection', occurredOn: daysAgo(20) });
    // Three events on one day: the keyset must keep them apart.
    for (let i = 0; i < 3; i++) {
      await post('medication-events', { kind: 'taken', formulation: 'oral', occurredOn: daysAgo(5) });
    }
    await t.dataSource.query(
      `INSERT INTO therapy_session (patient_id, scheduled_at, scheduled_on, type, status, version)
       VALUES ($1, $2, $3, 'individual', 'attended', 1)`,
      [patient.id, hoursFromNow(-48), daysAgo(2)],
    );
    await t.dataSource.query(
      `INSERT INTO observation (patient_id, kind, observed_on, items, value) VALUES ($1, 'pacs', $2, '{1,2,3,4,5}', 15)`,
      [patient.id, daysAgo(1)],
    );

    const pages = await walk(patient.id, 2);
    const items = pages.flat();
    expect(pages.map((page) => page.length)).toEqual([2, 2, 2, 2, 1]);
    // The start raised not_started, whose task the team's rule opened and the injection closed: two
    // events at the database's clock, placed among the clinic-day records by the day the test runs on.
    const types = items.map((item) => item.type);
    expect(types.filter((type) => type.startsWith('outreach_'))).toEqual([
      'outreach_task_resolved',
      'outreach_task_opened',
    ]);
    expect(types.filter((type) => !type.startsWith('outreach_'))).toEqual([
      'observation',
      'therapy_session',
      'medication_event',
      'medication_event',
      'medication_event',
      expect.stringMatching(/^(naltrexone_start|medication_event)$/),
      expect.stringMatching(/^(naltrexone_start|medication_event)$/),
    ]);
    // A task opened and resolved is two events of one record.
    expect(new Set(items.map((item) => item.id)).size).toBe(8);
    const instants = items.map((item) => Date.parse(item.at));
    expect([...instants].sort((a, b) => b - a)).toEqual(instants);
    expect(items.find((item) => item.type === 'observation')).toMatchObject({
      on: daysAgo(1),
      details: { kind: 'pacs', value: 15, items: [1, 2, 3, 4, 5] },
    });
  });

  it('answers an empty timeline, an unknown patient and a forged position', async () => {
    const patient = await t.newPatient();
    const empty = await t.api.get(`/api/patients/${patient.id}/timeline`).expect(200);
    expect(empty.body).toEqual({ items: [], nextBefore: null });

    await t.api.get('/api/patients/6c1ce0c6-7a9e-4d38-8a43-9a3e1d53e7c8/timeline').expect(404);
    const forged = await t.api
      .get(`/api/patients/${patient.id}/timeline`)
      .query({ before: Buffer.from('["yesterday","x"]').toString('base64url') })
      .expect(400);
    expect(forged.body.details.fields[0].field).toBe('before');
    await t.api.get(`/api/patients/${patient.id}/timeline`).query({ limit: 0 }).expect(400);
  });
});
