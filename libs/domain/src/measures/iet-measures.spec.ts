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

describe('ietEngagementMeasure (HEDIS IET)', () => {
  it('engages with two further services by day 33 or 34 of the episode, not with one on day 35', () => {
    expect(ietEngagementMeasure(enrolled([session(3), session(32), session(33)]), MARCH)).toEqual({
      inDenominator: true,
      inNumerator: true,
      value: 2,
      indexOn: INTAKE,
    });
    expect(ietEngagementMeasure(enrolled([session(3), session(33), session(34)]), MARCH)).toMatchObject({
      inNumerator: true,
      value: 2,
    });
    expect(ietEngagementMeasure(enrolled([session(3), session(34), session(35)]), MARCH)).toMatchObject({
      inNumerator: false,
      value: 1,
    });
  });

  it('counts naltrexone and sessions alike, but nothing on the initiation day itself', () => {
    expect(ietEngagementMeasure(enrolled([session(3), session(10)], [dispense(20)]), MARCH)).toMatchObject({
      inNumerator: true,
      value: 2,
    });
    expect(ietEngagementMeasure(enrolled([session(3), session(10)], [dispense(3)]), MARCH)).toMatchObject({
      inNumerator: false,
      value: 1,
    });
  });

  it('does not engage a patient who did not initiate within 14 days', () => {
    const late = enrolled([session(15), session(20), session(27)]);
    expect(ietEngagementMeasure(late, MARCH)).toEqual({
      inDenominator: true,
      inNumerator: false,
      value: null,
      indexOn: INTAKE,
    });
  });

  it('counts a patient once day 34 has come', () => {
    const patient = enrolled([session(3)]);
    expect(ietEngagementMeasure(patient, { ...MARCH, asOf: day(34) }).inDenominator).toBe(true);
    expect(ietEngagementMeasure(patient, { ...MARCH, asOf: day(33) })).toMatchObject({
      excludedBecause: 'follow_up_not_over',
    });
  });

  const sessionArb = fc
    .record({
      n: fc.integer({ min: -5, max: 45 }),
      status: fc.constantFrom(...SESSION_STATUSES),
      type: fc.constantFrom(...SESSION_TYPES),
    })
    .map(({ n, status, type }) => session(n, { status, type }));

  it('only engages patients it counts as initiated', () => {
    fc.assert(
      fc.property(
        fc.array(sessionArb, { maxLength: 12 }),
        fc.array(fc.integer({ min: -5, max: 45 }), { maxLength: 3 }),
        (sessions, doses) => {
          const patient = enrolled(sessions, doses.map(dispense));
          const engaged = ietEngagementMeasure(patient, MARCH);
          const initiated = ietInitiationMeasure(patient, MARCH);
          if (engaged.inDenominator && engaged.inNumerator) expect(initiated).toMatchObject({ inNumerator: true });
          if (initiated.inDenominator && !initiated.inNumerator) expect(engaged).toMatchObject({ value: null });
        },
      ),
    );
  });
});
