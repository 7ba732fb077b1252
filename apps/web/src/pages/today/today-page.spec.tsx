import { screen, within } from '@testing-library/react';
import { type MockReply, mockApi, never } from '../../test/mock-api';
import { renderApp } from '../../test/render-app';
import { SIGNED_IN, sessionOf, TEST_USER } from '../../test/session-fixtures';
import { BUSY_DAY, QUIET_DAY, TEAMS } from './today-fixtures';

const base = {
  'GET /api/auth/me': SIGNED_IN,
  'GET /api/health': { status: 200, body: { status: 'ok', database: 'up' } } as MockReply,
  'GET /api/care-teams': { status: 200, body: TEAMS } as MockReply,
};

const section = (name: string) => screen.getByRole('region', { name });
const lineTexts = (region: HTMLElement) =>
  within(region)
    .getAllByRole('listitem')
    .map((item) => item.textContent);

describe('Today page', () => {
  it('opens at / with the counts of the day at the top, each a link to its section', async () => {
    mockApi({ ...base, 'GET /api/today': { status: 200, body: BUSY_DAY } });
    renderApp('/');

    const counts = await screen.findByRole('list', { name: 'Counts' });
    expect(screen.getByRole('heading', { level: 1, name: 'Today' })).toBeInTheDocument();
    expect(document.title).toBe('Today · Naltrack');
    expect(
      within(counts)
        .getAllByRole('listitem')
        .map((card) => card.textContent),
    ).toEqual([
      'Suicide risk1',
      'Injections due73',
      'Sessions today1',
      'No-shows yesterday1',
      'New signals1',
      'Not started1',
      'Stopped100+',
      'Approvals1',
      'Outreach tasks2',
    ]);
    expect(within(counts).getByRole('link', { name: /Injections due/ })).toHaveAttribute('href', '#today-injections');
    expect(section('Injections due or overdue')).toHaveAttribute('id', 'today-injections');
  });

  it('lists every section’s lines, each opening the patient', async () => {
    mockApi({ ...base, 'GET /api/today': { status: 200, body: BUSY_DAY } });
    renderApp('/');
    await screen.findByRole('list', { name: 'Counts' });

    expect(lineTexts(section('Suicide risk: safety assessment needed'))).toEqual([
      'Sample, SamMRN MRN-000318PHQ-9 item 9 answered 2; no safety assessment since · Jun 16, 2026',
    ]);
    expect(lineTexts(section('Injections due or overdue'))).toEqual([
      'Example, RobinMRN MRN-004217Overdue by 7 days · Jun 10, 2026',
    ]);
    expect(section('Injections due or overdue')).toHaveTextContent('Showing the first 1 of 73.');
    expect(section('Stopped without approval')).toHaveTextContent('Showing the first 1 of 100+.');
    expect(
      within(section('Injections due or overdue')).getByRole('link', {
        name: 'Every overdue injection in the caseload',
      }),
    ).toHaveAttribute('href', '/caseload?flag=injection_overdue');
    expect(
      within(section('Stopped without approval')).getByRole('link', {
        name: /stopped without approval in the caseload/,
      }),
    ).toHaveAttribute('href', '/caseload?flag=stopped_without_approval');
    expect(lineTexts(section('Sessions today'))).toEqual([
      'Sample, SamMRN MRN-000318Wed, Jun 17, 2026, 10:00 AM · scheduled',
    ]);
    expect(lineTexts(section('Yesterday’s no-shows'))).toEqual([
      'Example, RobinMRN MRN-004217Tue, Jun 16, 2026, 3:30 PM · no-show',
    ]);
    expect(lineTexts(section('New signals'))).toEqual([
      'Sample, SamMRN MRN-000318Positive screenFentanyl positive · Jun 15, 2026',
    ]);
    expect(lineTexts(section('Not started'))).toEqual(['Sample, SamMRN MRN-000318Referred 28 days ago · May 20, 2026']);
    expect(lineTexts(section('Stopped without approval'))).toEqual([
      'Example, RobinMRN MRN-004217Stopped 16 days ago · Jun 1, 2026',
    ]);
    expect(lineTexts(section('Approvals waiting for you'))).toEqual([
      'Example, RobinMRN MRN-004217Taper proposed by Dr. Lee Park on Jun 16, 2026',
    ]);
    expect(lineTexts(section('Your outreach tasks'))).toEqual([
      'Example, RobinMRN MRN-004217Injection overdue · due Jun 15, 2026Overdue · 2 attempts, last: no answer',
      'Sample, SamMRN MRN-000318Not started · due Jun 18, 2026 · no attempt yet',
    ]);

    const stopped = within(section('Stopped without approval')).getByRole('link', { name: 'Example, Robin' });
    expect(stopped).toHaveAttribute('href', '/patients/p1');
    const signal = within(section('New signals')).getByRole('link', { name: 'Sample, Sam' });
    expect(signal).toHaveAttribute('href', '/patients/p2');
  });

  it('puts the suicide risk first for every role, in red while it has a patient', async () => {
    mockApi({
      ...base,
      'GET /api/auth/me': sessionOf({ ...TEST_USER, roles: ['nurse'] }),
      'GET /api/today': { status: 200, body: BUSY_DAY },
    });
    renderApp('/');
    await screen.findByRole('list', { name: 'Counts' });

    const [first] = screen.getAllByRole('region');
    expect(first).toBe(section('Suicide risk: safety assessment needed'));
    expect(first).toHaveStyle({ borderColor: 'var(--mantine-color-red-6)' });
    const line = within(first as HTMLElement).getByRole('link', { name: 'Sample, Sam' });
    expect(line).toHaveAttribute('href', '/patients/p2');
  });

  it('says what "nothing to do" means in each empty section', async () => {
    mockApi({ ...base, 'GET /api/today': { status: 200, body: QUIET_DAY } });
    renderApp('/');
    await screen.findByRole('list', { name: 'Counts' });

    expect(section('Suicide risk: safety assessment needed')).toHaveTextContent(
      'No PHQ-9 item 9 answer is waiting for a safety assessment in your teams.',
    );
    expect(section('Injections due or overdue')).toHaveTextContent(
      'No injection is due or overdue in your teams today.',
    );
    expect(section('Sessions today')).toHaveTextContent('No session is scheduled today.');
    expect(section('Yesterday’s no-shows')).toHaveTextContent('Nobody missed a session yesterday.');
    expect(section('New signals')).toHaveTextContent('No positive screen or high craving');
    expect(section('Not started')).toHaveTextContent('No referred patient in your teams is waiting too long');
    expect(section('Stopped without approval')).toHaveTextContent('No patient in your teams has stopped naltrexone');
    expect(section('Approvals waiting for you')).toHaveTextContent('Nothing waits for your decision.');
    expect(section('Your outreach tasks')).toHaveTextContent('No outreach task is assigned to you.');
    expect(screen.queryByText(/Showing the first/)).not.toBeInTheDocument();
  });

  it('shows a therapist the sections the API fills for their role', async () => {
    mockApi({
      ...base,
      'GET /api/auth/me': sessionOf({ ...TEST_USER, roles: ['therapist'] }),
      'GET /api/today': { status: 200, body: QUIET_DAY },
    });
    renderApp('/');
    await screen.findByRole('list', { name: 'Counts' });

    const headings = screen.getAllByRole('heading', { level: 2 }).map((heading) => heading.textContent);
    expect(headings).toEqual([
      'Suicide risk: safety assessment needed',
      'Sessions today',
      'Yesterday’s no-shows',
      'New signals',
      'Approvals waiting for you',
      'Your outreach tasks',
      'Care teams',
    ]);
    expect(screen.queryByText(/No injection is due/)).not.toBeInTheDocument();
  });

  it('keeps the user’s care teams in an aside', async () => {
    mockApi({ ...base, 'GET /api/today': { status: 200, body: QUIET_DAY } });
    renderApp('/');

    const table = await screen.findByRole('table', { name: 'Care teams' });
    expect(screen.getByRole('complementary', { name: 'Care teams' })).toContainElement(table);
    expect(within(table).getByRole('row', { name: /North Clinic/ })).toHaveTextContent('North Clinic1,24087');
  });

  it('shows a loading state, then the API’s error with a way to try again', async () => {
    let attempts = 0;
    mockApi({
      ...base,
      'GET /api/today': () =>
        ++attempts === 1
          ? { status: 503, body: { statusCode: 503, code: 'DATABASE_UNAVAILABLE', message: 'Try again shortly' } }
          : { status: 200, body: QUIET_DAY },
    });
    const { user } = renderApp('/');

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Could not load your day');
    expect(alert).toHaveTextContent('Try again shortly');
    await user.click(within(alert).getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('list', { name: 'Counts' })).toBeInTheDocument();
  });

  it('fetches the day again when the clinician comes back to it from another page', async () => {
    let answers = 0;
    mockApi({
      ...base,
      'GET /api/today': () => ({ status: 200, body: answers++ === 0 ? BUSY_DAY : QUIET_DAY }),
    });
    const { user, queryClient } = renderApp('/');
    // As the app's cache does: other answers stay fresh for half a minute.
    queryClient.setDefaultOptions({ queries: { retry: false, staleTime: 30_000 } });
    await screen.findByRole('list', { name: 'Counts' });
    expect(lineTexts(section('Your outreach tasks'))).toHaveLength(2);

    const navigation = screen.getAllByRole('navigation')[0] as HTMLElement;
    await user.click(within(navigation).getByRole('link', { name: /^Approvals/ }));
    await screen.findByRole('heading', { level: 1, name: 'Approvals' });
    await user.click(within(navigation).getByRole('link', { name: 'Today' }));

    expect(await screen.findByText('No outreach task is assigned to you.')).toBeInTheDocument();
    expect(answers).toBe(2);
  });

  it('says it is loading while the day is on its way', async () => {
    mockApi({ ...base, 'GET /api/today': never });
    renderApp('/');
    expect(await screen.findByText('Loading your day…')).toBeInTheDocument();
  });

  it.each([
    ['an administrator', ['admin'] as const, 'Admin', '/admin'],
    ['an auditor', ['auditor'] as const, 'Audit', '/audit'],
  ])('points %s to their own pages instead of a clinical worklist', async (_, roles, link, href) => {
    // No route for /api/today or /api/care-teams: asking either would fail the test.
    mockApi({
      'GET /api/auth/me': sessionOf({ ...TEST_USER, roles: [...roles], careTeams: [] }),
      'GET /api/health': base['GET /api/health'],
    });
    renderApp('/');

    expect(await screen.findByRole('heading', { level: 1, name: 'Today' })).toBeInTheDocument();
    expect(screen.getByText(/does not see patients/)).toBeInTheDocument();
    expect(within(screen.getByRole('main')).getByRole('link', { name: link })).toHaveAttribute('href', href);
    expect(screen.queryByRole('list', { name: 'Counts' })).not.toBeInTheDocument();
  });
});
