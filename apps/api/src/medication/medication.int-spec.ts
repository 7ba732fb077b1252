import { addDays, DEFAULT_CLINICAL_SETTINGS } from '@naltrack/domain';
import { createTestApp, type TestApp } from '../../test/test-app.js';
import { TEST_TODAY } from '../../test/test-clock.js';
import { rebuildPatientSummary } from '../caseload/rebuild-patient-summary.js';
import { Patient } from '../patients/patient.entity.js';

describe('naltrexone starts, medication events and adherence', () => {
  let t: TestApp;
  const today = TEST_TODAY;
  const daysAgo = (n: number) => addDays(today, -n);

  const count = async (table: string, patientId: string) =>
    Number((await t.dataSource.query(`SELECT COUNT(*) AS n FROM ${table} WHERE patient_id = $1`, [patientId]))[0].n);

  beforeAll(async () => {
    t = await createTestApp();
  });

  afterAll(() => t.close());

  describe('POST /api/patients/:id/naltrexone-starts', () => {
    it('refuses an OUD start with every unmet prerequisite listed, storing nothing', async () => {
      const patient = await t.newPatient({ diagnoses: ['OUD'], status: 'referred' });
      const response = await t.api
        .post(`/api/patients/${patient.id}/naltrexone-starts`)
        .send({
          formulation: 'oral',
          doseMg: 50,
          startedOn: today,
          lastOpioidUseOn: daysAgo(3),
          opioidScreen: 'positive',
          naloxoneChallenge: 'positive',
        })
        .expect(422);
      expect(response.body.code).toBe('INDUCTION_PREREQUISITES_NOT_MET');
      expect(response.body.details.failures.map((f: { rule: string }) => f.rule).sort()).toEqual([
        'liver_function',
        'naloxone_challenge',
        'opioid_free_days',
        'opioid_screen',
      ]);
      expect(await count('naltrexone_start', patient.id)).toBe(0);
      expect((await t.dataSource.getRepository(Patient).findOneByOrFail({ id: patient.id })).status).toBe('referred');
    });

    it('needs 14 whole opioid-free days after methadone, 7 otherwise', async () => {
      const patient = await t.newPatient({ diagnoses: ['OUD'] });
      // Last use 8 days ago: 7 whole days between it and today.
      const body = { formulation: 'xr_injection', doseMg: 380, startedOn: today, lastOpioidUseOn: daysAgo(8) };
      const afterMethadone = await t.api
        .post(`/api/patients/${patient.id}/naltrexone-starts`)
        .send({ ...body, priorAgonist: 'methadone' })
        .expect(422);
      expect(afterMethadone.body.details.failures).toEqual([
        {
          rule: 'opioid_free_days',
          message: `7 opioid-free days before the start (last use ${daysAgo(8)}); 14 needed after methadone.`,
        },
      ]);
      await t.api.post(`/api/patients/${patient.id}/naltrexone-starts`).send(body).expect(201);
    });

    it('refuses an AUD patient on methadone 10 days after last use, like an OUD patient', async () => {
      const patient = await t.newPatient({ diagnoses: ['AUD'], status: 'referred' });
      const response = await t.api
        .post(`/api/patients/${patient.id}/naltrexone-starts`)
        .send({
          formulation: 'xr_injection',
          doseMg: 380,
          startedOn: today,
          lastOpioidUseOn: daysAgo(10),
          priorAgonist: 'methadone',
        })
        .expect(422);
      expect(response.body.code).toBe('INDUCTION_PREREQUISITES_NOT_MET');
      expect(response.body.details.failures).toEqual([
        {
          rule: 'opioid_free_days',
          message: `9 opioid-free days before the start (last use ${daysAgo(10)}); 14 needed after methadone.`,
        },
      ]);
      expect(response.body.message).toContain('9 opioid-free days');
      expect(await count('naltrexone_start', patient.id)).toBe(0);
    });

    it('refuses a start when the record shows a positive fentanyl screen the form did not mention', async () => {
      const patient = await t.newPatient({ diagnoses: ['OUD'], status: 'referred' });
      await t.api
        .post(`/api/patients/${patient.id}/observations`)
        .send({ kind: 'uds', observedOn: daysAgo(4), results: { fentanyl: 'positive', cocaine: 'negative' } })
        .expect(201);
      const response = await t.api
        .post(`/api/patients/${patient.id}/naltrexone-starts`)
        .send({
          formulation: 'xr_injection',
          doseMg: 380,
          startedOn: today,
          lastOpioidUseOn: daysAgo(20),
          opioidScreen: 'not_done',
        })
        .expect(422);
      expect(response.body.details.failures).toEqual([
        {
          rule: 'opioid_free_days',
          message: `3 opioid-free days before the start (last use recorded ${daysAgo(4)}: positive fentanyl screen); 7 needed.`,
        },
        {
          rule: 'opioid_screen',
          message: `An opioid drug screen in the record is positive (recorded ${daysAgo(4)}: positive fentanyl screen); naltrexone would precipitate withdrawal.`,
        },
      ]);
      expect(await count('naltrexone_start', patient.id)).toBe(0);
    });

    it('asks an AUD patient for the date of last use when the record shows a newly listed opioid', async () => {
      const patient = await t.newPatient({ diagnoses: ['AUD'], status: 'referred' });
      await t.api
        .post(`/api/patients/${patient.id}/observations`)
        .send({ kind: 'uds', observedOn: daysAgo(3), results: { oxycodone: 'positive', heroin: 'negative' } })
        .expect(201);
      await t.api
        .post(`/api/patients/${patient.id}/observations`)
        .send({ kind: 'self_reported_use', observedOn: daysAgo(3), substance: 'Heroin', value: 1 })
        .expect(201);
      const response = await t.api
        .post(`/api/patients/${patient.id}/naltrexone-starts`)
        .send({ formulation: 'xr_injection', doseMg: 380, startedOn: today })
        .expect(422);
      expect(response.body.details.failures).toEqual([
        {
          rule: 'opioid_free_days',
          message: `The date of last opioid use is required when the record shows opioid use (recorded ${daysAgo(3)}: positive oxycodone screen; self-reported heroin use; 7 opioid-free days needed).`,
        },
        {
          rule: 'opioid_screen',
          message: `An opioid drug screen in the record is positive (recorded ${daysAgo(3)}: positive oxycodone screen); naltrexone would precipitate withdrawal.`,
        },
      ]);
    });

    it('starts an AUD patient with no opioid history without a date of last use', async () => {
      const patient = await t.newPatient({ diagnoses: ['AUD'], status: 'referred' });
      // A screen negative for opioids and an alcohol self-report are no opioid use.
      await t.api
        .post(`/api/patients/${patient.id}/observations`)
        .send({ kind: 'uds', observedOn: daysAgo(2), results: { opioids: 'negative', alcohol: 'positive' } })
        .expect(201);
      await t.api
        .post(`/api/patients/${patient.id}/observations`)
        .send({ kind: 'self_reported_use', observedOn: daysAgo(2), substance: 'alcohol', value: 6 })
        .expect(201);
      await t.api
        .post(`/api/patients/${patient.id}/naltrexone-starts`)
        .send({ formulation: 'xr_injection', doseMg: 380, startedOn: today })
        .expect(201);
    });

    it('records an overridden start with its reason and the failures it overrode', async () => {
      const patient = await t.newPatient({ diagnoses: ['OUD'], status: 'referred' });
      const response = await t.api
        .post(`/api/patients/${patient.id}/naltrexone-starts`)
        .send({
          formulation: 'xr_injection',
          doseMg: 380,
          startedOn: today,
          lastOpioidUseOn: daysAgo(5),
          overrideReason: 'Negative naloxone challenge in clinic; high overdose risk if delayed.',
        })
        .expect(201);
      expect(response.body).toMatchObject({
        overridden: true,
        overriddenFailures: [{ rule: 'opioid_free_days' }],
        overrideReason: expect.stringContaining('naloxone'),
      });
      const read = await t.api.get(`/api/patients/${patient.id}`).expect(200);
      expect(read.body).toMatchObject({ status: 'active', metrics: { formulation: 'xr_injection', startedOn: today } });
    });

    it('marks a start after discontinuation as a re-induction', async () => {
      const patient = await t.newPatient({ diagnoses: ['AUD'], status: 'discontinued' });
      const response = await t.api
        .post(`/api/patients/${patient.id}/naltrexone-starts`)
        .send({ formulation: 'xr_injection', doseMg: 380, startedOn: today })
        .expect(201);
      expect(response.body.isReinduction).toBe(true);
    });

    it.each([
      ['a future start', { startedOn: addDays(today, 1) }, 'startedOn'],
      ['last use after the start', { lastOpioidUseOn: addDays(today, 0), startedOn: daysAgo(1) }, 'lastOpioidUseOn'],
      ['an unknown formulation', { formulation: 'patch' }, 'formulation'],
      ['a zero dose', { doseMg: 0 }, 'doseMg'],
      ['incomplete liver tests', { lft: { alt: 30 } }, 'lft.ast'],
      ['a too short override reason', { overrideReason: 'because' }, 'overrideReason'],
    ])('refuses %s with a 400 naming the field', async (_case, change, field) => {
      const patient = await t.newPatient({ diagnoses: ['AUD'] });
      const response = await t.api
        .post(`/api/patients/${patient.id}/naltrexone-starts`)
        .send({ formulation: 'xr_injection', doseMg: 380, startedOn: today, ...change })
        .expect(400);
      expect(response.body.details.fields.map((f: { field: string }) => f.field)).toContain(field);
      expect(await count('naltrexone_start', patient.id)).toBe(0);
    });
  });

  describe('POST /api/patients/:id/medication-events', () => {
    it('covers 28 days with an injection: due date, metrics and adherence follow', async () => {
      const patient = await t.newPatient({ diagnoses: ['AUD'] });
      await t.api
        .post(`/api/patients/${patient.id}/naltrexone-starts`)
        .send({ formulation: 'xr_injection', doseMg: 380, startedOn: daysAgo(10) })
        .expect(201);
      await t.api
        .post(`/api/patients/${patient.id}/medication-events`)
        .send({
          kind: 'administered',
          formulation: 'xr_injection',
          occurredOn: daysAgo(10),
          lot: 'A123',
          site: 'left gluteal',
        })
        .expect(201);

      const read = await t.api.get(`/api/patients/${patient.id}`).expect(200);
      expect(read.body.metrics).toMatchObject({
        pdc30: 1,
        injection: { lastOn: daysAgo(10), dueOn: addDays(daysAgo(10), 28), status: 'on_time' },
        flags: [],
      });

      const adherence = await t.api
        .get(`/api/patients/${patient.id}/adherence`)
        .query({ from: daysAgo(40), to: today })
        .expect(200);
      expect(adherence.body).toMatchObject({
        pdc: 1,
        coveredDays: 11,
        periodDays: 11,
        firstFillOn: daysAgo(10),
        gaps: [],
      });
    });

    it('shifts overlapping dispenses forward and reports gaps of 8 days or more (PQA)', async () => {
      const patient = await t.newPatient({ diagnoses: ['AUD'] });
      const dispense = (occurredOn: string, daysSupply: number) =>
        t.api
          .post(`/api/patients/${patient.id}/medication-events`)
          .send({ kind: 'dispensed', formulation: 'oral', occurredOn, daysSupply, doseMg: 50 })
          .expect(201);
      // 10 + 10 days from day 0 (the second shifts to days 10-19), then nothing for 10 days, then 10 more.
      await dispense(daysAgo(39), 10);
      await dispense(daysAgo(35), 10);
      await dispense(daysAgo(9), 10);

      const adherence = await t.api
        .get(`/api/patients/${patient.id}/adherence`)
        .query({ from: daysAgo(39), to: today })
        .expect(200);
      expect(adherence.body).toMatchObject({
        periodDays: 40,
        coveredDays: 30,
        pdc: 0.75,
        adherent: false,
        gaps: [{ from: daysAgo(19), to: daysAgo(10), days: 10 }],
      });
    });

    it.each([
      ['a future day', { occurredOn: addDays(today, 1) }, 'occurredOn'],
      ['a dispense without days of supply', { daysSupply: undefined }, 'daysSupply'],
      ['a negative supply', { daysSupply: -5 }, 'daysSupply'],
      ['an absurd supply', { daysSupply: 1000 }, 'daysSupply'],
      ['a fractional supply', { daysSupply: 2.5 }, 'daysSupply'],
      ['an injection lot on an oral dispense', { lot: 'A1' }, 'lot'],
      ['observed on a dispense', { observed: true }, 'observed'],
      ['an unknown kind', { kind: 'stolen' }, 'kind'],
      ['an unknown field', { pharmacy: 'Main St' }, 'pharmacy'],
      ['a server-owned field', { patientId: '6c1ce0c6-7a9e-4d38-8a43-9a3e1d53e7c8' }, 'patientId'],
    ])('refuses %s with a 400 naming the field, storing nothing', async (_case, change, field) => {
      const patient = await t.newPatient();
      const response = await t.api
        .post(`/api/patients/${patient.id}/medication-events`)
        .send({ kind: 'dispensed', formulation: 'oral', occurredOn: today, daysSupply: 30, ...change })
        .expect(400);
      expect(response.body.details.fields.map((f: { field: string }) => f.field)).toContain(field);
      expect(await count('medication_event', patient.id)).toBe(0);
    });

    it('refuses daysSupply on an injection and answers 404 for an unknown patient', async () => {
      const patient = await t.newPatient();
      const response = await t.api
        .post(`/api/patients/${patient.id}/medication-events`)
        .send({ kind: 'administered', formulation: 'xr_injection', occurredOn: today, daysSupply: 28 })
        .expect(400);
      expect(response.body.details.fields).toEqual([
        { field: 'daysSupply', messages: ['daysSupply is only allowed for a dispense'] },
      ]);
      await t.api
        .post('/api/patients/6c1ce0c6-7a9e-4d38-8a43-9a3e1d53e7c8/medication-events')
        .send({ kind: 'taken', formulation: 'oral', occurredOn: today })
        .expect(404);
    });

    it('answers a period that ends before it starts with a 400 naming from', async () => {
      const patient = await t.newPatient();
      const response = await t.api
        .get(`/api/patients/${patient.id}/adherence`)
        .query({ from: today, to: daysAgo(1) })
        .expect(400);
      expect(response.body.details.fields[0].field).toBe('from');
    });
  });

  it('keeps the caseload row exact under 50 parallel events for one patient', async () => {
    const patient = await t.newPatient({ diagnoses: ['AUD'] });
    await t.api
      .post(`/api/patients/${patient.id}/naltrexone-starts`)
      .send({
        formulation: 'oral',
        doseMg: 50,
        startedOn: daysAgo(60),
        lft: { alt: 20, ast: 20, uln: 40, bilirubinNormal: true },
      })
      .expect(201);

    const responses = await Promise.all(
      Array.from({ length: 50 }, (_, i) =>
        t.api
          .post(`/api/patients/${patient.id}/medication-events`)
          .send({ kind: 'taken', formulation: 'oral', occurredOn: daysAgo(i), observed: i % 2 === 0 }),
      ),
    );
    expect(responses.map((r) => r.status)).toEqual(Array(50).fill(201));
    expect(await count('medication_event', patient.id)).toBe(50);

    const stored = await t.dataSource.query('SELECT * FROM patient_summary WHERE patient_id = $1', [patient.id]);
    const fresh = await t.dataSource.transaction(async (manager) => {
      await rebuildPatientSummary(manager, patient.id, today, DEFAULT_CLINICAL_SETTINGS);
      return manager.query('SELECT * FROM patient_summary WHERE patient_id = $1', [patient.id]);
    });
    const withoutTime = ({ updated_at: _, ...row }: Record<string, unknown>) => row;
    expect(withoutTime(stored[0])).toEqual(withoutTime(fresh[0]));
    const row = await t.dataSource.query(
      'SELECT pdc30::float AS pdc30, last_dose_on::text AS last_dose_on FROM patient_summary WHERE patient_id = $1',
      [patient.id],
    );
    expect(row).toEqual([{ pdc30: 1, last_dose_on: today }]);
  });
});
