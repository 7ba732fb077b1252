import { attendanceRate, noShowsInARow, type SessionStatus } from './attendance.js';

const on = (scheduledOn: string, status: SessionStatus) => ({ scheduledOn, status });

describe('attendanceRate', () => {
  it('is (attended + late) / (attended + late + no-show + cancelled by patient)', () => {
    const statuses: SessionStatus[] = [
      'attended',
      'attended',
      'late',
      'no_show',
      'cancelled_by_patient',
      'cancelled_by_clinic',
      'scheduled',
    ];
    expect(attendanceRate(statuses.map((status) => ({ status })))).toBeCloseTo(3 / 5);
  });

  it('is null when no session counts', () => {
    expect(attendanceRate([])).toBeNull();
    expect(attendanceRate([{ status: 'cancelled_by_clinic' }, { status: 'scheduled' }])).toBeNull();
  });
});

describe('noShowsInARow', () => {
  it('counts trailing no-shows, skipping scheduled and clinic-cancelled sessions', () => {
    const sessions = [
      on('2024-01-01', 'no_show'),
      on('2024-01-08', 'attended'),
      on('2024-01-15', 'no_show'),
      on('2024-01-22', 'cancelled_by_clinic'),
      on('2024-01-29', 'no_show'),
      on('2024-02-05', 'scheduled'),
    ];
    expect(noShowsInARow(sessions)).toBe(2);
    expect(noShowsInARow([...sessions].reverse())).toBe(2);
  });

  it('ends the run at a patient cancellation or an attendance', () => {
    expect(noShowsInARow([on('2024-01-01', 'no_show'), on('2024-01-08', 'cancelled_by_patient')])).toBe(0);
    expect(noShowsInARow([on('2024-01-01', 'no_show'), on('2024-01-08', 'late')])).toBe(0);
    expect(noShowsInARow([])).toBe(0);
  });

  it('orders sessions on the same day by their time', () => {
    const sessions = [
      { scheduledOn: '2024-01-08', scheduledAt: '2024-01-08T15:00:00Z', status: 'no_show' as const },
      { scheduledOn: '2024-01-08', scheduledAt: '2024-01-08T09:00:00Z', status: 'attended' as const },
      { scheduledAt: '2024-01-01T09:00:00Z', status: 'no_show' as const },
    ];
    expect(noShowsInARow(sessions)).toBe(1);
  });

  it('treats an attendance at the same moment as a no-show as the later one', () => {
    const at = '2024-01-08T09:00:00Z';
    expect(
      noShowsInARow([
        { scheduledAt: at, status: 'attended' },
        { scheduledAt: at, status: 'no_show' },
      ]),
    ).toBe(0);
  });
});
