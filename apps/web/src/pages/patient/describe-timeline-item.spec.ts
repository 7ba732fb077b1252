import { scoreInstrument } from '@naltrack/domain';
import { describeTimelineItem } from './describe-timeline-item';

const instrumentItem = (kind: 'phq9' | 'bam', items: number[]) => ({
  type: 'observation' as const,
  id: 'i1',
  at: '2026-04-28T16:00:00Z',
  on: '2026-04-28',
  details: { kind, value: null, items, results: null, substance: null, score: scoreInstrument(kind, items, 'male') },
});

describe('describeTimelineItem for an instrument', () => {
  it('reads the score with its band, and alerts on a PHQ-9 item 9 above 0', () => {
    expect(describeTimelineItem(instrumentItem('phq9', [1, 1, 1, 1, 1, 1, 1, 1, 1]))).toEqual({
      title: 'PHQ-9',
      detail: 'PHQ-9 9 (mild)',
      alert: true,
    });
    expect(describeTimelineItem(instrumentItem('phq9', [1, 1, 1, 1, 1, 1, 1, 1, 0])).alert).toBe(false);
  });

  it('reads the BAM by its three scores', () => {
    const bam = describeTimelineItem(instrumentItem('bam', Array(17).fill(0)));
    expect(bam.detail).toBe('BAM use 0 · risk 0 · protective 0');
  });
});
