import { injectionStatus, latestInjectionOn } from './injection.js';
import type { MedicationEventInput } from './medication.js';

describe('injectionStatus', () => {
  // Last 2024-01-01 -> due 2024-01-29; due - 7 = 2024-01-22; due + 7 = 2024-02-05.
  it.each([
    ['2024-01-10', 'on_time'],
    ['2024-01-21', 'on_time'],
    ['2024-01-22', 'due_soon'],
    ['2024-01-29', 'due_soon'],
    ['2024-01-30', 'late'],
    ['2024-02-05', 'late'],
    ['2024-02-06', 'overdue'],
  ])('on %s is %s', (today, status) => {
    expect(injectionStatus('2024-01-01', today)).toEqual({ lastOn: '2024-01-01', dueOn: '2024-01-29', status });
  });

  it('is none without an injection', () => {
    expect(injectionStatus(null, '2024-01-01')).toEqual({ lastOn: null, dueOn: null, status: 'none' });
  });

  it('finds the latest injection given up to a day', () => {
    const events: MedicationEventInput[] = [
      { kind: 'administered', formulation: 'xr_injection', occurredOn: '2024-02-01' },
      { kind: 'administered', formulation: 'xr_injection', occurredOn: '2024-01-01' },
      { kind: 'refused', formulation: 'xr_injection', occurredOn: '2024-02-20' },
      { kind: 'administered', formulation: 'xr_injection', occurredOn: '2024-03-01' },
    ];
    expect(latestInjectionOn(events, '2024-02-25')).toBe('2024-02-01');
    expect(latestInjectionOn(events, '2023-12-31')).toBeNull();
  });
});
