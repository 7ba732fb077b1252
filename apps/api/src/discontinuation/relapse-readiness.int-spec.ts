import { addDays, type ClinicalDate } from '@naltrack/domain';
import { type ApiClient, createTestApp, type TestApp } from '../../test/test-app.js';
import { TEST_TODAY } from '../../test/test-clock.js';

/**
 * The safety case of relapse episodes: readiness for discontinuation counts from the last day of
 * use, so a relapse that began long ago and has not stopped is never "relapse-free".
 */
describe('relapse episodes in readiness and tapers', () => {
  let t: TestApp;
  const today = TEST_TODAY;
  const daysAgo = (n: number) => addDays(today, -n);
  const startedOn = daysAgo(200);

  beforeAll(async () => {
    t = await createTestApp();
  });

  afterAll(() => t.close());

  /** An OUD patient on oral naltrexone for 200 days, in a team with a proposer and both approvers. */
  async function oudPatient() {
    const team = await t.newCareTeam();
    const patient = await t.newPatient({ careTeamId: team.id, diagnoses: ['OUD'], status: 'active' });
    await t.dataSource.query(
      `INSERT INTO naltrexone_start (patient_id, formulation, dose_mg, started_on) VALUES ($1, 'oral', 50, $2)`,
      [patient.id, startedOn],
    );
    const [proposer, prescriber, therapist] = await Promise.all([
      t.as(['nurse'], [team.id]),
      t.as(['prescriber'], [team.id]),
      t.as(['therapist'], [team.id]),
    ]);
    return { patient, proposer, prescriber, therapist };
  }

  /**
   * A urine opioid screen every week of the course up to today, as the screening schedule expects:
   * positive on the given days, otherwise one negative screen on the week's second day.
   */
  async function screenWeekly(patientId: string, positiveOn: readonly ClinicalDate[]) {
    for (let first = startedOn; first < today; first = addDays(first, 7)) {
      const last = addDays(first, 6);
      const positives = positiveOn.filter((day) => day >= first && day <= last);
      const screens = positives.length > 0 ? positives : [addDays(first, 1)];
      for (const observedOn of screens) {
        await t.api
          .post(`/api/patients/${patientId}/observations`)
          .send({
            kind: 'uds',
            observedOn,
            results: { opioids: positives.includes(observedOn) ? 'positive' : 'negative' },
          })
          .expect(201);
      }
    }
  }

  const propose = (client: ApiClient, patientId: string) =>
    client
      .post(`/api/patients/${patientId}/discontinuation-requests`)
      .send({
        kind: 'taper',
        reasonCode: 'clinical_stability',
        reason: 'Asks to stop after seven months.',
        effectiveOn: addDays(today, 30),
        plan: [
          { startsOn: addDays(today, 1), doseMg: 25 },
          { startsOn: addDays(today, 15), doseMg: 12.5 },
        ],
      })
      .expect(201);
  const relapseFree = (request: { readiness: { items: { id: string }[] } }) =>
    request.readiness.items.find((item) => item.id === 'relapse_free');
  const metricsOf = async (patientId: string) =>
    (await t.api.get(`/api/patients/${patientId}`).expect(200)).body.metrics;

  it('an opioid relapse that began 115 days ago and goes on is not relapse-free, and raises the taper alert', async () => {
    const { patient, proposer, prescriber, therapist } = await oudPatient();
    // Positive every week from day 85 of the course (115 days ago) to 3 days ago.
    const positiveOn: ClinicalDate[] = [];
    for (let day = addDays(startedOn, 85); day <= today; day = addDays(day, 7)) positiveOn.push(day);
    expect(positiveOn[0]).toBe(daysAgo(115));
    expect(positiveOn.at(-1)).toBe(daysAgo(3));
    await screenWeekly(patient.id, positiveOn);

    const relapses = await t.api.get(`/api/patients/${patient.id}/relapses`).expect(200);
    expect(relapses.body).toEqual([
      expect.objectContaining({
        onsetOn: daysAgo(115),
        lastUseOn: daysAgo(3),
        endedOn: null,
        ongoing: true,
        detectedOn: daysAgo(94),
        rule: 'xbot_4_weeks',
        substance: 'opioids',
      }),
    ]);
    expect(await metricsOf(patient.id)).toMatchObject({
      lastRelapseOn: daysAgo(115),
      lastRelapseUseOn: daysAgo(3),
      relapseOngoing: true,
    });

    const proposed = await propose(proposer, patient.id);
    expect(relapseFree(proposed.body)).toMatchObject({ met: false, value: 'relapse ongoing' });
    expect(proposed.body.readiness.ready).toBe(false);

    const id = proposed.body.id;
    for (const approver of [prescriber, therapist]) {
      await approver
        .post(`/api/discontinuation-requests/${id}/decisions`)
        .send({ decision: 'approve', comment: 'Agreed with the patient' })
        .expect(201);
    }
    expect((await t.api.get(`/api/discontinuation-requests/${id}`).expect(200)).body.relapseAlert).toBe(false);
    expect((await metricsOf(patient.id)).flags).not.toContain('relapse_during_taper');

    // The relapse is ongoing when the taper begins.
    const started = await prescriber.post(`/api/discontinuation-requests/${id}/start`).expect(200);
    expect(started.body).toMatchObject({ status: 'in_taper', relapseAlert: true });
    expect((await metricsOf(patient.id)).flags).toContain('relapse_during_taper');
  });

  it.each([
    [89, false],
    [90, true],
    [91, true],
  ])('a relapse whose last use was %i days ago and has ended: relapse-free %s', async (lastUseDaysAgo, met) => {
    const { patient, proposer } = await oudPatient();
    const lastUseOn = daysAgo(lastUseDaysAgo);
    // Four weeks in a row positive, ending on the last use; negative every other week.
    await screenWeekly(
      patient.id,
      [21, 14, 7, 0].map((before) => addDays(lastUseOn, -before)),
    );

    const relapses = await t.api.get(`/api/patients/${patient.id}/relapses`).expect(200);
    expect(relapses.body).toEqual([
      expect.objectContaining({
        onsetOn: addDays(lastUseOn, -21),
        lastUseOn,
        endedOn: addDays(lastUseOn, 14),
        ongoing: false,
      }),
    ]);
    expect(await metricsOf(patient.id)).toMatchObject({ lastRelapseUseOn: lastUseOn, relapseOngoing: false });

    const proposed = await propose(proposer, patient.id);
    expect(relapseFree(proposed.body)).toMatchObject({ met, value: lastUseDaysAgo });
  });
});
