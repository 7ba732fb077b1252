import { screen } from '@testing-library/react';
import { renderWithProviders } from '../../test/render-app';
import { CueChart } from './cue-chart';
import { buildCueMonths, cuesShown, summarizeCueMonths } from './cue-data';
import { OBSERVATIONS } from './patient-fixtures';

// The fixtures: PACS 17 (people, stress) on Apr 28, VAS 55 (stress) on Apr 14, PACS 10 on Mar 30.
const TODAY = '2026-05-01';
const CRAVING_HIGH_PACS = 15;

describe('buildCueMonths', () => {
  it('counts the cues of high cravings per month over the last twelve, low cravings left out', () => {
    const months = buildCueMonths(OBSERVATIONS, TODAY, CRAVING_HIGH_PACS);
    expect(months.map((m) => m.month)).toEqual([
      '2025-06',
      '2025-07',
      '2025-08',
      '2025-09',
      '2025-10',
      '2025-11',
      '2025-12',
      '2026-01',
      '2026-02',
      '2026-03',
      '2026-04',
      '2026-05',
    ]);
    expect(months.find((m) => m.month === '2026-04')).toMatchObject({
      highCravings: 2,
      noCue: 0,
      people: 1,
      stress: 2,
      places: 0,
    });
    expect(months.find((m) => m.month === '2026-03')).toMatchObject({ highCravings: 0, noCue: 0 });
    expect(cuesShown(months)).toEqual(['people', 'stress']);
  });

  it('counts a high craving without cues as such, at the threshold given', () => {
    const observations = [
      { kind: 'pacs', value: 12, cues: null, observedOn: '2026-04-02' },
      { kind: 'craving_vas', value: 49, cues: ['places'], observedOn: '2026-04-03' },
    ];
    const [april] = buildCueMonths(observations, TODAY, 12).filter((m) => m.month === '2026-04');
    expect(april).toMatchObject({ highCravings: 1, noCue: 1, places: 0 });
  });

  it('says it in words', () => {
    expect(summarizeCueMonths(buildCueMonths(OBSERVATIONS, TODAY, CRAVING_HIGH_PACS))).toBe(
      '2 high cravings in the last 12 months; cues named: Stress 2, People 1.',
    );
    expect(summarizeCueMonths(buildCueMonths([], TODAY, CRAVING_HIGH_PACS))).toBe(
      'No high cravings in the last 12 months.',
    );
  });
});

describe('CueChart', () => {
  it('draws the stacked bars at a fixed size with the summary as caption', () => {
    const { container } = renderWithProviders(
      <CueChart months={buildCueMonths(OBSERVATIONS, TODAY, CRAVING_HIGH_PACS)} width={600} />,
    );

    expect(screen.getByRole('figure', { name: 'Cues of high cravings by month' })).toHaveAccessibleDescription(
      '2 high cravings in the last 12 months; cues named: Stress 2, People 1.',
    );
    expect(container.querySelector('svg')).not.toBeNull();
  });
});
