import { addDays, FLAG_DESCRIPTIONS, FLAG_LABELS, PART2_NOTICE } from '@naltrack/domain';
import { binary, drawnTexts, readPdf } from '../../test/pdf-content.js';
import { created, lastTwoWholeMonths } from '../../test/report-period.js';
import { createTestApp, type TestApp } from '../../test/test-app.js';
import { daysFromToday, TEST_TODAY } from '../../test/test-clock.js';

describe('GET /api/reports/adherence?format=pdf', () => {
  let t: TestApp;
  const { m0, m1, end } = lastTwoWholeMonths();
  let teamId: string;
  let busyId: string;
  let quietId: string;
  let notStartedId: string;

  const pdfOf = async (query: Record<string, string>) => {
    const response = await t.api
      .get('/api/reports/adherence')
      .query({ format: 'pdf', from: m0, to: end, ...query })
      .buffer(true)
      .parse(binary)
      .expect(200);
    return { response, pdf: response.body as Buffer };
  };
  const post = (url: string, body: object) => created(t.api, url, body);

  beforeAll(async () => {
    t = await createTestApp();
    teamId = (await t.newCareTeam({ name: 'South team' })).id;
    const busy = await t.newPatient({ careTeamId: teamId, diagnoses: ['OUD'], familyName: 'Busy', givenName: 'Bea' });
    busyId = busy.id;
    const base = `/api/patients/${busy.id}`;
    await post(`${base}/naltrexone-starts`, {
      formulation: 'oral',
      doseMg: 50,
      startedOn: m0,
      lastOpioidUseOn: addDays(m0, -10),
      lft: { alt: 30, ast: 30, uln: 40, bilirubinNormal: true },
    });
    // A daily observed dose for most of the period: a timeline that runs over several pages.
    for (let day = m0; day <= addDays(m1, 20); day = addDays(day, 1)) {
      await post(`${base}/medication-events`, {
        kind: 'taken',
        formulation: 'oral',
        occurredOn: day,
        observed: true,
        doseMg: 50,
      });
    }
    for (const [offset, items] of [
      [3, [4, 4, 4, 4, 4]],
      [20, [2, 3, 3, 3, 3]],
      [40, [1, 1, 0, 1, 1]],
    ] as const) {
      await post(`${base}/observations`, { kind: 'pacs', observedOn: addDays(m0, offset), items });
    }
    await post(`${base}/observations`, {
      kind: 'uds',
      observedOn: addDays(m0, 5),
      results: { opioids: 'negative', fentanyl: 'negative' },
    });
    quietId = (await t.newPatient({ careTeamId: teamId, familyName: 'Quiet', givenName: 'Quinn', status: 'referred' }))
      .id;
    // An XR start 8 days ago with nothing since: flagged not_started on the caseload.
    const notStarted = await t.newPatient({ careTeamId: teamId, diagnoses: ['AUD'], status: 'referred' });
    await post(`/api/patients/${notStarted.id}/naltrexone-starts`, {
      formulation: 'xr_injection',
      doseMg: 380,
      startedOn: daysFromToday(-8),
    });
    notStartedId = notStarted.id;
  });

  afterAll(() => t.close());

  it('answers a PDF download with the Part 2 notice on every page', async () => {
    const { response, pdf } = await pdfOf({ careTeamId: teamId });
    expect(response.headers['content-type']).toBe('application/pdf');
    expect(response.headers['content-disposition']).toMatch(/^attachment; filename="adherence-team-.+\.pdf"$/);
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(pdf.subarray(-6).toString()).toContain('%%EOF');
    const { pages, content } = readPdf(pdf);
    // Three patients, each from a new page, and the busy one's timeline runs over more than one.
    expect(pages).toBeGreaterThanOrEqual(4);
    expect(drawnTexts(content).filter((text) => text === PART2_NOTICE)).toHaveLength(pages);
  });

  it('draws the header, the metrics, the calendar, the cravings chart and the timeline', async () => {
    const { pdf } = await pdfOf({ patientId: busyId });
    const { pages, content } = readPdf(pdf);
    const texts = drawnTexts(content);
    expect(texts.filter((text) => text === PART2_NOTICE)).toHaveLength(pages);
    expect(texts).toEqual(
      expect.arrayContaining([
        'Naltrexone adherence report',
        'Busy, Bea',
        'Adherence by month',
        'Whole period',
        'Adherence calendar',
        'Covered',
        'Cravings (PACS)',
        'High craving (15)',
        'Timeline',
        'Urine drug screen: opioids negative, fentanyl negative',
        'Dose taken 50 mg (observed)',
      ]),
    );
    expect(texts).toContain(`Current flags as of ${TEST_TODAY}`);
    // The calendar draws covered days as filled squares: many rectangles in the content.
    expect(content.match(/ re\n/g)?.length ?? 0).toBeGreaterThan(50);
  });

  it("shows the patient's current flags with their labels and rules, and None for a patient without", async () => {
    const flagged = drawnTexts(readPdf((await pdfOf({ patientId: notStartedId })).pdf).content);
    expect(flagged).toEqual(expect.arrayContaining([`Current flags as of ${TEST_TODAY}`, FLAG_LABELS.not_started]));
    // The rule wraps over lines: its first words start one of them.
    expect(flagged.some((text) => FLAG_DESCRIPTIONS.not_started.startsWith(text) && text.length > 20)).toBe(true);

    const quiet = drawnTexts(readPdf((await pdfOf({ patientId: quietId })).pdf).content);
    expect(quiet).toEqual(expect.arrayContaining([`Current flags as of ${TEST_TODAY}`, 'None.']));
    const labels: string[] = Object.values(FLAG_LABELS);
    expect(quiet.filter((text) => labels.includes(text))).toEqual([]);
  });
});
