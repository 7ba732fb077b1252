import { addDays, PART2_NOTICE } from '@naltrack/domain';
import { binary, drawnTexts, readPdf } from '../../test/pdf-content.js';
import { type ApiClient, createTestApp, type TestApp } from '../../test/test-app.js';
import { TEST_TODAY } from '../../test/test-clock.js';

interface Section {
  kind: string;
  title: string;
  items: {
    patientId: string;
    kind: string;
    figures: { label: string; value: string }[];
    requestId: string | null;
    discussed: { decisionNote: string; discussedBy: { id: string } } | null;
  }[];
}

describe('case review', () => {
  let t: TestApp;
  let team: string;
  let lead: ApiClient;
  let prescriber: ApiClient;
  let otherLead: ApiClient;
  const ids: Record<string, string> = {};
  const daysAgo = (n: number) => addDays(TEST_TODAY, -n);

  const created = async (client: ApiClient, url: string, body: object) => {
    const response = await client.post(url).send(body);
    if (response.status !== 201) throw new Error(`${url}: ${JSON.stringify(response.body)}`);
    return response.body;
  };
  const agenda = async (client: ApiClient = lead) =>
    (await client.get('/api/case-review').query({ careTeamId: team, on: TEST_TODAY }).expect(200)).body as {
      careTeamName: string;
      sections: Section[];
    };
  const sectionOf = async (kind: string) => (await agenda()).sections.find((s) => s.kind === kind);
  const oralStart = (patientId: string, daysBefore: number) =>
    t.dataSource.query(
      `INSERT INTO naltrexone_start (patient_id, formulation, dose_mg, started_on) VALUES ($1, 'oral', 50, $2)`,
      [patientId, daysAgo(daysBefore)],
    );

  beforeAll(async () => {
    t = await createTestApp();
    team = (await t.newCareTeam()).id;
    const other = (await t.newCareTeam()).id;
    const [nurse, therapist] = await Promise.all([t.as(['nurse'], [team]), t.as(['therapist'], [team])]);
    [lead, prescriber, otherLead] = await Promise.all([
      t.as(['team_lead'], [team]),
      t.as(['prescriber'], [team]),
      t.as(['team_lead'], [other]),
    ]);
    const patient = async () => (await t.newPatient({ careTeamId: team, diagnoses: ['AUD'], status: 'active' })).id;
    const proposal = (kind: 'stop' | 'taper') => ({
      kind,
      reasonCode: 'clinical_stability',
      reason: 'Stable and wishes to stop.',
      effectiveOn: addDays(TEST_TODAY, 14),
      ...(kind === 'taper' ? { plan: [{ startsOn: addDays(TEST_TODAY, 1), doseMg: 25 }] } : {}),
    });

    ids.pending = await patient();
    await oralStart(ids.pending, 200);
    ids.request = (await created(nurse, `/api/patients/${ids.pending}/discontinuation-requests`, proposal('stop'))).id;

    ids.stopped = await patient();
    await oralStart(ids.stopped, 41);
    await created(t.api, `/api/patients/${ids.stopped}/medication-events`, {
      kind: 'dispensed',
      formulation: 'oral',
      occurredOn: daysAgo(40),
      daysSupply: 7,
      doseMg: 50,
    });

    ids.overdue = await patient();
    await created(t.api, `/api/patients/${ids.overdue}/naltrexone-starts`, {
      formulation: 'xr_injection',
      doseMg: 380,
      startedOn: daysAgo(41),
    });
    await created(t.api, `/api/patients/${ids.overdue}/medication-events`, {
      kind: 'administered',
      formulation: 'xr_injection',
      occurredOn: daysAgo(40),
      doseMg: 380,
    });

    ids.early = await patient();
    await oralStart(ids.early, 30);
    await created(t.api, `/api/patients/${ids.early}/relapses`, { onsetOn: daysAgo(5), substance: 'alcohol' });

    ids.taper = await patient();
    await oralStart(ids.taper, 200);
    const taper = await created(nurse, `/api/patients/${ids.taper}/discontinuation-requests`, proposal('taper'));
    ids.taperRequest = taper.id;
    for (const client of [prescriber, therapist]) {
      await created(client, `/api/discontinuation-requests/${taper.id}/decisions`, {
        decision: 'approve',
        comment: 'ok',
      });
    }
    await prescriber.post(`/api/discontinuation-requests/${taper.id}/start`).expect(200);
    await created(t.api, `/api/patients/${ids.taper}/relapses`, { onsetOn: TEST_TODAY, substance: 'alcohol' });

    ids.stalled = await patient();
    await t.dataSource.query(
      `INSERT INTO outreach_task (patient_id, reason, assignee_id, due_on, opened_on) VALUES ($1, 'other', $2, $3, $4)`,
      [ids.stalled, nurse.clinician.id, daysAgo(3), daysAgo(6)],
    );
  });

  afterAll(() => t.close());

  it('lists every section in order, each with its patients and figures', async () => {
    const view = await agenda(prescriber);
    expect(view.sections.map((s) => s.kind)).toEqual([
      'pending_approval',
      'early_relapse',
      'relapse_during_taper',
      'stopped_without_approval',
      'injection_overdue',
      'outreach_stalled',
    ]);
    const patientsOf = (kind: string) => view.sections.find((s) => s.kind === kind)?.items.map((i) => i.patientId);
    expect(patientsOf('pending_approval')).toEqual([ids.pending]);
    expect(patientsOf('early_relapse')).toContain(ids.early);
    expect(patientsOf('relapse_during_taper')).toEqual([ids.taper]);
    expect(patientsOf('stopped_without_approval')).toContain(ids.stopped);
    expect(patientsOf('injection_overdue')).toEqual([ids.overdue]);
    expect(patientsOf('outreach_stalled')).toEqual([ids.stalled]);

    const [pending] = view.sections[0]?.items ?? [];
    expect(pending).toMatchObject({ requestId: ids.request, discussed: null });
    expect(pending?.figures).toContainEqual({ label: 'Approvals', value: '0 of 2' });
    const taper = view.sections.find((s) => s.kind === 'relapse_during_taper')?.items[0];
    expect(taper?.requestId).toBe(ids.taperRequest);
    expect(taper?.figures).toContainEqual({ label: 'Taper started', value: TEST_TODAY });
    const overdue = view.sections.find((s) => s.kind === 'injection_overdue')?.items[0];
    expect(overdue?.figures).toContainEqual({ label: 'Days past due', value: '12' });
    const stalled = view.sections.find((s) => s.kind === 'outreach_stalled')?.items[0];
    expect(stalled?.figures).toContainEqual({ label: 'Oldest due', value: daysAgo(3) });
  });

  it("answers 404 for another team's agenda and 400 naming a bad field", async () => {
    await otherLead.get('/api/case-review').query({ careTeamId: team, on: TEST_TODAY }).expect(404);
    const bad = await lead.get('/api/case-review').query({ careTeamId: team, on: '2026-02-30' }).expect(400);
    expect(bad.body.details.fields[0].field).toBe('on');
  });

  it('stores a discussion once, for the team lead only, and shows it on the agenda', async () => {
    const item = { careTeamId: team, patientId: ids.overdue, kind: 'injection_overdue', on: TEST_TODAY };
    const body = { ...item, decisionNote: 'Nurse to call today; injection Friday.' };
    await prescriber.post('/api/case-review/items').send(body).expect(403);
    await otherLead.post('/api/case-review/items').send(body).expect(404);
    const stored = await lead.post('/api/case-review/items').send(body).expect(201);
    expect(stored.body).toMatchObject({ ...body, discussedBy: { id: lead.clinician.id } });
    const again = await lead.post('/api/case-review/items').send(body).expect(409);
    expect(again.body.code).toBe('CASE_REVIEW_ALREADY_DISCUSSED');
    await lead
      .post('/api/case-review/items')
      .send({ ...body, on: addDays(TEST_TODAY, 1) })
      .expect(400);

    const discussed = (await sectionOf('injection_overdue'))?.items[0]?.discussed;
    expect(discussed).toMatchObject({ decisionNote: body.decisionNote, discussedBy: { id: lead.clinician.id } });
    const [event] = await t.dataSource.query(
      `SELECT patient_id, outcome FROM audit_event WHERE action = 'POST /api/case-review/items' AND status_code = 201`,
    );
    expect(event).toEqual({ patient_id: ids.overdue, outcome: 'success' });
  });

  it('prints the agenda as a PDF with the Part 2 notice on every page', async () => {
    const response = await lead
      .get('/api/case-review/agenda.pdf')
      .query({ careTeamId: team, on: TEST_TODAY })
      .buffer(true)
      .parse(binary)
      .expect(200);
    expect(response.headers['content-type']).toBe('application/pdf');
    const pdf = response.body as Buffer;
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const { pages, content } = readPdf(pdf);
    const texts = drawnTexts(content);
    expect(pages).toBeGreaterThan(0);
    expect(texts.filter((text) => text === PART2_NOTICE)).toHaveLength(pages);
    expect(texts.join(' ')).toContain('Nurse to call today');
  });
});
