import { screen, within } from '@testing-library/react';
import type { TimelineItem } from '../../api/patients';
import type { Relapse } from '../../api/relapses';
import { mockApi } from '../../test/mock-api';
import { renderApp } from '../../test/render-app';
import { describeTimelineItem } from './describe-timeline-item';
import { API, ok, PATIENT_PATH, patientRoutes, RELAPSES } from './patient-fixtures';

const SETTINGS = { cravingHighPacs: 15 };

const ONGOING: Relapse = {
  id: null,
  onsetOn: '2026-01-28',
  lastUseOn: '2026-04-29',
  endedOn: null,
  ongoing: true,
  detectedOn: '2026-02-18',
  substance: 'opioids',
  rule: 'xbot_4_weeks',
  early: false,
  source: 'detected',
  confirmed: false,
  note: null,
};

async function findList() {
  const section = await screen.findByRole('region', { name: 'Relapses' });
  return within(section).findByRole('list', { name: 'Relapse episodes' });
}

describe('Relapse list', () => {
  it('shows each relapse from onset to last use, ongoing or when it ended', async () => {
    mockApi(patientRoutes({ [`GET ${API}/relapses`]: ok([ONGOING, ...RELAPSES]) }));
    renderApp(PATIENT_PATH);

    const items = within(await findList()).getAllByRole('listitem');
    expect(items.map((item) => item.textContent)).toEqual([
      'OpioidsJan 28, 2026 – last use Apr 29, 2026Ongoing' +
        'detected: 4 weeks in a row with opioid use · not confirmed',
      'AlcoholFeb 20, 2026 – last use Mar 2, 2026Ended Mar 16, 2026Early' +
        'detected: a heavy drinking day · confirmed',
    ]);
  });

  it('says when there is none', async () => {
    mockApi(patientRoutes({ [`GET ${API}/relapses`]: ok([]) }));
    renderApp(PATIENT_PATH);

    const section = await screen.findByRole('region', { name: 'Relapses' });
    expect(await within(section).findByText('No relapses.')).toBeInTheDocument();
  });

  it('names a stated last day of use on the timeline', () => {
    const recorded = (lastUseOn: string | null): TimelineItem => ({
      type: 'relapse',
      id: 'r9',
      at: '2026-04-02T16:00:00Z',
      on: '2026-04-02',
      details: {
        substance: 'opioids',
        early: false,
        source: 'recorded',
        rule: null,
        lastUseOn,
        note: 'Told the nurse',
      },
    });
    expect(describeTimelineItem(recorded('2026-04-20'), SETTINGS)).toEqual({
      title: 'Relapse — opioids',
      detail: 'recorded · last use Apr 20, 2026 · Told the nurse',
      alert: true,
    });
    expect(describeTimelineItem(recorded(null), SETTINGS).detail).toBe('recorded · Told the nurse');
  });
});
