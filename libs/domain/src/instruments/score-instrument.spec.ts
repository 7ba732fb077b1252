import { describeInstrumentScore } from './instrument-labels.js';
import { isInstrumentKind } from './instrument-score.js';
import { itemsProblem } from './item-scale.js';
import { INSTRUMENT_SCALES, scoreInstrument } from './score-instrument.js';

describe('scoreInstrument', () => {
  it('scores each kind, the AUDIT-C by sex', () => {
    expect(scoreInstrument('phq9', Array(9).fill(1), 'male').band).toBe('mild');
    expect(scoreInstrument('gad7', Array(7).fill(2), 'male').band).toBe('moderate');
    expect(scoreInstrument('audit_c', [1, 1, 1], 'male').band).toBe('negative');
    expect(scoreInstrument('audit_c', [1, 1, 1], 'female').band).toBe('positive');
    expect(scoreInstrument('bam', Array(17).fill(0), 'male').subscores).toEqual({ use: 0, risk: 0, protective: 0 });
  });

  it('names the problem with items that are not a list', () => {
    expect(itemsProblem(INSTRUMENT_SCALES.gad7, 'none')).toBe('items must be the list of the 7 GAD-7 item scores');
    expect(itemsProblem(INSTRUMENT_SCALES.gad7, Array(7).fill(0))).toBeNull();
  });

  it('knows the instrument kinds', () => {
    expect(isInstrumentKind('bam')).toBe(true);
    expect(isInstrumentKind('pacs')).toBe(false);
  });
});

describe('describeInstrumentScore', () => {
  it('reads a total with its band, or the BAM subscores', () => {
    expect(describeInstrumentScore('phq9', scoreInstrument('phq9', Array(9).fill(2), 'male'))).toBe(
      'PHQ-9 18 (moderately severe)',
    );
    expect(describeInstrumentScore('bam', scoreInstrument('bam', Array(17).fill(0), 'male'))).toBe(
      'BAM use 0 · risk 0 · protective 0',
    );
  });
});
