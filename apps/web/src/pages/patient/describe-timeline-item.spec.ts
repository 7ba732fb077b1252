import { scoreInstrument } from '@naltrack/domain';
import type { TimelineItem } from '../../api/patients';
import { describeTimelineItem } from './describe-timeline-item';

const SETTINGS = { cravingHighPacs: 15 };

const instrumentItem = (kind: 'phq9' | 'bam', items: number[]) => ({
  type: 'observation' as const,
  id: 'i1',
  at: '2026-04-28T16:00:00Z',
  on: '2026-04-28',
  details: {
    kind,
    value: null,
    items,
    results: null,
    substance: null,
    score: scoreInstrument(kind, items, 'male'),
    cues: null,
    cueNote: null,
  },
});

describe('describeTimelineItem for an instrument', () => {
  it('reads the score with its band, and alerts on a PHQ-9 item 9 above 0', () => {
    expect(describeTimelineItem(instrumentItem('phq9', [1, 1, 1, 1, 1, 1, 1, 1, 1]), SETTINGS)).toEqual({
      title: 'PHQ-9',
      detail: 'PHQ-9 9 (mild)',
      alert: true,
    });
    expect(describeTimelineItem(instrumentItem('phq9', [1, 1, 1, 1, 1, 1, 1, 1, 0]), SETTINGS).alert).toBe(false);
  });

  it('reads the BAM by its three scores', () => {
    const bam = describeTimelineItem(instrumentItem('bam', Array(17).fill(0)), SETTINGS);
    expect(bam.detail).toBe('BAM use 0 · risk 0 · protective 0');
  });
});

describe('describeTimelineItem for cues and coping skills', () => {
  const at = { id: 'x1', at: '2026-04-28T16:00:00Z', on: '2026-04-28' };
  it('reads a craving with its cues, the cue other by its note', () => {
    const pacs = describeTimelineItem(
      {
        ...at,
        type: 'observation',
        details: {
          kind: 'pacs',
          value: 16,
          items: [4, 3, 3, 3, 3],
          results: null,
          substance: null,
          score: null,
          cues: ['people', 'other'],
          cueNote: 'payday',
        },
      },
      SETTINGS,
    );
    expect(pacs.detail).toBe('Total 16 / 30 (high) · cues: People, Other (payday)');
  });

  it('reads a session with the coping skills practiced', () => {
    const session = describeTimelineItem(
      {
        ...at,
        type: 'therapy_session',
        details: {
          type: 'individual',
          status: 'attended',
          modality: 'video',
          clinicianId: null,
          copingSkills: ['urge_surfing', 'refusal_skills'],
        },
      },
      SETTINGS,
    );
    expect(session.detail).toBe('video · practiced: Urge surfing, Refusal skills');
  });
});

describe('describeTimelineItem for a PACS', () => {
  const pacs = (value: number): TimelineItem => ({
    type: 'observation',
    id: 'p1',
    at: '2026-04-28T16:00:00Z',
    on: '2026-04-28',
    details: {
      kind: 'pacs',
      value,
      items: null,
      results: null,
      substance: null,
      score: null,
      cues: null,
      cueNote: null,
    },
  });

  it("calls a total high at the clinic's threshold, not the default's", () => {
    expect(describeTimelineItem(pacs(13), { cravingHighPacs: 12 })).toEqual({
      title: 'PACS',
      detail: 'Total 13 / 30 (high)',
      alert: true,
    });
    expect(describeTimelineItem(pacs(13), SETTINGS)).toEqual({ title: 'PACS', detail: 'Total 13 / 30', alert: false });
    expect(describeTimelineItem(pacs(11), { cravingHighPacs: 12 }).alert).toBe(false);
  });
});
