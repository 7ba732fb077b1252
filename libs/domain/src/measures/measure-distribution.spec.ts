import { cohortDistributionTrend, distributionOf, nearestRankPercentile } from './measure-distribution.js';
import { counted, excluded } from './measure-types.js';

describe('nearestRankPercentile', () => {
  it('takes the value at rank ceil(p/100 × n) of the sorted values', () => {
    const ten = [10, 1, 9, 2, 8, 3, 7, 4, 6, 5];
    // n = 10: the median is rank 5, the 90th percentile rank 9.
    expect(nearestRankPercentile(ten, 50)).toBe(5);
    expect(nearestRankPercentile(ten, 90)).toBe(9);
    // n = 11: the 90th percentile is rank ceil(9.9) = 10.
    expect(nearestRankPercentile([...ten, 11], 90)).toBe(10);
  });

  it('takes the lower middle value as the median of an even count, never a mean', () => {
    expect(nearestRankPercentile([1, 4], 50)).toBe(1);
    expect(nearestRankPercentile([0, 1, 3, 8], 50)).toBe(1);
    expect(nearestRankPercentile([0, 1, 3, 8], 90)).toBe(8);
  });

  it('gives the one value of a single task, and nothing for none', () => {
    expect(nearestRankPercentile([6], 50)).toBe(6);
    expect(nearestRankPercentile([6], 90)).toBe(6);
    expect(nearestRankPercentile([], 50)).toBeNull();
  });
});

describe('distributionOf', () => {
  it('reads the values of the numerator only: censored and excluded tasks are left out', () => {
    const outcomes = [
      counted(true, 2, '2025-01-02'),
      counted(true, 0, '2025-01-03'),
      counted(true, 5, '2025-01-04'),
      counted(false, null, '2025-01-05'),
      excluded('not_a_flag'),
    ];
    expect(distributionOf(outcomes)).toEqual({ median: 2, p90: 5 });
    expect(distributionOf([counted(false, null, '2025-01-05')])).toEqual({ median: null, p90: null });
  });

  it('draws each month with its own percentiles and counts', () => {
    const outcomes = [
      counted(true, 1, '2025-01-31'),
      counted(false, null, '2025-01-02'),
      counted(true, 7, '2025-03-01'),
    ];
    expect(cohortDistributionTrend(outcomes, ['2025-01', '2025-02', '2025-03'])).toEqual([
      { month: '2025-01', numerator: 1, denominator: 2, rate: 0.5, median: 1, p90: 1 },
      { month: '2025-02', numerator: 0, denominator: 0, rate: null, median: null, p90: null },
      { month: '2025-03', numerator: 1, denominator: 1, rate: 1, median: 7, p90: 7 },
    ]);
  });
});
