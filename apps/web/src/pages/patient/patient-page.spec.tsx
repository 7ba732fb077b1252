import { screen, within } from '@testing-library/react';
import { holdClockAt } from '../../test/clinical-clock';
import { mockApi, never } from '../../test/mock-api';
import { renderApp } from '../../test/render-app';
import { API, ok, PATIENT, PATIENT_PATH, patientRoutes, TIMELINE_PAGE_1, TIMELINE_PAGE_2 } from './patient-fixtures';
import { adherenceOver, RESTART_ADHERENCE, RESTART_EVENTS, RESTARTED_PATIENT } from './pdc-window-fixtures';

function metricCard(name: string): HTMLElement {
  return screen.getByRole('region', { name });
}

describe('Patient page', () => {
  it('shows the header and metric cards from the API', async () => {
    mockApi(patientRoutes());

    renderApp(PATIENT_PATH);

    expect(await screen.findByRole('heading', { level: 1, name: 'Example, Robin' })).toBeInTheDocument();
    expect(screen.getByText('MRN-004217')).toBeInTheDocument();
    expect(screen.getByText('Active')).toBeInTheDocument();
    expect(screen.getByText('XR-NTX injection', { selector: 'p' })).toBeInTheDocument();
    expect(screen.getByText('109 days on naltrexone')).toBeInTheDocument();
    const flags = screen.getByRole('list', { name: 'Flags' });
    expect(
      within(flags)
        .getAllByRole('listitem')
        .map((flag) => flag.textContent),
    ).toEqual(['Low adherence', 'High craving', 'Early relapse']);
    // PHI stays out of the tab title (browser history).
    expect(document.title).toBe('Patient · Naltrack');

    // One PDC: the caseload's pdc90, with its window (the start is older than 90 days).
    expect(await screen.findByRole('region', { name: 'PDC' })).toHaveTextContent('72%Last 90 days · target ≥ 80%');
    expect(screen.queryByRole('region', { name: /PDC 30/ })).not.toBeInTheDocument();
    expect(metricCard('Next injection')).toHaveTextContent('May 8, 2026Due soon');
    expect(metricCard('Attendance 90 days')).toHaveTextContent('80%');
    expect(metricCard('Latest PACS')).toHaveTextContent('17 / 30High at ≥ 15');
  });

  it('describes the cravings, adherence and attendance charts in words', async () => {
    // Only the clock moves: the fixtures' sessions sit in the attendance chart's last twelve months.
    holdClockAt(new Date('2026-05-01T12:00:00Z'));
    mockApi(patientRoutes());

    renderApp(PATIENT_PATH);

    const cravings = await screen.findByRole('figure', { name: 'Cravings over time' });
    expect(cravings).toHaveAccessibleDescription(
      /2 PACS scores; latest 17 on Apr 28, 2026, at or above the threshold of 15/,
    );
    expect(cravings).toHaveAccessibleDescription(/1 positive drug screens, latest Apr 14, 2026 \(alcohol\)/);
    expect(cravings).toHaveAccessibleDescription(/1 relapse onsets/);

    const adherence = await screen.findByRole('figure', { name: 'Adherence, last 90 days' });
    expect(adherence).toHaveAccessibleDescription(/^PDC 72% — last 90 days: 65 of 90 days covered/);
    expect(adherence).toHaveAccessibleDescription(/1 gap: Mar 1, 2026 to Mar 10, 2026 \(10 days\)/);
    const days = within(adherence).getAllByRole('listitem');
    expect(days).toHaveLength(90);
    expect(within(adherence).getByLabelText('Mar 5, 2026: gap (8 or more days uncovered)')).toBeInTheDocument();
    expect(within(adherence).getByLabelText('Apr 15, 2026: covered')).toBeInTheDocument();

    // Sessions still scheduled have no outcome and are not counted.
    const attendance = await screen.findByRole('figure', { name: 'Therapy attendance by month' });
    expect(attendance).toHaveAccessibleDescription(
      'Last twelve months: 1 session attended, 0 no-shows, 0 cancelled by the patient. This month: no counted session.',
    );
  });

  it('shows one PDC, the card and the strip agreeing, for a start inside the window after an earlier course', async () => {
    mockApi(
      patientRoutes({
        [`GET ${API}`]: ok(RESTARTED_PATIENT),
        [`GET ${API}/adherence`]: ok(RESTART_ADHERENCE),
        [`GET ${API}/medication-events`]: ok(RESTART_EVENTS),
      }),
    );
    // Over the whole 90 days the earlier course's weeks without supply would dilute it.
    expect(adherenceOver('2026-04-03', false).pdc).toBeCloseTo(48 / 88, 6);

    renderApp(PATIENT_PATH);

    const card = await screen.findByRole('region', { name: 'PDC' });
    expect(card).toHaveTextContent('100%Since start Jun 12, 2026 (20 days) · target ≥ 80%');
    const strip = await screen.findByRole('figure', { name: 'Adherence, since start Jun 12, 2026 (20 days)' });
    expect(strip).toHaveAccessibleDescription(
      /^PDC 100% — since start Jun 12, 2026 \(20 days\): 20 of 20 days covered from Jun 12, 2026 to Jul 1, 2026\. No gaps\./,
    );
    expect(within(strip).getAllByRole('listitem')).toHaveLength(20);
    expect(screen.getAllByRole('region', { name: /PDC/ })).toEqual([card]);
  });

  it('lists the timeline newest first and loads older items', async () => {
    let pages = 0;
    const fetchMock = mockApi(
      patientRoutes({ [`GET ${API}/timeline`]: () => ok(++pages === 1 ? TIMELINE_PAGE_1 : TIMELINE_PAGE_2) }),
    );

    const { user } = renderApp(PATIENT_PATH);

    const timeline = await screen.findByRole('list', { name: 'Timeline, newest first' });
    expect(
      within(timeline)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual([
      'Apr 28, 2026ObservationPACSTotal 17 / 30 (high)',
      'Apr 28, 2026TherapyIndividual session — no-showin_person',
      'Apr 10, 2026MedicationAdministered — XR-NTX injection380 mg · lot L1 · site left gluteal',
    ]);

    await user.click(screen.getByRole('button', { name: 'Load older' }));

    expect(await within(timeline).findByText('Early relapse — alcohol')).toBeInTheDocument();
    expect(within(timeline).getAllByRole('listitem')).toHaveLength(4);
    const timelineUrls = fetchMock.mock.calls
      .map(([input]) => String(input))
      .filter((url) => url.includes('/timeline'));
    expect(timelineUrls.at(-1)).toContain('before=cursor-1');
    // The last page has no cursor, so there is nothing older to load.
    expect(screen.queryByRole('button', { name: 'Load older' })).not.toBeInTheDocument();
  });

  it('offers every record in one panel of tabs, doses first', async () => {
    mockApi(patientRoutes());

    renderApp(PATIENT_PATH);

    const record = await screen.findByRole('region', { name: 'Record' });
    expect(
      within(record)
        .getAllByRole('tab')
        .map((tab) => tab.textContent),
    ).toEqual(['Dose or injection', 'Session', 'Outcome', 'Observation', 'Instrument', 'Relapse', 'Naltrexone start']);
    expect(within(record).getByRole('tab', { name: 'Dose or injection' })).toHaveAttribute('aria-selected', 'true');
    expect(within(record).getByRole('form', { name: 'Record medication event' })).toBeInTheDocument();
    // This patient has a start: nothing urges another.
    expect(within(record).queryByRole('button', { name: 'Record the start' })).not.toBeInTheDocument();
  });

  it('says "Patient not found" for a 404, the same for another team’s patient', async () => {
    mockApi(
      patientRoutes({
        [`GET ${API}`]: { status: 404, body: { statusCode: 404, code: 'NOT_FOUND', message: 'Patient not found' } },
      }),
    );

    renderApp(PATIENT_PATH);

    expect(await screen.findByRole('heading', { level: 1, name: 'Patient not found' })).toBeInTheDocument();
    expect(screen.queryByText('MRN-004217')).not.toBeInTheDocument();
  });

  it('shows a loading state, then an error with a retry', async () => {
    let attempts = 0;
    mockApi(
      patientRoutes({
        [`GET ${API}`]: () =>
          ++attempts === 1
            ? {
                status: 500,
                body: { statusCode: 500, code: 'INTERNAL', message: 'The server had a problem', requestId: 'req-9' },
              }
            : ok(PATIENT),
      }),
    );

    const { user } = renderApp(PATIENT_PATH);

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Could not load the patient');
    expect(alert).toHaveTextContent('Reference: req-9');
    await user.click(within(alert).getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Example, Robin' })).toBeInTheDocument();
  });

  it('shows a loading state while the patient is on its way', async () => {
    mockApi(patientRoutes({ [`GET ${API}`]: never }));

    renderApp(PATIENT_PATH);

    expect(await screen.findByText('Loading patient…')).toBeInTheDocument();
  });
});
