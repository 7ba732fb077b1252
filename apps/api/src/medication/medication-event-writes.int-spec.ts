import { jest } from '@jest/globals';
import { addDays, DEFAULT_CLINICAL_SETTINGS } from '@naltrack/domain';
import type { DataSource } from 'typeorm';
import { createTestApp, type TestApp } from '../../test/test-app.js';
import { TEST_TODAY } from '../../test/test-clock.js';
import { PatientSummaryRow } from '../caseload/patient-summary.entity.js';
import { rebuildPatientSummary } from '../caseload/rebuild-patient-summary.js';
import { ApiException } from '../common/errors/api-exception.js';
import type { NewMedicationEvent } from './insert-medication-event.js';
import { MedicationEventWrites } from './medication-event-writes.js';

describe('medication events written in groups', () => {
  let t: TestApp;
  let writes: MedicationEventWrites;
  const today = TEST_TODAY;
  /** The event loop's next turn: writes asked before it have started, those asked after wait. */
  const turn = () => new Promise((resolve) => setImmediate(resolve));

  const dose = (patientId: string, overrides: Partial<NewMedicationEvent> = {}): NewMedicationEvent => ({
    patientId,
    kind: 'taken',
    formulation: 'oral',
    occurredOn: today,
    daysSupply: null,
    doseMg: 50,
    observed: true,
    lot: null,
    site: null,
    note: null,
    recordedBy: null,
    ...overrides,
  });

  /** The transactions that inserted these events: rows inserted by one share its id. */
  const transactionsOf = async (eventIds: string[]) =>
    Number(
      (
        await t.dataSource.query(
          'SELECT COUNT(DISTINCT xmin::text) AS n FROM medication_event WHERE id = ANY($1::uuid[])',
          [eventIds],
        )
      )[0].n,
    );

  const summaryOf = (patientId: string) => t.dataSource.getRepository(PatientSummaryRow).findOneByOrFail({ patientId });

  /**
   * The caseload row as written, against one rebuilt now from every record and stored the same
   * way (its PDCs rounded to the column's four places): they must agree.
   */
  const expectRowRebuilt = async (patientId: string) => {
    const { updatedAt: _written, ...written } = await summaryOf(patientId);
    await t.dataSource.transaction((manager) =>
      rebuildPatientSummary(manager, patientId, today, DEFAULT_CLINICAL_SETTINGS),
    );
    const { updatedAt: _rebuilt, ...rebuilt } = await summaryOf(patientId);
    expect(written).toEqual(rebuilt);
  };

  beforeAll(async () => {
    t = await createTestApp();
    writes = t.app.get(MedicationEventWrites);
  });

  afterAll(() => t.close());

  it('writes doses that arrive together in one transaction, each to its own answer and every caseload row exact', async () => {
    const patients = await Promise.all([1, 2, 3, 4].map(() => t.newPatient({ status: 'active' })));
    const burst = Array.from({ length: 12 }, (_, i) => {
      const patient = patients[i % 4];
      if (!patient) throw new Error('no patient');
      return dose(patient.id, { occurredOn: addDays(today, -(i % 5)), doseMg: 25 + i });
    });
    const stored = await Promise.all(burst.map((event) => writes.record(event)));

    expect(stored.map((event) => [event.patientId, event.occurredOn, event.doseMg])).toEqual(
      burst.map((event) => [event.patientId, event.occurredOn, event.doseMg]),
    );
    // Half of them would fill one of the two slots, but a patient's doses go in one group, and
    // the first six name all four patients.
    expect(await transactionsOf(stored.map((event) => event.id))).toBe(1);
    for (const patient of patients) {
      await expectRowRebuilt(patient.id);
      const days = burst.filter((event) => event.patientId === patient.id).map((event) => event.occurredOn);
      expect((await summaryOf(patient.id)).lastDoseOn).toBe(days.sort().at(-1));
    }
  });

  it('has doses that come while both slots are busy wait, then go as one group', async () => {
    const patients = await Promise.all([1, 2, 3, 4, 5, 6].map(() => t.newPatient({ status: 'active' })));
    const [p1, p2, ...others] = patients.map((patient) => patient.id) as [string, string, ...string[]];
    // One dose takes each slot; the ten after them are for the four other patients, whose locks
    // no slot holds.
    const first = writes.record(dose(p1));
    await turn();
    const second = writes.record(dose(p2));
    await turn();
    const rest = Array.from({ length: 10 }, (_, i) =>
      writes.record(dose(others[i % others.length] as string, { occurredOn: addDays(today, -(i % 5)) })),
    );
    const stored = await Promise.all([first, second, ...rest]);

    expect(await transactionsOf(stored.map((event) => event.id))).toBe(3);
    for (const patient of patients) await expectRowRebuilt(patient.id);
  });

  it('refuses a dose of a group on its own: a day in the future, a patient that does not exist', async () => {
    const [a, b] = await Promise.all([t.newPatient({ status: 'active' }), t.newPatient({ status: 'active' })]);
    if (!a || !b) throw new Error('no patient');
    const answers = await Promise.allSettled([
      writes.record(dose(a.id)),
      writes.record(dose(b.id)),
      writes.record(dose(a.id, { occurredOn: addDays(today, 1) })),
      writes.record(dose('00000000-0000-4000-8000-000000000000')),
      writes.record(dose(b.id, { occurredOn: addDays(today, -1) })),
    ]);

    expect(answers.map((answer) => answer.status)).toEqual([
      'fulfilled',
      'fulfilled',
      'rejected',
      'rejected',
      'fulfilled',
    ]);
    const [future, missing] = answers.flatMap((answer) => (answer.status === 'rejected' ? [answer.reason] : []));
    expect(future).toBeInstanceOf(ApiException);
    expect((future as ApiException).getStatus()).toBe(400);
    expect((future as ApiException).details).toEqual({
      fields: [{ field: 'occurredOn', messages: ['occurredOn must not be in the future'] }],
    });
    expect((missing as ApiException).getStatus()).toBe(404);
    const rows: { occurred_on: string }[] = await t.dataSource.query(
      `SELECT occurred_on::text FROM medication_event WHERE patient_id = $1 ORDER BY occurred_on`,
      [a.id],
    );
    expect(rows).toEqual([{ occurred_on: today }]);
  });

  it('never waits for a patient another transaction holds: that dose waits alone, the others commit', async () => {
    const [held, first, second, third, fourth] = await Promise.all(
      [1, 2, 3, 4, 5].map(() => t.newPatient({ status: 'active' })),
    );
    if (!held || !first || !second || !third || !fourth) throw new Error('no patient');
    // Row locks need two sessions: a server has them; the embedded database runs every connection
    // in its one session (and the app on one connection), where nothing can hold a patient.
    const holder = process.env.TEST_DATABASE_URL ? t.dataSource.createQueryRunner() : null;
    await holder?.startTransaction();
    try {
      await holder?.query('SELECT 1 FROM patient WHERE id = $1 FOR UPDATE', [held.id]);
      let heldDone = false;
      // The five arrive together and share the two slots; a group hands the held patient's dose on.
      const before = [writes.record(dose(first.id)), writes.record(dose(second.id))];
      const waiting = writes.record(dose(held.id)).then((event) => {
        heldDone = true;
        return event;
      });
      const after = [writes.record(dose(third.id)), writes.record(dose(fourth.id))];
      await Promise.all([...before, ...after]);
      if (holder) {
        expect(heldDone).toBe(false);
        await holder.commitTransaction();
      }
      const event = await waiting;
      expect(event.patientId).toBe(held.id);
      await expectRowRebuilt(held.id);
    } finally {
      if (holder?.isTransactionActive) await holder.rollbackTransaction();
      await holder?.release();
    }
  });

  it('writes each dose of a group the database refused alone, so only the refused one fails', async () => {
    const patients = await Promise.all([1, 2, 3, 4].map(() => t.newPatient({ status: 'active' })));
    const [p1, p2, p3, p4] = patients.map((patient) => patient.id) as [string, string, string, string];
    const answers = await Promise.allSettled([
      writes.record(dose(p1)),
      writes.record(dose(p2)),
      writes.record(dose(p3, { kind: 'dispensed', daysSupply: 30 })),
      // The database's own check refuses this one: its group's transaction rolls back.
      writes.record(dose(p4, { kind: 'dispensed', daysSupply: 0 })),
    ]);

    expect(answers.map((answer) => answer.status)).toEqual(['fulfilled', 'fulfilled', 'fulfilled', 'rejected']);
    const counts: { patient_id: string; n: number }[] = await t.dataSource.query(
      'SELECT patient_id, COUNT(*)::int AS n FROM medication_event WHERE patient_id = ANY($1::uuid[]) GROUP BY patient_id',
      [[p1, p2, p3, p4]],
    );
    expect(Object.fromEntries(counts.map((c) => [c.patient_id, c.n]))).toEqual({ [p1]: 1, [p2]: 1, [p3]: 1 });
    await expectRowRebuilt(p3);
  });

  it('fails every dose of a group whose connection was lost, without writing them again', async () => {
    const patients = await Promise.all([1, 2, 3, 4, 5].map(() => t.newPatient({ status: 'active' })));
    const [p1, p2, ...others] = patients.map((patient) => patient.id) as [string, string, ...string[]];
    const lost = new Error('Connection terminated unexpectedly');
    // The two doses alone open the two slots' transactions; the group opens the third, whose
    // connection the network drops (it may have committed: writing again could record it twice).
    const transaction = t.dataSource.transaction;
    let opened = 0;
    const spy = jest.spyOn(t.dataSource, 'transaction').mockImplementation(((...args: unknown[]) => {
      opened++;
      return opened === 3 ? Promise.reject(lost) : Reflect.apply(transaction, t.dataSource, args);
    }) as unknown as DataSource['transaction']);
    try {
      const alone = [writes.record(dose(p1))];
      await turn();
      alone.push(writes.record(dose(p2)));
      await turn();
      const grouped = others.map((id) => writes.record(dose(id)));
      const answers = await Promise.allSettled([...alone, ...grouped]);
      expect(answers.map((answer) => answer.status)).toEqual([
        'fulfilled',
        'fulfilled',
        'rejected',
        'rejected',
        'rejected',
      ]);
      expect(answers.slice(2).map((answer) => answer.status === 'rejected' && answer.reason)).toEqual([
        lost,
        lost,
        lost,
      ]);
      expect(opened).toBe(3);
    } finally {
      spy.mockRestore();
    }
    const [written]: { n: number }[] = await t.dataSource.query(
      'SELECT COUNT(*)::int AS n FROM medication_event WHERE patient_id = ANY($1::uuid[])',
      [others],
    );
    expect(written?.n).toBe(0);
  });

  it('answers concurrent POSTs each with its own dose, as one at a time would', async () => {
    const patient = await t.newPatient({ status: 'active' });
    const days = [0, 1, 2, 3, 4, 5, 6, 7].map((n) => addDays(today, -n));
    const responses = await Promise.all(
      days.map((occurredOn) =>
        t.api
          .post(`/api/patients/${patient.id}/medication-events`)
          .send({ kind: 'taken', formulation: 'oral', occurredOn, doseMg: 50, observed: true }),
      ),
    );
    expect(responses.map((r) => r.status)).toEqual(days.map(() => 201));
    expect(responses.map((r) => r.body.occurredOn)).toEqual(days);
    expect(new Set(responses.map((r) => r.body.id)).size).toBe(days.length);
    await expectRowRebuilt(patient.id);
    expect((await summaryOf(patient.id)).pdc30).not.toBeNull();
  });
});
