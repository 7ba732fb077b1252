import { buildAttendanceMonths, summarizeAttendance } from './attendance-data';

describe('attendance by month', () => {
  const sessions = [
    { scheduledOn: '2026-11-03', status: 'attended' },
    { scheduledOn: '2026-11-10', status: 'late' },
    { scheduledOn: '2026-11-17', status: 'no_show' },
    { scheduledOn: '2026-11-24', status: 'cancelled_by_clinic' },
    { scheduledOn: '2026-11-30', status: 'scheduled' },
    { scheduledOn: '2026-10-06', status: 'cancelled_by_patient' },
    { scheduledOn: '2025-11-20', status: 'attended' },
  ] as const;

  it('counts the last twelve months by outcome, late as attended, with the domain rate', () => {
    const months = buildAttendanceMonths(sessions, '2026-11-25');
    expect(months.map((m) => m.month)).toEqual([
      '2025-12',
      '2026-01',
      '2026-02',
      '2026-03',
      '2026-04',
      '2026-05',
      '2026-06',
      '2026-07',
      '2026-08',
      '2026-09',
      '2026-10',
      '2026-11',
    ]);
    expect(months.at(-1)).toEqual({
      month: '2026-11',
      attended: 2,
      noShow: 1,
      cancelledByPatient: 0,
      cancelledByClinic: 1,
      rate: 2 / 3,
    });
    expect(months.at(-2)).toMatchObject({ cancelledByPatient: 1, rate: 0 });
    // A year ago falls outside the window.
    expect(months.reduce((sum, m) => sum + m.attended, 0)).toBe(2);
  });

  it('says it in words', () => {
    expect(summarizeAttendance(buildAttendanceMonths(sessions, '2026-11-25'))).toBe(
      'Last twelve months: 2 sessions attended, 1 no-show, 1 cancelled by the patient. This month: 67% attended.',
    );
    expect(summarizeAttendance(buildAttendanceMonths([], '2026-11-25'))).toBe(
      'No therapy sessions with an outcome in the last twelve months.',
    );
  });
});
