import { screen, within } from '@testing-library/react';
import type { TimelinePage } from '../../api/patients';
import { mockApi } from '../../test/mock-api';
import { renderApp } from '../../test/render-app';
import { API, ok, PATIENT_PATH, patientRoutes } from './patient-fixtures';

const OUTREACH_TIMELINE: TimelinePage = {
  items: [
    {
      type: 'outreach_attempt',
      id: 'a1',
      at: '2026-06-16T15:00:00Z',
      on: '2026-06-16',
      details: {
        taskId: 'task-1',
        channel: 'phone',
        outcome: 'left_message',
        note: null,
        nextAttemptOn: '2026-06-18',
        attemptedBy: { id: 'u4', displayName: 'Nurse Kim Lee' },
      },
    },
  ],
  nextBefore: null,
};

describe('Patient timeline', () => {
  it('tells an outreach attempt in words, under its own badge, with the date on one line', async () => {
    mockApi(patientRoutes({ [`GET ${API}/timeline`]: ok(OUTREACH_TIMELINE) }));
    renderApp(PATIENT_PATH);

    const timeline = await screen.findByRole('list', { name: 'Timeline, newest first' });
    const [entry] = within(timeline).getAllByRole('listitem');
    expect(entry).toHaveTextContent('Outreach attempt — Phone: left message');
    expect(entry).toHaveTextContent('Nurse Kim Lee · next try Jun 18, 2026');
    expect(within(entry as HTMLElement).getByText('Outreach')).toBeInTheDocument();
    // A wrapped date would read as two lines of the record on a tablet.
    expect(within(entry as HTMLElement).getByText('Jun 16, 2026')).toHaveStyle({ whiteSpace: 'nowrap' });
  });
});
