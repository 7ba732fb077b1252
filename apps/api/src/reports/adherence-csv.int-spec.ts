import {
  addDays,
  attendanceRate,
  type ClinicalDate,
  computeAdherence,
  daysBetween,
  type MedicationEventInput,
  PART2_NOTICE,
} from '@naltrack/domain';
import { created, lastTwoWholeMonths } from '../../test/report-period.js';
import { createTestApp, type TestApp } from '../../test/test-app.js';
import { daysFromToday, TEST_TODAY } from '../../test/test-clock.js';
import { CSV_HEADER } from './csv/adherence-csv.js';

/** RFC 4180 records, to read back what csv-stringify wrote. */
function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted && c === '"' && text[i + 1] === '"') {
      field += '"';
      i++;
    } else if (c === '"') {
      quoted = !quoted;
    } else if (!quoted && (c === ',' || c === '\n')) {
      record.push(field);
      field = '';
      if (c === '\n') {
        records.push(record);
        record = [];
      }
    } else {
      field += c;
    }
  }
  return records;
}

describe('GET /api/reports/adherence?format=csv', () => {
  let t: TestApp;
  // Two whole past months: the period the report covers.
  const today = TEST_TODAY;
  const { m0, m1, end } = lastTwoWholeMonths();
  const periods = [
    { from: m0, to: addDays(m1, -1) },
    { from: m1, to: end },
  ];

  const csvOf = async (query: Record<string, string>) => {
    const response = await t.api
      .get('/api/reports/adherence')
      .query({ format: 'csv', from: m0, to: end, ...query })
      .buffer(true)
      .parse((res, done) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (text += chunk));
        res.on('end', () => done(null, text));
      })
      .expect(200);
    return { response, text: response.body as string, records: parseCsv(response.body as string) };
  };
  const rowsOf = (records: string[][]) =>
    records.slice(2).map((record) => Object.fromEntries(CSV_HEADER.map((name, i) => [name, record[i] ?? ''])));

  const post = (url: string, body: object) => created(t.api, url, body);

  let teamId: string;
  let injected: { id: string; events: MedicationEventInput[] };
  let oral: { id: string; events: MedicationEventInput[] };
  let flagTeamId: string;
  let notStartedId: string;
  let unflaggedId: string;
  let screenedId: string;

  beforeAll(async () => {
    t = await createTestApp();
    teamId = (await t.newCareTeam({ name: 'North, "Harbour" team' })).id;
    const a = await t.newPatient({
      careTeamId: teamId,
      diagnoses: ['AUD'],
      sex: 'female',
      familyName: 'O\'Brien, "Junior"\nSmith',
      givenName: '=HYPERLINK("x")',
    });
    const base = `/api/patients/${a.id}`;
    await post(`${base}/naltrexone-starts`, { formulation: 'xr_injection', doseMg: 380, startedOn: addDays(m0, 2) });
    const injections = [addDays(m0, 2), addDays(m1, 4)];
    for (const occurredOn of injections) {
      await post(`${base}/medication-events`, { kind: 'administered', formulation: 'xr_injection', occurredOn });
    }
    const sessions: [number, ClinicalDate, string][] = [
      [9, m0, 'attended'],
      [16, m0, 'no_show'],
      [23, m0, 'late'],
      [7, m1, 'cancelled_by_patient'],
      [14, m1, 'attended'],
    ];
    for (const [offset, month, status] of sessions) {
      const session = await post(`${base}/therapy-sessions`, {
        type: 'individual',
        scheduledAt: `${addDays(month, offset)}T15:00:00Z`,
      });
      await t.api.patch(`/api/therapy-sessions/${session.id}`).send({ status }).expect(200);
    }
    // Two high cravings in September (PACS 15, VAS 50); October's PACS of 5 is low, so its cue is not counted.
    const cravings = [
      { kind: 'pacs', observedOn: addDays(m0, 9), items: [3, 3, 3, 3, 3], cues: ['people', 'places'] },
      { kind: 'craving_vas', observedOn: addDays(m0, 12), value: 50, cues: ['people'] },
      { kind: 'pacs', observedOn: addDays(m1, 14), items: [1, 1, 1, 1, 1], cues: ['stress'] },
    ];
    for (const craving of cravings) await post(`${base}/observations`, craving);
    // Two PHQ-9s in September (the later one is the month's), a BAM in October.
    await post(`${base}/observations`, {
      kind: 'phq9',
      observedOn: addDays(m0, 3),
      items: [3, 3, 3, 3, 3, 3, 3, 3, 0],
    });
    await post(`${base}/observations`, {
      kind: 'phq9',
      observedOn: addDays(m0, 10),
      items: [1, 1, 1, 1, 1, 0, 0, 0, 0],
    });
    await post(`${base}/observations`, {
      kind: 'bam',
      observedOn: addDays(m1, 2),
      items: [1, 2, 1, 1, 0, 0, 0, 2, 3, 2, 1, 2, 3, 4, 0, 4, 3],
    });
    // A heavy drinking day (>= 4 drinks for a woman) 17 days into treatment: an early relapse.
    await post(`${base}/observations`, { kind: 'drinks', observedOn: addDays(m0, 17), value: 6 });
    injected = {
      id: a.id,
      events: injections.map((occurredOn) => ({ kind: 'administered', formulation: 'xr_injection', occurredOn })),
    };

    const b = await t.newPatient({ careTeamId: teamId, diagnoses: ['AUD'], familyName: 'Plain', givenName: 'Pat' });
    await post(`/api/patients/${b.id}/naltrexone-starts`, {
      formulation: 'oral',
      doseMg: 50,
      startedOn: m0,
      lft: { alt: 30, ast: 30, uln: 40, bilirubinNormal: true },
    });
    const dispense = { kind: 'dispensed' as const, formulation: 'oral' as const, occurredOn: m0, daysSupply: 20 };
    await post(`/api/patients/${b.id}/medication-events`, dispense);
    oral = { id: b.id, events: [dispense] };

    // Another team for the caseload flags: an XR start 8 days ago with nothing since (not_started),
    // a referred patient with nothing recorded (no flags), and one screened positive 2 days ago.
    flagTeamId = (await t.newCareTeam({ name: 'Flags team' })).id;
    const notStarted = await t.newPatient({ careTeamId: flagTeamId, diagnoses: ['AUD'], status: 'referred' });
    await post(`/api/patients/${notStarted.id}/naltrexone-starts`, {
      formulation: 'xr_injection',
      doseMg: 380,
      startedOn: daysFromToday(-8),
    });
    notStartedId = notStarted.id;
    unflaggedId = (await t.newPatient({ careTeamId: flagTeamId, diagnoses: ['AUD'], status: 'referred' })).id;
    const screened = await t.newPatient({ careTeamId: flagTeamId, diagnoses: ['AUD'], status: 'referred' });
    await post(`/api/patients/${screened.id}/observations`, {
      kind: 'uds',
      observedOn: daysFromToday(-2),
      results: { cocaine: 'positive' },
    });
    // A consent to everything a CSV carries, which leaves out drug screens.
    await post(`/api/patients/${screened.id}/consents`, {
      recipient: 'Acme Health Plan',
      purpose: 'payment',
      scope: ['demographics', 'medication', 'adherence', 'attendance', 'observations', 'relapses', 'discontinuation'],
      effectiveOn: daysFromToday(-1),
      expiresOn: daysFromToday(200),
    });
    screenedId = screened.id;
  });

  afterAll(() => t.close());

  it('starts with the Part 2 notice, then the header, then a row per patient and month', async () => {
    const { response, text, records } = await csvOf({ careTeamId: teamId });
    expect(response.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(response.headers['content-disposition']).toBe(
      `attachment; filename="adherence-team-${teamId.slice(0, 8)}-${m0}-to-${end}.csv"`,
    );
    expect(text.split('\n')[0]).toBe(PART2_NOTICE);
    expect(records[1]).toEqual(CSV_HEADER);
    const rows = rowsOf(records);
    expect(rows).toHaveLength(4);
    expect(rows.map((r) => r.patient_id)).toEqual([injected.id, injected.id, oral.id, oral.id].sort());
    expect(rows.map((r) => [r.period_start, r.period_end])).toEqual(
      [...periods, ...periods].map((p) => [p.from, p.to]),
    );
  });

  it('quotes commas, quotes and line breaks, and defuses spreadsheet formulas', async () => {
    const { text, records } = await csvOf({ patientId: injected.id });
    const [row] = rowsOf(records);
    expect(row?.family_name).toBe('O\'Brien, "Junior"\nSmith');
    expect(row?.given_name).toBe('\'=HYPERLINK("x")');
    expect(row?.care_team).toBe('North, "Harbour" team');
    expect(text).toContain('"O\'Brien, ""Junior""\nSmith"');
  });

  it('gives the numbers of the clinical rules for each month', async () => {
    const rows = rowsOf((await csvOf({ careTeamId: teamId })).records);
    const [september, october] = rows.filter((r) => r.patient_id === injected.id);
    const expectedFirst = computeAdherence({ events: injected.events, from: addDays(m0, 2), to: addDays(m1, -1) });
    const expectedSecond = computeAdherence({ events: injected.events, from: m1, to: end });
    expect(september).toMatchObject({
      formulation: 'xr_injection',
      pdc: String(Number(expectedFirst.pdc?.toFixed(4))),
      mpr: String(Number(expectedFirst.mpr?.toFixed(4))),
      covered_days: String(expectedFirst.coveredDays),
      gaps: '0',
      last_injection_on: addDays(m0, 2),
      injection_due_on: addDays(m0, 30),
      attendance_rate: String(
        Number(attendanceRate([{ status: 'attended' }, { status: 'no_show' }, { status: 'late' }])?.toFixed(4)),
      ),
      sessions_attended: '2',
      sessions_missed: '1',
      latest_pacs: '15',
      latest_pacs_on: addDays(m0, 9),
      high_cravings: '2',
      high_craving_cue_people: '2',
      high_craving_cue_places: '1',
      high_craving_cue_stress: '0',
      latest_phq9: '5',
      latest_phq9_band: 'mild',
      latest_phq9_on: addDays(m0, 10),
      latest_bam_use: '',
      relapses: '1',
      early_relapses: '1',
      discontinuation: '',
    });
    // Independently of computeAdherence: the injection on day 3 covers 28 days, the whole of a
    // 30-day month's rest (PDC 1) and all but the last day of a 31-day one.
    const firstMonthDays = daysBetween(addDays(m0, 2), addDays(m1, -1)) + 1;
    expect(Number(september?.pdc)).toBeCloseTo(Math.min(28, firstMonthDays) / firstMonthDays, 4);
    expect(october).toMatchObject({
      pdc: String(Number(expectedSecond.pdc?.toFixed(4))),
      mpr: String(Number(expectedSecond.mpr?.toFixed(4))),
      covered_days: String(expectedSecond.coveredDays),
      gaps: String(expectedSecond.gaps.length),
      last_injection_on: addDays(m1, 4),
      attendance_rate: '0.5',
      sessions_attended: '1',
      sessions_missed: '1',
      latest_pacs: '5',
      high_cravings: '0',
      high_craving_cue_stress: '0',
      relapses: '0',
      latest_phq9: '',
      latest_bam_use: '1',
      latest_bam_risk: '7',
      latest_bam_protective: '18',
      latest_bam_on: addDays(m1, 2),
    });
    // Uncovered days before the second injection: October's PDC is below 1.
    expect(Number(october?.pdc)).toBeLessThan(1);

    const oralRows = rows.filter((r) => r.patient_id === oral.id);
    const oralFirst = computeAdherence({ events: oral.events, from: m0, to: addDays(m1, -1) });
    const oralSecond = computeAdherence({ events: oral.events, from: m1, to: end });
    expect(oralRows.map((r) => [r.pdc, r.gaps, r.gap_days, r.attendance_rate, r.latest_pacs])).toEqual([
      [String(Number(oralFirst.pdc?.toFixed(4))), '1', String(oralFirst.gaps[0]?.days), '', ''],
      [
        String(Number(oralSecond.pdc?.toFixed(4))),
        String(oralSecond.gaps.length),
        String(oralSecond.gaps.reduce((s, g) => s + g.days, 0)),
        '',
        '',
      ],
    ]);
    expect(oralSecond.pdc).toBe(0);
  });

  it("ends each row with the patient's current caseload flags and the day they are as of", async () => {
    const { records } = await csvOf({ careTeamId: flagTeamId });
    expect(records[1]?.slice(-2)).toEqual(['current_flags', 'flags_as_of']);
    const rows = rowsOf(records);
    const flagsOf = (id: string) =>
      rows.filter((r) => r.patient_id === id).map((r) => [r.current_flags, r.flags_as_of]);
    // The same on each month's row: the flags are today's, not the period's.
    expect(flagsOf(notStartedId)).toEqual([
      ['not_started', TEST_TODAY],
      ['not_started', TEST_TODAY],
    ]);
    expect(flagsOf(unflaggedId)).toEqual([
      ['', TEST_TODAY],
      ['', TEST_TODAY],
    ]);
    expect(flagsOf(screenedId)[0]).toEqual(['positive_screen', TEST_TODAY]);
  });

  it('leaves out of a disclosure the flags about records its consent does not cover', async () => {
    const own = rowsOf((await csvOf({ patientId: screenedId })).records);
    expect(own[0]?.current_flags).toBe('positive_screen');
    const disclosed = rowsOf(
      (await csvOf({ patientId: screenedId, recipient: 'Acme Health Plan', purpose: 'payment' })).records,
    );
    expect(disclosed.map((r) => r.current_flags)).toEqual(['', '']);
    expect(disclosed[0]?.patient_id).toBe(screenedId);
  });

  it('clips the period to today: later days have no records yet', async () => {
    const { records } = await csvOf({ patientId: oral.id, from: m1, to: addDays(today, 40) });
    const rows = rowsOf(records);
    expect(rows.at(-1)?.period_end).toBe(today);
  });
});
