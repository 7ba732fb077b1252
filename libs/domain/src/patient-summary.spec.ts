import fc from 'fast-check';
import { SESSION_STATUSES } from './attendance.js';
import { addDays } from './clinical-date.js';
import { FORMULATIONS, MEDICATION_EVENT_KINDS, type MedicationEventInput } from './medication.js';
import {
  type PatientSummaryInput,
  type SummaryObservation,
  type SummarySession,
  summarizePatient,
} from './patient-summary.js';

const injection = (occurredOn: string): MedicationEventInput => ({
  kind: 'administered',
  formulation: 'xr_injection',
  occurredOn,
});
const session = (scheduledOn: string, status: SummarySession['status']): SummarySession => ({
  scheduledOn,
  scheduledAt: `${scheduledOn}T14:00:00Z`,
  status,
});
const opioidPositive = (observedOn: string): SummaryObservation => ({
  kind: 'uds',
  observedOn,
  results: { opioids: 'positive' },
});

const xrPatient: PatientSummaryInput = {
  today: '2024-04-30',
  sex: 'male',
  diagnoses: ['OUD'],
  status: 'active',
  naltrexoneStart: { startedOn: '2024-02-01', formulation: 'xr_injection' },
  medicationEvents: [injection('2024-02-01'), injection('2024-03-01'), injection('2024-04-05')],
  sessions: [
    session('2024-01-10', 'attended'),
    session('2024-04-02', 'attended'),
    session('2024-04-09', 'attended'),
    session('2024-04-16', 'late'),
    session('2024-04-23', 'no_show'),
    session('2024-04-30', 'no_show'),
    session('2024-05-07', 'scheduled'),
  ],
  observations: [
    { kind: 'pacs', observedOn: '2024-04-10', items: [1, 1, 1, 1, 1] },
    { kind: 'pacs', observedOn: '2024-04-20', items: [3, 3, 3, 3, 4] },
    { kind: 'pacs', observedOn: '2024-05-05', items: [0, 0, 0, 0, 0] },
    opioidPositive('2024-02-05'),
    opioidPositive('2024-02-12'),
    opioidPositive('2024-02-19'),
    opioidPositive('2024-02-26'),
    // X:BOT: the first 24 weeks expect a weekly screen (weeks run Thursday to Wednesday from the start).
    ...['03-04', '03-11', '03-18', '03-25', '04-01', '04-08', '04-15', '04-22'].map(
      (d): SummaryObservation => ({ kind: 'uds', observedOn: `2024-${d}`, results: { opioids: 'negative' } }),
    ),
    { kind: 'uds', observedOn: '2024-04-25', results: { opioids: 'negative', cannabis: 'positive' } },
    { kind: 'breath_alcohol', observedOn: '2024-04-28', value: 0 },
    { kind: 'craving_vas', observedOn: '2024-04-28', value: 40 },
  ],
  recordedRelapses: [
    { substance: 'opioids', onsetOn: '2024-02-05' },
    { substance: 'opioids', onsetOn: '2023-12-01' },
  ],
  hasApprovedDiscontinuation: false,
};

describe('summarizePatient', () => {
  it('builds the caseload row for a patient on XR-NTX', () => {
    const summary = summarizePatient(xrPatient);
    expect(summary).toEqual({
      formulation: 'xr_injection',
      startedOn: '2024-02-01',
      daysOnNaltrexone: 90,
      // Covered Feb 1-28, Mar 1-28, Apr 5-May 2 (2024 is a leap year: Feb 29 is uncovered).
      pdc30: 26 / 30,
      pdc90: 82 / 90,
      lastDoseOn: '2024-04-05',
      lastOralDoseOn: null,
      injection: { lastOn: '2024-04-05', dueOn: '2024-05-03', status: 'due_soon' },
      coveredThrough: '2024-05-02',
      // The January session is outside the 90 days; the May one is in the future.
      attendanceRate90: 3 / 5,
      lastSessionOn: '2024-04-16',
      lastVisitOn: '2024-04-16',
      noShowsInARow: 2,
      latestPacs: 16,
      latestPacsOn: '2024-04-20',
      lastPositiveScreenOn: '2024-04-25',
      // The detected X:BOT relapse and the stored one are the same episode; December is pre-start.
      relapseCount: 1,
      lastRelapseOn: '2024-02-05',
      // Weekly negative screens from March: the episode ended 14 days after the last use.
      lastRelapseUseOn: '2024-02-26',
      relapseOngoing: false,
      earlyRelapse: true,
      flags: ['missed_sessions', 'craving_high', 'positive_screen', 'early_relapse'],
    });
  });

  it('keeps the last visit: a session attended or a dose given in clinic, not a no-show or a dose taken at home', () => {
    // Attended on 04-16 (late); no-shows after; the last injection on 04-05.
    expect(summarizePatient(xrPatient).lastVisitOn).toBe('2024-04-16');
    const oral = (kind: MedicationEventInput['kind'], occurredOn: string): MedicationEventInput => ({
      kind,
      formulation: 'oral',
      occurredOn,
    });
    const withDoses = (...doses: MedicationEventInput[]) =>
      summarizePatient({ ...xrPatient, medicationEvents: [...xrPatient.medicationEvents, ...doses] }).lastVisitOn;
    expect(withDoses(oral('taken', '2024-04-25'))).toBe('2024-04-16');
    expect(withDoses(oral('administered', '2024-04-25'))).toBe('2024-04-25');
    expect(withDoses(injection('2024-04-29'))).toBe('2024-04-29');
    // Nothing after today counts.
    expect(withDoses(injection('2024-05-02'))).toBe('2024-04-16');
    expect(summarizePatient({ ...xrPatient, medicationEvents: [], sessions: [] }).lastVisitOn).toBeNull();
  });

  it('measures adherence from the current start, not an earlier episode', () => {
    const summary = summarizePatient({
      ...xrPatient,
      diagnoses: ['AUD'],
      naltrexoneStart: { startedOn: '2024-04-21', formulation: 'oral' },
      medicationEvents: [
        { kind: 'dispensed', formulation: 'oral', occurredOn: '2023-06-01', daysSupply: 30 },
        { kind: 'dispensed', formulation: 'oral', occurredOn: '2024-04-21', daysSupply: 30 },
      ],
      sessions: [],
      observations: [],
      recordedRelapses: [],
    });
    expect(summary).toMatchObject({
      daysOnNaltrexone: 10,
      pdc30: 1,
      pdc90: 1,
      lastOralDoseOn: '2024-04-21',
      coveredThrough: '2024-05-20',
      injection: { status: 'none' },
      relapseCount: 0,
      earlyRelapse: false,
      flags: [],
    });
  });

  it('flags oral naltrexone stopped without approval', () => {
    const input: PatientSummaryInput = {
      ...xrPatient,
      today: '2024-03-08',
      diagnoses: ['AUD'],
      naltrexoneStart: { startedOn: '2024-01-01', formulation: 'oral' },
      medicationEvents: [{ kind: 'dispensed', formulation: 'oral', occurredOn: '2024-01-01', daysSupply: 30 }],
      sessions: [],
      observations: [],
      recordedRelapses: [],
    };
    expect(summarizePatient(input).flags).toEqual(['low_adherence', 'stopped_without_approval']);
    expect(summarizePatient({ ...input, hasApprovedDiscontinuation: true }).flags).toEqual(['low_adherence']);
    expect(summarizePatient({ ...input, status: 'discontinued' }).flags).toEqual([]);
    // A completed switch: an approved end, and no longer on naltrexone, so no medication flag follows.
    expect(summarizePatient({ ...input, status: 'switched', hasApprovedDiscontinuation: true }).flags).toEqual([]);
  });

  it('counts each recorded relapse of the course as an episode, from its onset to its last use', () => {
    const summary = summarizePatient({
      ...xrPatient,
      diagnoses: ['AUD'],
      observations: [],
      recordedRelapses: [
        { substance: 'alcohol', onsetOn: '2024-04-01', lastUseOn: '2024-04-03' },
        { substance: 'alcohol', onsetOn: '2024-04-20' },
        { substance: 'alcohol', onsetOn: '2024-01-15' },
      ],
    });
    // The January one predates this course; the April 20 one is ongoing (14 days not yet over).
    expect(summary).toMatchObject({
      relapseCount: 2,
      lastRelapseOn: '2024-04-20',
      lastRelapseUseOn: '2024-04-20',
      relapseOngoing: true,
      earlyRelapse: true,
    });
  });

  it('shows an OUD patient who is using now as in an ongoing relapse, not relapse-free', () => {
    const weekly = Array.from({ length: 12 }, (_, i) => opioidPositive(addDays('2024-02-05', 7 * i)));
    const summary = summarizePatient({ ...xrPatient, observations: weekly, recordedRelapses: [] });
    expect(summary).toMatchObject({
      lastRelapseOn: '2024-02-05',
      lastRelapseUseOn: '2024-04-22',
      relapseOngoing: true,
    });
  });

  it('keeps early_relapse to the current course: a re-induction clears it', () => {
    const reinducted = summarizePatient({
      ...xrPatient,
      naltrexoneStart: { startedOn: '2024-04-25', formulation: 'xr_injection' },
    });
    expect(reinducted.relapseCount).toBe(0);
    expect(reinducted.flags).not.toContain('early_relapse');
  });

  it('flags a start with nothing given since as not started', () => {
    const input: PatientSummaryInput = {
      ...xrPatient,
      status: 'inducting',
      naltrexoneStart: { startedOn: '2024-04-23', formulation: 'xr_injection' },
      medicationEvents: [injection('2024-03-01')],
      recordedRelapses: [],
    };
    expect(summarizePatient(input).flags).toContain('not_started');
    expect(summarizePatient({ ...input, today: '2024-04-29' }).flags).not.toContain('not_started');
    expect(summarizePatient({ ...input, medicationEvents: [injection('2024-04-24')] }).flags).not.toContain(
      'not_started',
    );
  });

  it('summarises a patient without a start', () => {
    const summary = summarizePatient({
      ...xrPatient,
      status: 'referred',
      naltrexoneStart: null,
      medicationEvents: [],
      observations: [],
      recordedRelapses: [],
    });
    expect(summary).toMatchObject({
      formulation: null,
      startedOn: null,
      daysOnNaltrexone: null,
      pdc30: null,
      pdc90: null,
      lastDoseOn: null,
      coveredThrough: null,
      injection: { lastOn: null, dueOn: null, status: 'none' },
      relapseCount: 0,
      lastRelapseOn: null,
      flags: ['missed_sessions'],
    });
  });

  it('does not depend on the order of any input list', () => {
    const day = (n: number) => addDays('2024-01-01', n);
    const eventArb = fc.record({
      kind: fc.constantFrom(...MEDICATION_EVENT_KINDS),
      formulation: fc.constantFrom(...FORMULATIONS),
      occurredOn: fc.integer({ min: 0, max: 150 }).map(day),
      daysSupply: fc.option(fc.integer({ min: 1, max: 60 }), { nil: null }),
    });
    const sessionArb = fc
      .record({ n: fc.integer({ min: 0, max: 150 }), status: fc.constantFrom(...SESSION_STATUSES) })
      .map(({ n, status }) => session(day(n), status));
    const observationArb: fc.Arbitrary<SummaryObservation> = fc.oneof(
      fc.record({
        kind: fc.constant('pacs' as const),
        observedOn: fc.integer({ min: 0, max: 150 }).map(day),
        items: fc.array(fc.integer({ min: 0, max: 6 }), { minLength: 5, maxLength: 5 }),
      }),
      fc.record({
        kind: fc.constant('uds' as const),
        observedOn: fc.integer({ min: 0, max: 150 }).map(day),
        results: fc.dictionary(
          fc.constantFrom('opioids', 'cannabis'),
          fc.constantFrom('positive' as const, 'negative' as const),
        ),
      }),
      fc.record({
        kind: fc.constant('drinks' as const),
        observedOn: fc.integer({ min: 0, max: 150 }).map(day),
        value: fc.integer({ min: 0, max: 8 }),
      }),
    );
    const permuted = <T>(arb: fc.Arbitrary<T>) =>
      fc
        .array(arb, { maxLength: 30 })
        .chain((xs) =>
          fc.tuple(fc.constant(xs), fc.shuffledSubarray(xs, { minLength: xs.length, maxLength: xs.length })),
        );

    fc.assert(
      fc.property(
        permuted(eventArb),
        permuted(sessionArb),
        permuted(observationArb),
        ([e1, e2], [s1, s2], [o1, o2]) => {
          const base = { ...xrPatient, diagnoses: ['AUD', 'OUD'] as const, recordedRelapses: [] };
          expect(summarizePatient({ ...base, medicationEvents: e2, sessions: s2, observations: o2 })).toEqual(
            summarizePatient({ ...base, medicationEvents: e1, sessions: s1, observations: o1 }),
          );
        },
      ),
      { numRuns: 60 },
    );
  });
});
