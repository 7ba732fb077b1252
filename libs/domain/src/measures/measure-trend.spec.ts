import { cohortTrend, monthEndWithin, periodMonths, tally } from './measure-trend.js';
import { counted, excluded } from './measure-types.js';

describe('measure trend', () => {
  it('lists every month a period touches, across a year end', () => {
    expect(periodMonths({ from: '2023-11-15', to: '2024-02-01' })).toEqual([
      '2023-11',
      '2023-12',
      '2024-01',
      '2024-02',
    ]);
    expect(periodMonths({ from: '2024-05-03', to: '2024-05-03' })).toEqual(['2024-05']);
  });

  it('ends a month on its last day, or on the period end when earlier', () => {
    expect(monthEndWithin('2024-02', '2024-12-31')).toBe('2024-02-29');
    expect(monthEndWithin('2023-12', '2024-12-31')).toBe('2023-12-31');
    expect(monthEndWithin('2024-06', '2024-06-10')).toBe('2024-06-10');
  });

  it('tallies counted patients only, with no rate when nobody is counted', () => {
    expect(tally([counted(true, 1, '2024-01-02'), counted(false, 0, '2024-01-03'), excluded('under_age')])).toEqual({
      numerator: 1,
      denominator: 2,
      rate: 0.5,
    });
    expect(tally([excluded('under_age')])).toEqual({ numerator: 0, denominator: 0, rate: null });
  });

  it('counts each patient in the month of their index day, every month listed', () => {
    const outcomes = [counted(true, 1, '2024-01-31'), counted(false, 1, '2024-03-01'), counted(true, 1, '2024-03-09')];
    expect(cohortTrend(outcomes, ['2024-01', '2024-02', '2024-03'])).toEqual([
      { month: '2024-01', numerator: 1, denominator: 1, rate: 1 },
      { month: '2024-02', numerator: 0, denominator: 0, rate: null },
      { month: '2024-03', numerator: 1, denominator: 2, rate: 0.5 },
    ]);
  });
});
