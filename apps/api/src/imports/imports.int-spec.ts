import { addDays } from '@naltrack/domain';
import request from 'supertest';
import { newPatient } from '../../test/factories.js';
import { type ApiClient, createTestApp, type TestApp } from '../../test/test-app.js';
import { TEST_TODAY } from '../../test/test-clock.js';
import { validateConfig } from '../config/validate-config.js';
import type { Patient } from '../patients/patient.entity.js';
import { IMPORT_BATCH_ROWS, IMPORT_BODY_LIMIT } from './imports.service.js';

interface Report {
  rowsRead: number;
  rowsImported: number;
  errorCount: number;
  errors: { line: number; field: string | null; message: string }[];
}

describe('POST /api/imports', () => {
  let t: TestApp;
  let patient: Patient;
  let foreign: Patient;
  const today = TEST_TODAY;
  const daysAgo = (n: number) => addDays(today, -n);

  const csv = (client: ApiClient, body: string) =>
    client.post('/api/imports').set('Content-Type', 'text/csv').send(body);
  const ndjson = (client: ApiClient, rows: unknown[]) =>
    client
      .post('/api/imports')
      .set('Content-Type', 'application/x-ndjson')
      .send(rows.map((row) => (typeof row === 'string' ? row : JSON.stringify(row))).join('\n'));
  const count = async (table: string, patientId: string) =>
    (await t.dataSource.query(`SELECT COUNT(*)::int AS n FROM ${table} WHERE patient_id = $1`, [patientId]))[0].n;

  beforeAll(async () => {
    t = await createTestApp();
    patient = await t.newPatient({ mrn: 'IMP-1', diagnoses: ['AUD'], birthDate: '1980-02-02' });
    // A patient of a team the importing clinician does not belong to.
    foreign = await newPatient(t.dataSource, { mrn: 'IMP-FOREIGN' });
  });

  afterAll(() => t.close());

  it('imports the valid rows of a CSV, lists every invalid one by line and field, and updates the caseload', async () => {
    const summaryOf = async (id: string) =>
      (
        await t.dataSource.query(
          'SELECT last_dose_on::text, last_session_on::text FROM patient_summary WHERE patient_id = $1',
          [id],
        )
      )[0];
    const before = await summaryOf(patient.id);
    expect(before.last_dose_on).toBeNull();
    const body = [
      'record,patientId,mrn,kind,formulation,occurredOn,daysSupply,doseMg,observed,note,scheduledAt,type,status',
      `medication_event,${patient.id},,dispensed,oral,${daysAgo(20)},30,50,,"first fill, as planned",,,`,
      `medication_event,,IMP-1,taken,oral,${daysAgo(2)},,50,true,,,,`,
      `medication_event,${patient.id},,dispensed,oral,${daysAgo(1)},,50,,,,,`,
      `medication_event,${patient.id},,taken,oral,${addDays(today, 3)},,50,false,,,,`,
      `therapy_session,${patient.id},,,,,,,,,2026-01-12T15:00:00-05:00,individual,attended`,
      `therapy_session,${patient.id},,,,,,,,,2031-01-12T15:00:00-05:00,group,`,
      `therapy_session,not-a-uuid,,,,,,,,,2026-01-12T15:00:00-05:00,individual,`,
      `vaccination,${patient.id},,,,,,,,,,,`,
    ].join('\r\n');
    const response = await csv(t.api, body).expect(200);
    const report: Report = response.body;
    expect(report).toEqual({
      rowsRead: 8,
      rowsImported: 3,
      errorCount: 5,
      errors: [
        { line: 4, field: 'daysSupply', message: expect.stringContaining('daysSupply') },
        { line: 5, field: 'occurredOn', message: 'occurredOn must not be in the future' },
        { line: 7, field: 'scheduledAt', message: 'scheduledAt must be at most one year from today' },
        { line: 8, field: 'patientId', message: 'patientId must be a UUID' },
        { line: 9, field: 'record', message: 'record must be one of medication_event, therapy_session' },
      ],
    });
    expect(await count('medication_event', patient.id)).toBe(2);
    const [note] = await t.dataSource.query(
      `SELECT note FROM medication_event WHERE kind = 'dispensed' AND patient_id = $1`,
      [patient.id],
    );
    expect(note.note).toBe('first fill, as planned');
    const sessions = await t.dataSource.query('SELECT status::text FROM therapy_session WHERE patient_id = $1', [
      patient.id,
    ]);
    expect(sessions).toEqual([{ status: 'attended' }]);

    const after = await summaryOf(patient.id);
    expect(after.last_dose_on).toBe(daysAgo(2));
    expect(after.last_session_on).toBe('2026-01-12');
  });

  it('reads NDJSON, reporting lines that are not JSON objects', async () => {
    const target = await t.newPatient();
    const response = await ndjson(t.api, [
      {
        record: 'medication_event',
        patientId: target.id,
        kind: 'administered',
        formulation: 'xr_injection',
        occurredOn: daysAgo(5),
        lot: 'L1',
        site: 'left gluteal',
      },
      '',
      '{"record": "medication_event",',
      '[1, 2]',
      {
        record: 'medication_event',
        patientId: target.id,
        kind: 'missed',
        formulation: 'oral',
        occurredOn: daysAgo(3),
        lot: 'L2',
      },
      { record: 'therapy_session', patientId: target.id, scheduledAt: '2026-02-02T10:00', type: 'individual' },
    ]).expect(200);
    expect(response.body).toEqual({
      rowsRead: 5,
      rowsImported: 1,
      errorCount: 4,
      errors: [
        { line: 3, field: null, message: 'the line is not valid JSON' },
        { line: 4, field: null, message: 'the line is not a JSON object' },
        { line: 5, field: 'lot', message: expect.stringContaining('administered XR injection') },
        { line: 6, field: 'scheduledAt', message: expect.stringContaining('UTC offset') },
      ],
    });
    const [summary] = await t.dataSource.query(
      'SELECT injection_last_on::text FROM patient_summary WHERE patient_id = $1',
      [target.id],
    );
    expect(summary.injection_last_on).toBe(daysAgo(5));
  });

  it("refuses another team's patient row by row, exactly like a missing one", async () => {
    const response = await ndjson(t.api, [
      {
        record: 'medication_event',
        patientId: foreign.id,
        kind: 'missed',
        formulation: 'oral',
        occurredOn: daysAgo(1),
      },
      { record: 'medication_event', mrn: foreign.mrn, kind: 'missed', formulation: 'oral', occurredOn: daysAgo(1) },
      {
        record: 'medication_event',
        patientId: crypto.randomUUID(),
        kind: 'missed',
        formulation: 'oral',
        occurredOn: daysAgo(1),
      },
      {
        record: 'medication_event',
        patientId: patient.id,
        kind: 'missed',
        formulation: 'oral',
        occurredOn: daysAgo(1),
      },
    ]).expect(200);
    expect(response.body.rowsImported).toBe(1);
    expect(response.body.errors).toEqual([
      { line: 1, field: 'patientId', message: 'Patient not found' },
      { line: 2, field: 'mrn', message: 'Patient not found' },
      { line: 3, field: 'patientId', message: 'Patient not found' },
    ]);
    expect(await count('medication_event', foreign.id)).toBe(0);
  });

  it('lets each role import only what its single POST allows', async () => {
    const therapist = await t.as(['therapist'], [patient.careTeamId]);
    const response = await ndjson(therapist, [
      {
        record: 'medication_event',
        patientId: patient.id,
        kind: 'missed',
        formulation: 'oral',
        occurredOn: daysAgo(1),
      },
      {
        record: 'therapy_session',
        patientId: patient.id,
        scheduledAt: '2026-03-02T10:00:00Z',
        type: 'group',
        status: 'no_show',
      },
      {
        record: 'therapy_session',
        patientId: patient.id,
        scheduledAt: `${addDays(today, 30)}T10:00:00Z`,
        type: 'group',
        status: 'attended',
      },
    ]).expect(200);
    expect(response.body.errors).toEqual([
      { line: 1, field: 'record', message: 'your role does not allow recording medication events' },
      { line: 3, field: 'status', message: 'status attended cannot be recorded for a session that has not begun yet' },
    ]);
    const auditor = await t.as(['auditor'], []);
    await ndjson(auditor, []).expect(403);
  });

  it('commits valid rows in batches and caps the error list', async () => {
    const target = await t.newPatient();
    const rows = Array.from({ length: IMPORT_BATCH_ROWS + 300 }, (_, i) =>
      i % 10 === 9
        ? { record: 'medication_event', patientId: target.id, kind: 'taken', formulation: 'oral', occurredOn: 'soon' }
        : {
            record: 'medication_event',
            patientId: target.id,
            kind: 'taken',
            formulation: 'oral',
            occurredOn: daysAgo(i % 300),
          },
    );
    const report: Report = (await ndjson(t.api, rows).expect(200)).body;
    expect(report.rowsRead).toBe(1300);
    expect(report.rowsImported).toBe(1170);
    expect(report.errorCount).toBe(130);
    expect(report.errors).toHaveLength(100);
    expect(report.errors.map((e) => e.line)).toEqual(Array.from({ length: 100 }, (_, i) => 10 * (i + 1)));
    expect(await count('medication_event', target.id)).toBe(1170);
    const [summary] = await t.dataSource.query(
      'SELECT pdc30, last_dose_on::text FROM patient_summary WHERE patient_id = $1',
      [target.id],
    );
    // Days 9, 19 and 29 ago fall on the refused rows only: 27 of 30 days covered.
    expect(summary).toEqual({ pdc30: '0.9000', last_dose_on: today });
  });

  it('writes one audit event for the whole import, with its counts', async () => {
    const response = await ndjson(t.api, [
      {
        record: 'medication_event',
        patientId: patient.id,
        kind: 'refused',
        formulation: 'oral',
        occurredOn: daysAgo(1),
      },
      { record: 'medication_event', patientId: patient.id, kind: 'refused', formulation: 'oral' },
    ]).expect(200);
    // The trail is written once the answer is sent.
    let events: unknown[] = [];
    for (let attempt = 0; attempt < 50 && events.length === 0; attempt++) {
      await new Promise((resolve) => setTimeout(resolve, 20));
      events = await t.dataSource.query(
        'SELECT action, outcome::text, patient_id, detail FROM audit_event WHERE request_id = $1',
        [response.headers['x-request-id']],
      );
    }
    expect(events).toEqual([
      {
        action: 'POST /api/imports',
        outcome: 'success',
        patient_id: null,
        detail: { rowsRead: 2, rowsImported: 1, errorCount: 1 },
      },
    ]);
  });

  describe('reading safely', () => {
    const MIB = 1_048_576;
    const missed = (patientId: string, extra: Record<string, string> = {}) => ({
      record: 'medication_event',
      patientId,
      kind: 'missed',
      formulation: 'oral',
      occurredOn: daysAgo(1),
      ...extra,
    });
    /** A body of exactly the import limit: its head, one line of all the rest, its tail. */
    const fullBody = (head: string, tail: string) => {
      const body = Buffer.alloc(IMPORT_BODY_LIMIT, 'x');
      body.write(head, 0);
      body.write(tail, IMPORT_BODY_LIMIT - Buffer.byteLength(tail));
      return body;
    };

    it('refuses a line longer than 1 MiB as that line alone, and takes one of exactly 1 MiB', async () => {
      const target = await t.newPatient();
      // JSON allows trailing spaces: the row is valid whatever its length.
      const padded = (bytes: number) => JSON.stringify(missed(target.id)).padEnd(bytes, ' ');
      const response = await ndjson(t.api, [padded(MIB), padded(MIB + 1), missed(target.id)]).expect(200);
      expect(response.body).toEqual({
        rowsRead: 3,
        rowsImported: 2,
        errorCount: 1,
        errors: [{ line: 2, field: null, message: 'the line is longer than 1048576 bytes' }],
      });
      expect(await count('medication_event', target.id)).toBe(2);
    });

    it('refuses a CSV row longer than 1 MiB as that row alone', async () => {
      const target = await t.newPatient();
      const body = [
        'record,patientId,kind,formulation,occurredOn,note',
        `medication_event,${target.id},missed,oral,${daysAgo(2)},"${'y'.repeat(MIB)}"`,
        `medication_event,${target.id},missed,oral,${daysAgo(1)},"short, quoted"`,
      ].join('\n');
      const response = await csv(t.api, body).expect(200);
      expect(response.body.errors).toEqual([{ line: 2, field: null, message: 'the row is longer than 1048576 bytes' }]);
      expect(response.body.rowsImported).toBe(1);
      expect(await count('medication_event', target.id)).toBe(1);
    });

    it.each([
      ['text/csv', 'record,patientId,kind,formulation,occurredOn\n', 'the row is longer than 1048576 bytes', 2],
      ['application/x-ndjson', '', 'the line is longer than 1048576 bytes', 1],
    ])('skips a single 64 MB line of %s and imports the row after it', async (type, head, message, line) => {
      const target = await t.newPatient();
      const row = missed(target.id);
      const tail =
        type === 'text/csv'
          ? `\n${[row.record, row.patientId, row.kind, row.formulation, row.occurredOn].join(',')}\n`
          : `\n${JSON.stringify(row)}\n`;
      const response = await t.api
        .post('/api/imports')
        .set('Content-Type', type)
        .send(fullBody(head, tail))
        .expect(200);
      expect(response.body).toEqual({
        rowsRead: 2,
        rowsImported: 1,
        errorCount: 1,
        errors: [{ line, field: null, message }],
      });
      expect(await count('medication_event', target.id)).toBe(1);
    });

    it('names the line of malformed CSV quoting and imports the other rows', async () => {
      const target = await t.newPatient();
      const row = (note: string) => `medication_event,${target.id},missed,oral,${daysAgo(1)},${note}`;
      const body = [
        'record,patientId,kind,formulation,occurredOn,note',
        row('"closed"early'),
        row('fine'),
        row('"open'),
      ];
      const response = await csv(t.api, body.join('\r\n')).expect(200);
      expect(response.body.errors).toEqual([
        { line: 2, field: null, message: 'a closing quote must be followed by a comma or the end of the row' },
        { line: 4, field: null, message: 'a quoted field is never closed' },
      ]);
      expect(await count('medication_event', target.id)).toBe(1);
    });

    it('names the field holding text the database cannot store, and imports the other rows', async () => {
      const target = await t.newPatient();
      const nul = await csv(
        t.api,
        `record,patientId,kind,formulation,occurredOn,note\nmedication_event,${target.id},missed,oral,${daysAgo(1)},a\u0000b`,
      ).expect(200);
      expect(nul.body.errors).toEqual([
        { line: 2, field: 'note', message: 'note must not contain NUL characters or unpaired surrogates' },
      ]);
      const json = await ndjson(t.api, [
        missed(target.id, { note: 'a\u0000b' }),
        `{"record":"medication_event","patientId":"${target.id}","kind":"missed","formulation":"oral","occurredOn":"${daysAgo(1)}","note":"\\ud800"}`,
        missed(target.id, { note: 'fine' }),
      ]).expect(200);
      expect(json.body.errors).toEqual([
        { line: 1, field: 'note', message: 'note must not contain NUL characters or unpaired surrogates' },
        { line: 2, field: 'note', message: 'note must not contain NUL characters or unpaired surrogates' },
      ]);
      expect(await count('medication_event', target.id)).toBe(1);
    });
  });

  it.each([
    ['application/json', '{"record":"medication_event"}'],
    ['text/plain', 'record\nmedication_event'],
    ['application/xml', '<rows/>'],
  ])('answers %s with 415, importing nothing', async (type, body) => {
    const response = await t.api.post('/api/imports').set('Content-Type', type).send(body).expect(415);
    expect(response.body).toMatchObject({ statusCode: 415, code: 'UNSUPPORTED_MEDIA_TYPE' });
  });

  it('keeps CSV and NDJSON bodies away from every other route', async () => {
    const response = await t.api
      .post(`/api/patients/${patient.id}/medication-events`)
      .set('Content-Type', 'text/csv')
      .send('kind\nmissed')
      .expect(415);
    expect(response.body.code).toBe('UNSUPPORTED_MEDIA_TYPE');
  });

  it('asks for a sign-in', async () => {
    await request(t.server).post('/api/imports').set('Content-Type', 'text/csv').send('record\n').expect(401);
  });
});

describe('POST /api/imports with IMPORT_MAX_LINE_BYTES', () => {
  it('takes a cap between 1 KiB and the 64 MB body, and refuses any other', () => {
    expect(validateConfig({}).importMaxLineBytes).toBe(1_048_576);
    expect(validateConfig({ IMPORT_MAX_LINE_BYTES: '1024' }).importMaxLineBytes).toBe(1_024);
    for (const wrong of ['1023', '67108865', 'lots']) {
      expect(() => validateConfig({ IMPORT_MAX_LINE_BYTES: wrong })).toThrow(/IMPORT_MAX_LINE_BYTES/);
    }
  });

  it('refuses a line longer than the cap set', async () => {
    const t = await createTestApp({ env: { IMPORT_MAX_LINE_BYTES: '1024' } });
    try {
      const patient = await t.newPatient();
      const row = JSON.stringify({
        record: 'medication_event',
        patientId: patient.id,
        kind: 'missed',
        formulation: 'oral',
        occurredOn: addDays(TEST_TODAY, -1),
      });
      const response = await t.api
        .post('/api/imports')
        .set('Content-Type', 'application/x-ndjson')
        .send(`${row.padEnd(1_024)}\n${row.padEnd(1_025)}\n`)
        .expect(200);
      expect(response.body).toEqual({
        rowsRead: 2,
        rowsImported: 1,
        errorCount: 1,
        errors: [{ line: 2, field: null, message: 'the line is longer than 1024 bytes' }],
      });
    } finally {
      await t.close();
    }
  });
});
