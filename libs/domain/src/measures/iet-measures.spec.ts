import fc from 'fast-check';
import { SESSION_STATUSES, SESSION_TYPES } from '../attendance.js';
import { addDays, type ClinicalDate } from '../clinical-date.js';
import type { MedicationEventInput } from '../medication.js';
import { ietEngagementMeasure, ietInitiationMeasure } from './iet-measures.js';
import type { MeasurePatient, MeasurePeriod, MeasureSession } from './measure-types.js';

const INTAKE = '2024-03-01';
/** Day 1 is the intake (the IESD). */
const day = (n: number): ClinicalDate => addDays(INTAKE, n - 1);
const session = (n: number, overrides: Partial<MeasureSession> = {}): MeasureSession => ({
  scheduledOn: day(n),
  status: 'attended',
  type: 'individual',
  ...overrides,
});
const intakeSession = session(1, { type: 'intake' });
const injection = (n: number): MedicationEventInput => ({
  kind: 'administered',
  formulation: 'xr_injection',
  occurredOn: day(n),
});
const dispense = (n: number): MedicationEventInput => ({
  kind: 'dispensed',
  formulation: 'oral',
  occurredOn: day(n),
  daysSupply: 30,
});

type IetPatient = Pick<MeasurePatient, 'birthDate' | 'enrolledOn' | 'medicationEvents' | 'sessions'>;
const enrolled = (sessions: MeasureSession[], medicationEvents: MedicationEventInput[] = []): IetPatient => ({
  birthDate: '1990-02-02',
  enrolledOn: INTAKE,
  sessions: [intakeSession, ...sessions],
  medicationEvents,
});
const MARCH: MeasurePeriod = { from: '2024-03-01', to: '2024-03-31', asOf: '2024-12-31' };

describe('ietInitiationMeasure (HEDIS IET)', () => {
  it('initiates with a session on day 13 or 14 after the intake, not on day 15', () => {
    expect(ietInitiationMeasure(enrolled([session(13)]), MARCH)).toEqual({
      inDenominator: true,
      inNumerator: true,
      value: 13,
      indexOn: INTAKE,
    });
    expect(ietInitiationMeasure(enrolled([session(14)]), MARCH)).toMatchObject({ inNumerator: true, value: 14 });
    expect(ietInitiationMeasure(enrolled([session(15)]), MARCH)).toMatchObject({ inNumerator: false, value: null });
  });

  it('does not count the intake itself, a no-show or a cancellation; counts a late arrival', () => {
    expect(ietInitiationMeasure(enrolled([]), MARCH)).toMatchObject({ inNumerator: false });
    const missed = [session(3, { status: 'no_show' }), session(5, { status: 'cancelled_by_patient' })];
    expect(ietInitiationMeasure(enrolled(missed), MARCH)).toMatchObject({ inNumerator: false });
    expect(ietInitiationMeasure(enrolled([session(5, { status: 'late' })]), MARCH)).toMatchObject({ value: 5 });
  });

  it('initiates with naltrexone, even on the day of the intake', () => {
    expect(ietInitiationMeasure(enrolled([], [dispense(1)]), MARCH)).toMatchObject({ inNumerator: true, value: 1 });
  });

  it('counts a patient 13 or older with an intake in the period once day 14 has come', () => {
    const patient = enrolled([session(3)]);
    expect(ietInitiationMeasure(patient, { ...MARCH, asOf: day(14) }).inDenominator).toBe(true);
    expect(ietInitiationMeasure(patient, { ...MARCH, asOf: day(13) })).toEqual({
      inDenominator: false,
      excludedBecause: 'follow_up_not_over',
    });
    expect(ietInitiationMeasure({ ...patient, birthDate: '2011-03-01' }, MARCH).inDenominator).toBe(true);
    expect(ietInitiationMeasure({ ...patient, birthDate: '2011-03-02' }, MARCH)).toMatchObject({
      excludedBecause: 'under_age',
    });
    expect(ietInitiationMeasure({ ...patient, enrolledOn: '2024-02-29' }, MARCH)).toMatchObject({
      excludedBecause: 'no_intake_in_period',
    });
  });
});

describe('ietEngagementMeasure (HEDIS IET MY2024/2025)', () => {
  it('engages with two further services by 34 days after the initiation day, not 35', () => {
    // Initiated on day 3: the window is days 4-37.
    expect(ietEngagementMeasure(enrolled([session(3), session(36), session(37)]), MARCH)).toEqual({
      inDenominator: true,
      inNumerator: true,
      value: 2,
      indexOn: INTAKE,
    });
    expect(ietEngagementMeasure(enrolled([session(3), session(37), session(38)]), MARCH)).toMatchObject({
      inNumerator: false,
      value: 1,
    });
    // Initiated on day 14: the window reaches day 48 of the episode.
    expect(ietEngagementMeasure(enrolled([session(14), session(40), session(48)]), MARCH)).toMatchObject({
      inNumerator: true,
      value: 2,
    });
    expect(ietEngagementMeasure(enrolled([session(14), session(40), session(49)]), MARCH)).toMatchObject({
      inNumerator: false,
      value: 1,
    });
  });

  it('counts the window from the day after initiation: nothing on the initiation day itself', () => {
    expect(ietEngagementMeasure(enrolled([session(3), session(4), session(5)]), MARCH)).toMatchObject({
      inNumerator: true,
      value: 2,
    });
    expect(ietEngagementMeasure(enrolled([session(3), session(10)], [dispense(3)]), MARCH)).toMatchObject({
      inNumerator: false,
      value: 1,
    });
  });

  it('counts naltrexone and sessions alike, and two services on one day as two', () => {
    expect(ietEngagementMeasure(enrolled([session(3), session(10)], [dispense(20)]), MARCH)).toMatchObject({
      inNumerator: true,
      value: 2,
    });
    expect(ietEngagementMeasure(enrolled([session(3), session(10)], [dispense(10)]), MARCH)).toMatchObject({
      inNumerator: true,
      value: 2,
    });
  });

  it('engages with one XR-NTX injection alone, the day after initiation through 34 days after it', () => {
    expect(ietEngagementMeasure(enrolled([session(3)], [injection(4)]), MARCH)).toEqual({
      inDenominator: true,
      inNumerator: true,
      value: 1,
      indexOn: INTAKE,
    });
    expect(ietEngagementMeasure(enrolled([session(3)], [injection(37)]), MARCH)).toMatchObject({
      inNumerator: true,
      value: 1,
    });
    expect(ietEngagementMeasure(enrolled([session(3)], [injection(38)]), MARCH)).toMatchObject({
      inNumerator: false,
      value: 0,
    });
    // An oral dispense is not long-acting: alone it is one service, not engagement.
    expect(ietEngagementMeasure(enrolled([session(3)], [dispense(4)]), MARCH)).toMatchObject({
      inNumerator: false,
      value: 1,
    });
  });

  it('does not count an injection on the initiation day itself as engagement', () => {
    // The injection on day 1 initiates; nothing follows it.
    expect(ietEngagementMeasure(enrolled([], [injection(1)]), MARCH)).toMatchObject({
      inNumerator: false,
      value: 0,
    });
    // A session initiates on day 3; an injection the same day is not after initiation.
    expect(ietEngagementMeasure(enrolled([session(3), session(20)], [injection(3)]), MARCH)).toMatchObject({
      inNumerator: false,
      value: 1,
    });
    // An injection that initiates, then another one later, engages.
    expect(ietEngagementMeasure(enrolled([], [injection(2), injection(30)]), MARCH)).toMatchObject({
      inNumerator: true,
      value: 1,
    });
  });

  it('ignores a kit dispensed or an injection refused: only an injection given is long-acting treatment', () => {
    const kit: MedicationEventInput = {
      kind: 'dispensed',
      formulation: 'xr_injection',
      occurredOn: day(5),
      daysSupply: 28,
    };
    const refused: MedicationEventInput = { kind: 'refused', formulation: 'xr_injection', occurredOn: day(6) };
    expect(ietEngagementMeasure(enrolled([session(3)], [kit, refused]), MARCH)).toMatchObject({
      inNumerator: false,
      value: 0,
    });
  });

  it('does not engage a patient who did not initiate within 14 days', () => {
    const late = enrolled([session(15), session(20), session(27)], [injection(16)]);
    expect(ietEngagementMeasure(late, MARCH)).toEqual({
      inDenominator: true,
      inNumerator: false,
      value: null,
      indexOn: INTAKE,
    });
  });

  it('counts every patient only once day 48 has come, however early they initiated', () => {
    const patient = enrolled([session(2), session(3), session(4)]);
    expect(ietEngagementMeasure(patient, { ...MARCH, asOf: day(48) })).toMatchObject({
      inDenominator: true,
      inNumerator: true,
    });
    expect(ietEngagementMeasure(patient, { ...MARCH, asOf: day(47) })).toEqual({
      inDenominator: false,
      excludedBecause: 'follow_up_not_over',
    });
  });

  const sessionArb = fc
    .record({
      n: fc.integer({ min: -5, max: 55 }),
      status: fc.constantFrom(...SESSION_STATUSES),
      type: fc.constantFrom(...SESSION_TYPES),
    })
    .map(({ n, status, type }) => session(n, { status, type }));

  it('only engages patients it counts as initiated', () => {
    fc.assert(
      fc.property(
        fc.array(sessionArb, { maxLength: 12 }),
        fc.array(fc.tuple(fc.integer({ min: -5, max: 55 }), fc.boolean()), { maxLength: 3 }),
        (sessions, doses) => {
          const patient = enrolled(
            sessions,
            doses.map(([n, injected]) => (injected ? injection(n) : dispense(n))),
          );
          const engaged = ietEngagementMeasure(patient, MARCH);
          const initiated = ietInitiationMeasure(patient, MARCH);
          if (engaged.inDenominator && engaged.inNumerator) expect(initiated).toMatchObject({ inNumerator: true });
          if (initiated.inDenominator && !initiated.inNumerator) expect(engaged).toMatchObject({ value: null });
        },
      ),
    );
  });
});
