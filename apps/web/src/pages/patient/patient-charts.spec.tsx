import { screen } from '@testing-library/react';
import { renderWithProviders } from '../../test/render-app';
import { adherenceDays } from './adherence-days';
import { CravingsChart } from './cravings-chart';
import { buildCravingsData } from './cravings-data';
import { ADHERENCE, MEDICATION_EVENTS, OBSERVATIONS, RELAPSES } from './patient-fixtures';

describe('buildCravingsData', () => {
  it('merges PACS and VAS by day, oldest first, and picks out positive screens and relapses', () => {
    const data = buildCravingsData(OBSERVATIONS, RELAPSES);

    expect(data.points.map(({ on, pacs, vas }) => ({ on, pacs, vas }))).toEqual([
      { on: '2026-03-30', pacs: 10, vas: null },
      { on: '2026-04-14', pacs: null, vas: 55 },
      { on: '2026-04-28', pacs: 17, vas: null },
    ]);
    expect(data.positiveScreens.map(({ on, label }) => ({ on, label }))).toEqual([
      { on: '2026-04-14', label: 'alcohol' },
    ]);
    expect(data.relapses.map(({ on, label }) => ({ on, label }))).toEqual([
      { on: '2026-02-20', label: 'alcohol, early' },
    ]);
  });
});

describe('CravingsChart', () => {
  it('draws the PACS and VAS lines with the threshold at a fixed size', () => {
    const { container } = renderWithProviders(
      <CravingsChart data={buildCravingsData(OBSERVATIONS, RELAPSES)} cravingHighPacs={15} width={600} />,
    );

    expect(screen.getByRole('figure', { name: 'Cravings over time' })).toBeInTheDocument();
    expect(container.querySelector('svg')).not.toBeNull();
    expect(screen.getByText('PACS 15')).toBeInTheDocument();
  });

  it("draws and counts by the clinic's threshold", () => {
    // The fixtures' PACS: 10 on Mar 30 and 17 on Apr 28; at the default 15 only the second is high.
    renderWithProviders(
      <CravingsChart data={buildCravingsData(OBSERVATIONS, RELAPSES)} cravingHighPacs={9} width={600} />,
    );

    expect(screen.getByText('PACS 9')).toBeInTheDocument();
    expect(screen.getByRole('figure', { name: 'Cravings over time' })).toHaveAccessibleDescription(
      /latest 17 on Apr 28, 2026, at or above the threshold of 9; 2 at or above it\..*the PACS threshold of 9\.$/,
    );
  });
});

describe('adherenceDays', () => {
  it('marks covered days from the events and gap days from the API', () => {
    const days = adherenceDays(ADHERENCE, MEDICATION_EVENTS);

    expect(days).toHaveLength(90);
    expect(days[0]).toEqual({ on: '2026-02-01', state: 'missed' });
    expect(days.find((d) => d.on === '2026-03-05')?.state).toBe('gap');
    // Injection on Mar 11 covers 28 days: through Apr 7; the next on Apr 10 covers the rest.
    expect(days.find((d) => d.on === '2026-04-07')?.state).toBe('covered');
    expect(days.find((d) => d.on === '2026-04-08')?.state).toBe('missed');
    expect(days.at(-1)).toEqual({ on: '2026-05-01', state: 'covered' });
  });
});
