import { type ClinicalDate, clinicalDateOf } from '@naltrack/domain';
import { screen, waitFor, within } from '@testing-library/react';
import { TEST_NOW } from '../../test/clinical-clock';
import { type MockReply, mockApi, never } from '../../test/mock-api';
import { renderApp } from '../../test/render-app';
import { SIGNED_IN, sessionOf, TEST_USER } from '../../test/session-fixtures';
import {
  daysToAttempt,
  FULL_REPORT,
  measure,
  measuresReport,
  OUTREACH_TASKS,
  RETENTION_PATIENTS,
} from './measures-fixtures';
import { defaultPeriod } from './use-measures-filters';

const HEALTH_OK: MockReply = { status: 200, body: { status: 'ok', database: 'up' } };
const ok = (body: unknown): MockReply => ({ status: 200, body });
const today: ClinicalDate = clinicalDateOf(TEST_NOW, TEST_USER.clinicTimeZone);

/** Serves /api/measures by a function of its query; returns the fetch spy. */
function serveMeasures(reply: (query: URLSearchParams) => MockReply | Promise<MockReply>) {
  const spy = mockApi({
    'GET /api/auth/me': SIGNED_IN,
    'GET /api/health': HEALTH_OK,
    'GET /api/measures': () => reply(queryOf(String(spy.mock.calls.at(-1)?.[0]))),
  });
  return spy;
}

const queryOf = (url: string) => new URLSearchParams(url.split('?')[1] ?? '');
const measureQueries = (spy: ReturnType<typeof mockApi>) =>
  spy.mock.calls
    .map(([input]) => String(input))
    .filter((url) => url.startsWith('/api/measures'))
    .map(queryOf);
const card = (name: string) => screen.getByRole('article', { name });

describe('Measures page', () => {
  it('shows every measure with its rate and counts, for the last twelve months by default', async () => {
    const spy = serveMeasures(() => ok(FULL_REPORT));

    renderApp('/measures');

    expect(await screen.findByRole('heading', { level: 1, name: 'Quality measures' })).toBeInTheDocument();
    await screen.findByRole('article', { name: 'Adherence (PDC ≥ 80%)' });
    expect(screen.getAllByRole('article')).toHaveLength(11);
    expect(within(card('Adherence (PDC ≥ 80%)')).getByLabelText('Rate 67%')).toBeInTheDocument();
    expect(card('Adherence (PDC ≥ 80%)')).toHaveTextContent('2 of 3 patients');
    expect(card('Engagement in treatment (34 days)')).toHaveTextContent('0%0 of 4 patients');
    expect(card('Measurement-based care (PHQ-9 or BAM)')).toHaveTextContent('2 of 3 patients');
    expect(within(card('Early relapse')).getByText('Lower is better')).toBeInTheDocument();
    expect(screen.getByText('Records up to Mar 1, 2025')).toBeInTheDocument();

    const [query] = measureQueries(spy);
    const period = defaultPeriod(today);
    expect(Object.fromEntries(query ?? [])).toEqual({ from: period.from, to: period.to });
    expect(period.from.endsWith('-01')).toBe(true);
  });

  it('shows the outreach measures: days as median and 90th percentile, the others as rates of tasks', async () => {
    serveMeasures(() => ok(FULL_REPORT));

    renderApp('/measures');

    const days = await screen.findByRole('article', { name: 'Days from flag to first outreach' });
    expect(within(days).getByLabelText('Median 2 days')).toBeInTheDocument();
    expect(within(days).getByLabelText('90th percentile 8 days')).toBeInTheDocument();
    expect(days).toHaveTextContent('4 of 5 tasks reached; 1 waiting for a first attempt');
    expect(within(days).queryByLabelText(/^Rate/)).toBeNull();
    expect(within(days).getByText('Lower is better')).toBeInTheDocument();
    const onTime = card('Flags reached by their due day');
    expect(within(onTime).getByLabelText('Rate 40%')).toBeInTheDocument();
    expect(onTime).toHaveTextContent('2 of 5 tasks');
    expect(within(card('Re-engagement within 14 days of outreach')).getByLabelText('Rate 60%')).toBeInTheDocument();

    const figure = await within(days).findByRole('figure', { name: 'Days by month' });
    expect(figure).toHaveAccessibleDescription(
      'Jan 2025 to Feb 2025: 1 of 2 months with tasks reached; median 1 day (90th percentile 3 days) in Jan 2025. Each task counts in the month it was opened.',
    );
    const reEngagement = card('Re-engagement within 14 days of outreach');
    expect(await within(reEngagement).findByRole('figure', { name: 'Rate by month' })).toHaveAccessibleDescription(
      /Each task counts in the month of its first attempt\.$/,
    );
  });

  it('says the days are unknown while no task has had an attempt', async () => {
    serveMeasures(() =>
      ok(measuresReport([{ ...daysToAttempt(0, 3, 0, 0), distribution: { median: null, p90: null } }])),
    );

    renderApp('/measures');

    const days = await screen.findByRole('article', { name: 'Days from flag to first outreach' });
    expect(within(days).getByLabelText('Median —')).toBeInTheDocument();
    expect(days).toHaveTextContent('0 of 3 tasks reached; 3 waiting for a first attempt');
  });

  it('opens an outreach drill-down by task: a patient with two tasks twice, each with its reason', async () => {
    const spy = serveMeasures((query) =>
      query.get('include') === 'patients'
        ? ok(measuresReport([{ ...daysToAttempt(2, 1, 2, 8), patients: OUTREACH_TASKS }]))
        : ok(FULL_REPORT),
    );

    const { user } = renderApp('/measures?from=2025-01-01&to=2025-02-28');

    const days = await screen.findByRole('article', { name: 'Days from flag to first outreach' });
    await user.click(within(days).getByRole('button', { name: 'Show tasks' }));

    const reached = await within(days).findByRole('table', { name: 'Reached' });
    expect(within(reached).getAllByRole('link', { name: 'Able, Ann' })).toHaveLength(2);
    expect(
      within(reached)
        .getAllByRole('row')
        .map((row) => row.textContent),
    ).toEqual([
      'PatientMRNReasonDecided byIndex day',
      'Able, AnnMRN-001Missed sessionsFirst attempt after 2 daysJan 1, 2025',
      'Able, AnnMRN-001Injection overdueFirst attempt after 8 daysJan 20, 2025',
    ]);
    const waiting = within(days).getByRole('table', { name: 'Waiting for a first attempt' });
    expect(waiting).toHaveTextContent('Dunn, DiMRN-004Low adherenceNo attempt yet');
    expect(within(days).getByRole('button', { name: 'Hide tasks' })).toHaveAttribute('aria-expanded', 'true');
    expect(Object.fromEntries(measureQueries(spy).at(-1) ?? [])).toEqual({
      from: '2025-01-01',
      to: '2025-02-28',
      measure: 'outreach_days_to_attempt',
      include: 'patients',
    });
  });

  it('draws each trend as a chart described in words', async () => {
    serveMeasures(() => ok(FULL_REPORT));

    renderApp('/measures');

    const retention = await screen.findByRole('article', { name: 'Retention at 90 days' });
    const figure = await within(retention).findByRole('figure', { name: 'Rate by month' });
    expect(figure).toHaveAccessibleDescription(
      'Jan 2025 to Feb 2025: 1 of 2 months with patients counted; 60% in Feb 2025. Each patient counts in the month their measure starts (start of naltrexone or intake).',
    );
  });

  it('keeps the period and care team in the URL and asks the API for them', async () => {
    const spy = serveMeasures(() => ok(FULL_REPORT));

    const { user, router } = renderApp('/measures?from=2025-01-01&to=2025-02-28');

    await screen.findByRole('article', { name: 'Retention at 90 days' });
    expect(Object.fromEntries(measureQueries(spy)[0] ?? [])).toEqual({ from: '2025-01-01', to: '2025-02-28' });

    await user.selectOptions(screen.getByLabelText('Care team'), 'North Clinic');

    expect(router.state.location.search).toBe('?from=2025-01-01&to=2025-02-28&careTeamId=t1');
    await waitFor(() =>
      expect(Object.fromEntries(measureQueries(spy).at(-1) ?? [])).toEqual({
        from: '2025-01-01',
        to: '2025-02-28',
        careTeamId: 't1',
      }),
    );
  });

  it('says what is wrong with a period the API would refuse, without asking it', async () => {
    const spy = serveMeasures(() => ok(FULL_REPORT));

    renderApp('/measures?from=2025-03-01&to=2025-02-01');

    expect(await screen.findByText('The period cannot start after it ends.')).toBeInTheDocument();
    expect(screen.getByLabelText('From')).toHaveAttribute('aria-invalid', 'true');
    expect(measureQueries(spy)).toEqual([]);
  });

  it('opens a drill-down of the patients in and out of the numerator, each linking to the patient', async () => {
    const spy = serveMeasures((query) =>
      query.get('include') === 'patients'
        ? ok(measuresReport([{ ...measure('retention_90', 1, 2), patients: RETENTION_PATIENTS }]))
        : ok(FULL_REPORT),
    );

    const { user } = renderApp('/measures?from=2025-01-01&to=2025-02-28');

    const retention = await screen.findByRole('article', { name: 'Retention at 90 days' });
    const toggle = within(retention).getByRole('button', { name: 'Show patients' });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await user.click(toggle);

    const inNumerator = await within(retention).findByRole('table', { name: 'In the numerator' });
    expect(within(retention).getByRole('button', { name: 'Hide patients' })).toHaveAttribute('aria-expanded', 'true');
    const able = within(inNumerator).getByRole('link', { name: 'Able, Ann' });
    expect(able).toHaveAttribute('href', '/patients/p-able');
    expect(inNumerator).toHaveTextContent('Supplied through day 120');
    const notInNumerator = within(retention).getByRole('table', { name: 'Not in the numerator' });
    expect(within(notInNumerator).getByRole('link', { name: 'Baker, Bo' })).toHaveAttribute(
      'href',
      '/patients/p-baker',
    );
    expect(notInNumerator).toHaveTextContent('Supplied through day 67');

    expect(Object.fromEntries(measureQueries(spy).at(-1) ?? [])).toEqual({
      from: '2025-01-01',
      to: '2025-02-28',
      measure: 'retention_90',
      include: 'patients',
    });
  });

  it('shows loading, then an error with a way to try again', async () => {
    let calls = 0;
    serveMeasures(() => {
      calls++;
      return calls === 1
        ? never()
        : { status: 500, body: { statusCode: 500, code: 'INTERNAL_ERROR', message: 'Something went wrong' } };
    });

    const first = renderApp('/measures');
    expect(await screen.findByText('Loading measures…')).toBeInTheDocument();
    first.unmount();

    const { user } = renderApp('/measures');
    expect(await screen.findByText('Could not load the measures')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    await waitFor(() => expect(calls).toBe(3));
  });

  it('says when nobody is counted in the period', async () => {
    serveMeasures(() => ok(measuresReport([measure('pdc_80', 0, 0), measure('retention_90', 0, 0)])));

    renderApp('/measures');

    expect(await screen.findByText('No patients counted in this period')).toBeInTheDocument();
    expect(card('Retention at 90 days')).toHaveTextContent('No patient is counted for this measure in this period.');
  });

  it('is in the navigation of clinicians, and explains itself to an administrator', async () => {
    serveMeasures(() => ok(FULL_REPORT));
    const clinician = renderApp('/measures');
    const nav = await screen.findByRole('navigation', { name: 'Main' });
    expect(within(nav).getByRole('link', { name: 'Measures' })).toHaveAttribute('aria-current', 'page');
    await screen.findByRole('article', { name: 'Early relapse' });
    clinician.unmount();

    mockApi({
      'GET /api/auth/me': sessionOf({ ...TEST_USER, roles: ['admin'], careTeams: [] }),
      'GET /api/health': HEALTH_OK,
    });
    renderApp('/measures');
    expect(await screen.findByRole('heading', { level: 1, name: 'Not available for your role' })).toBeInTheDocument();
    expect(
      within(screen.getByRole('navigation', { name: 'Main' })).queryByRole('link', { name: 'Measures' }),
    ).toBeNull();
  });
});
