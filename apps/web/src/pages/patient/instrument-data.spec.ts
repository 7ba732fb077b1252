import { BAND_LINES, buildInstrumentSeries, summarizeInstrument } from './instrument-data';
import { INSTRUMENT_OBSERVATIONS, instrumentObservation } from './instrument-fixtures';
import { OBSERVATIONS } from './patient-fixtures';

describe('buildInstrumentSeries', () => {
  it('gives each instrument its scores oldest first, ignoring the other observations', () => {
    const series = buildInstrumentSeries([...INSTRUMENT_OBSERVATIONS, ...OBSERVATIONS]);
    expect(series.phq9.map(({ on, total }) => [on, total])).toEqual([
      ['2026-03-30', 16],
      ['2026-04-28', 5],
    ]);
    expect(series.bam.map(({ use, risk, protective }) => [use, risk, protective])).toEqual([[1, 7, 18]]);
    expect(series.gad7).toEqual([]);
    expect(series.audit_c).toEqual([]);
  });

  it('keeps the later recorded of two on one day (lists come newest first)', () => {
    const later = instrumentObservation('b', 'gad7', '2026-04-01', [3, 3, 3, 3, 3, 3, 3]);
    const earlier = instrumentObservation('a', 'gad7', '2026-04-01', [0, 0, 0, 0, 0, 0, 0]);
    expect(buildInstrumentSeries([later, earlier]).gad7.map((p) => p.total)).toEqual([21]);
  });
});

describe('band lines and summaries', () => {
  it('draws a line where each PHQ-9 and GAD-7 band begins', () => {
    expect(BAND_LINES.phq9.map((l) => [l.y, l.label])).toEqual([
      [5, 'mild'],
      [10, 'moderate'],
      [15, 'moderately severe'],
      [20, 'severe'],
    ]);
    expect(BAND_LINES.gad7.map((l) => l.y)).toEqual([5, 10, 15]);
  });

  it('reads the trend in words', () => {
    const series = buildInstrumentSeries(INSTRUMENT_OBSERVATIONS);
    expect(summarizeInstrument('phq9', series.phq9)).toMatch(
      /^2 recorded; latest PHQ-9 5 \(mild\) on .+\. First 16 on /,
    );
    expect(summarizeInstrument('bam', series.bam)).toMatch(/latest BAM use 1 · risk 7 · protective 18/);
    expect(summarizeInstrument('gad7', [])).toBe('No GAD-7 recorded.');
  });
});
