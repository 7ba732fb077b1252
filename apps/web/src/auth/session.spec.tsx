import { act, screen, waitFor, within } from '@testing-library/react';
import { apiClient } from '../api/api-client';
import { queryKeys } from '../api/query-keys';
import { BUSY_DAY, QUIET_DAY } from '../pages/today/today-fixtures';
import { type MockReply, mockApi, never } from '../test/mock-api';
import { renderApp } from '../test/render-app';
import { SIGNED_IN, sessionOf, TEST_CSRF_TOKEN, TEST_USER, UNAUTHENTICATED } from '../test/session-fixtures';

const HEALTH_OK: MockReply = { status: 200, body: { status: 'ok', database: 'up' } };
const TEAMS: MockReply = {
  status: 200,
  body: [{ id: 't1', code: 'north', name: 'North Clinic', patientCount: 3, activeCount: 2 }],
};
/** The landing page's worklist: quiet where it is only the page reached, busy where its lines must go. */
const QUIET_TODAY: MockReply = { status: 200, body: QUIET_DAY };
const BUSY_TODAY: MockReply = { status: 200, body: BUSY_DAY };
const SESSION_ENDED = 'Your session has ended — please sign in again.';

function csrfHeaderOf(init: RequestInit | undefined): string | null {
  return new Headers(init?.headers).get('X-CSRF-Token');
}

describe('route protection', () => {
  it('shows a loading state while the session is checked, and no page', async () => {
    mockApi({ 'GET /api/auth/me': never });

    renderApp('/');

    expect(await screen.findByText('Checking your sign-in…')).toBeInTheDocument();
    expect(screen.queryByRole('navigation', { name: 'Main' })).not.toBeInTheDocument();
  });

  it('says so when the session cannot be checked, and can try again', async () => {
    let calls = 0;
    mockApi({
      'GET /api/auth/me': () => (++calls === 1 ? { networkError: true } : SIGNED_IN),
      'GET /api/health': HEALTH_OK,
      'GET /api/care-teams': TEAMS,
      'GET /api/today': QUIET_TODAY,
    });

    const { user } = renderApp('/');

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Cannot reach the Naltrack server.');
    await user.click(within(alert).getByRole('button', { name: 'Try again' }));

    expect(await screen.findByRole('table', { name: 'Care teams' })).toBeInTheDocument();
  });

  it('shows who is signed in, with their roles, in the header', async () => {
    mockApi({
      'GET /api/auth/me': SIGNED_IN,
      'GET /api/health': HEALTH_OK,
      'GET /api/care-teams': TEAMS,
      'GET /api/today': QUIET_TODAY,
    });

    renderApp('/');

    await screen.findByRole('navigation', { name: 'Main' });
    const banner = screen.getByRole('banner');
    expect(banner).toHaveTextContent(`Signed in as ${TEST_USER.displayName}`);
    expect(banner).toHaveTextContent('Roles: Prescriber, Team lead');
  });
});

describe('session end', () => {
  it('sends the user to sign in with a message when any call answers 401, and drops cached data', async () => {
    let todayCalls = 0;
    mockApi({
      'GET /api/auth/me': SIGNED_IN,
      'GET /api/health': HEALTH_OK,
      'GET /api/care-teams': TEAMS,
      'GET /api/today': () => (++todayCalls === 1 ? BUSY_TODAY : UNAUTHENTICATED),
    });
    const { router, queryClient } = renderApp('/');
    await screen.findByRole('table', { name: 'Care teams' });
    await screen.findByRole('list', { name: 'Counts' });

    // The next look at the day finds the session expired (15 idle minutes).
    await act(() => queryClient.refetchQueries({ queryKey: queryKeys.today }));

    const notice = await screen.findByRole('alert');
    expect(notice).toHaveTextContent(SESSION_ENDED);
    expect(notice).toHaveFocus();
    expect(router.state.location.pathname).toBe('/login');
    expect(todayCalls).toBe(2);
    expect(screen.queryByText('North Clinic')).not.toBeInTheDocument();
    expect(screen.queryAllByText('Example, Robin')).toEqual([]);
    expect(queryClient.getQueryData(queryKeys.today)).toBeUndefined();
    expect(queryClient.getQueryData(queryKeys.careTeams.list())).toBeUndefined();
    expect(queryClient.getQueryData(queryKeys.auth.currentUser)).toBeNull();
  });

  it('signs out: calls logout with the CSRF token, clears the cache and shows sign-in', async () => {
    const fetchSpy = mockApi({
      'GET /api/auth/me': SIGNED_IN,
      'GET /api/health': HEALTH_OK,
      'GET /api/care-teams': TEAMS,
      'GET /api/today': QUIET_TODAY,
      'POST /api/auth/logout': { status: 204 },
    });
    const { user, router, queryClient } = renderApp('/');
    await screen.findByRole('table', { name: 'Care teams' });
    await screen.findByRole('list', { name: 'Counts' });

    await user.click(within(screen.getByRole('banner')).getByRole('button', { name: 'Sign out' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Sign in' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/login');
    expect(screen.queryByText(SESSION_ENDED)).not.toBeInTheDocument();
    expect(queryClient.getQueryData(queryKeys.today)).toBeUndefined();
    expect(queryClient.getQueryData(queryKeys.careTeams.list())).toBeUndefined();

    const logout = fetchSpy.mock.calls.find(([url]) => url === '/api/auth/logout');
    expect(logout?.[1]?.method).toBe('POST');
    expect(csrfHeaderOf(logout?.[1])).toBe(TEST_CSRF_TOKEN);
  });

  it('signs out here even when the server cannot be reached', async () => {
    mockApi({
      'GET /api/auth/me': SIGNED_IN,
      'GET /api/health': HEALTH_OK,
      'GET /api/care-teams': TEAMS,
      'GET /api/today': QUIET_TODAY,
      'POST /api/auth/logout': { networkError: true },
    });
    const { user, router } = renderApp('/');
    await screen.findByRole('table', { name: 'Care teams' });

    await user.click(within(screen.getByRole('banner')).getByRole('button', { name: 'Sign out' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Sign in' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/login');
  });
});

describe('CSRF token', () => {
  it('goes on writes made after sign-in, and never on reads', async () => {
    const fetchSpy = mockApi({
      'GET /api/auth/me': UNAUTHENTICATED,
      'POST /api/auth/login': sessionOf(),
      'GET /api/health': HEALTH_OK,
      'GET /api/care-teams': TEAMS,
      'GET /api/today': QUIET_TODAY,
      'POST /api/auth/logout': { status: 204 },
    });
    const { user } = renderApp('/login');

    await user.type(await screen.findByLabelText(/^Email/), TEST_USER.email);
    await user.type(screen.getByLabelText(/^Password/), 'correct horse');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    await screen.findByRole('table', { name: 'Care teams' });
    await user.click(within(screen.getByRole('banner')).getByRole('button', { name: 'Sign out' }));
    await screen.findByRole('heading', { level: 1, name: 'Sign in' });

    const sent = fetchSpy.mock.calls.map(([url, init]) => [`${init?.method ?? 'GET'} ${url}`, csrfHeaderOf(init)]);
    expect(sent.filter(([request]) => request?.startsWith('POST'))).toEqual([
      // No session yet, so no token to send.
      ['POST /api/auth/login', null],
      ['POST /api/auth/logout', TEST_CSRF_TOKEN],
    ]);
    const reads = sent.filter(([request]) => request?.startsWith('GET'));
    expect(reads.map(([request]) => request).sort()).toEqual([
      'GET /api/auth/me',
      'GET /api/care-teams',
      'GET /api/discontinuation-requests?awaiting=me',
      'GET /api/health',
      'GET /api/today',
    ]);
    expect(reads.every(([, header]) => header === null)).toBe(true);
  });
});

describe('another sign-in in another tab', () => {
  it('fetches a fresh CSRF token when the API says the token is stale', async () => {
    let meCalls = 0;
    const fetchSpy = mockApi({
      'GET /api/auth/me': () => ({
        status: 200,
        body: { user: TEST_USER, csrfToken: ++meCalls === 1 ? TEST_CSRF_TOKEN : 'token-of-the-new-session' },
      }),
      'GET /api/health': HEALTH_OK,
      'GET /api/care-teams': TEAMS,
      'GET /api/today': QUIET_TODAY,
      'POST /api/patients': (init) =>
        csrfHeaderOf(init) === TEST_CSRF_TOKEN
          ? { status: 403, body: { statusCode: 403, code: 'CSRF_TOKEN_INVALID', message: 'Wrong X-CSRF-Token' } }
          : { status: 201, body: {} },
    });
    renderApp('/');
    await screen.findByRole('table', { name: 'Care teams' });

    await act(() => expect(apiClient.post('/patients', {})).rejects.toMatchObject({ code: 'CSRF_TOKEN_INVALID' }));
    await waitFor(() => expect(meCalls).toBe(2));
    await act(() => apiClient.post('/patients', {}));

    const writes = fetchSpy.mock.calls.filter(([url]) => url === '/api/patients').map(([, init]) => csrfHeaderOf(init));
    expect(writes).toEqual([TEST_CSRF_TOKEN, 'token-of-the-new-session']);
  });

  it('drops what was shown for the previous user when the cookie now names someone else', async () => {
    const other = { ...TEST_USER, id: 'u2', displayName: 'Sam South' };
    let meCalls = 0;
    let teamCalls = 0;
    let todayCalls = 0;
    mockApi({
      'GET /api/auth/me': () => sessionOf(++meCalls === 1 ? TEST_USER : other),
      'GET /api/health': HEALTH_OK,
      'GET /api/care-teams': () => (++teamCalls === 1 ? TEAMS : never()),
      'GET /api/today': () => (++todayCalls === 1 ? BUSY_TODAY : never()),
    });
    const { queryClient } = renderApp('/');
    await screen.findByRole('table', { name: 'Care teams' });
    await screen.findByRole('list', { name: 'Counts' });

    await act(() => queryClient.refetchQueries({ queryKey: queryKeys.auth.currentUser }));

    expect(await screen.findByText('Loading care teams…')).toBeInTheDocument();
    expect(screen.getByText('Loading your day…')).toBeInTheDocument();
    expect(screen.queryByText('North Clinic')).not.toBeInTheDocument();
    expect(screen.queryAllByText('Example, Robin')).toEqual([]);
    expect(screen.getByRole('banner')).toHaveTextContent('Sam South');
  });
});

describe('second factor setup', () => {
  const ADMIN = { ...TEST_USER, roles: ['admin' as const], totpSetupRequired: true };
  const SETUP: MockReply = {
    status: 200,
    body: { secret: 'JBSWY3DPEHPK3PXPJBSW', otpauthUri: 'otpauth://totp/Naltrack:admin?secret=JBSWY3DPEHPK3PXPJBSW' },
  };

  it('keeps an administrator without a second factor on the setup page until it is on', async () => {
    let enabled = false;
    const fetchSpy = mockApi({
      'GET /api/auth/me': () => sessionOf({ ...ADMIN, totpSetupRequired: !enabled, totpEnabled: enabled }),
      'POST /api/auth/totp/setup': SETUP,
      'POST /api/auth/totp/enable': (init) => {
        if (String(init?.body) !== '{"code":"123456"}') {
          return {
            status: 400,
            body: {
              statusCode: 400,
              code: 'VALIDATION_FAILED',
              message: 'The authenticator code is not correct',
              details: { fields: [{ field: 'code', messages: ['The authenticator code is not correct'] }] },
            },
          };
        }
        enabled = true;
        return { status: 204 };
      },
      'GET /api/health': HEALTH_OK,
    });
    const { user, router } = renderApp('/');

    expect(await screen.findByRole('heading', { level: 1, name: 'Set up two-step sign-in' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/setup-second-factor');

    await user.click(screen.getByRole('button', { name: 'Create a setup key' }));
    expect(await screen.findByText('JBSW Y3DP EHPK 3PXP JBSW')).toBeInTheDocument();
    expect(screen.getByLabelText(/^Setup link/)).toHaveValue(
      'otpauth://totp/Naltrack:admin?secret=JBSWY3DPEHPK3PXPJBSW',
    );

    const code = screen.getByLabelText(/^6-digit code/);
    expect(code).toHaveAttribute('autocomplete', 'one-time-code');
    await user.type(code, '999999');
    await user.click(screen.getByRole('button', { name: 'Turn on two-step sign-in' }));
    expect(await screen.findByText('The authenticator code is not correct')).toBeInTheDocument();
    expect(code).toHaveAttribute('aria-invalid', 'true');

    await user.clear(code);
    await user.type(code, '123456');
    await user.click(screen.getByRole('button', { name: 'Turn on two-step sign-in' }));

    // An administrator's Today has no worklist: it points to their own work.
    expect(await screen.findByRole('heading', { level: 1, name: 'Today' })).toBeInTheDocument();
    expect(within(screen.getByRole('main')).getByRole('link', { name: 'Admin' })).toHaveAttribute('href', '/admin');
    expect(router.state.location.pathname).toBe('/');
    const enable = fetchSpy.mock.calls.find(([url]) => url === '/api/auth/totp/enable');
    expect(csrfHeaderOf(enable?.[1])).toBe(TEST_CSRF_TOKEN);
  });

  it('redirects every page to the setup while it is owed, and returns there afterwards', async () => {
    mockApi({ 'GET /api/auth/me': sessionOf(ADMIN) });

    const { router } = renderApp('/patients/p1');

    await screen.findByRole('heading', { level: 1, name: 'Set up two-step sign-in' });
    expect(router.state.location.pathname).toBe('/setup-second-factor');
    expect(router.state.location.state).toEqual({ from: '/patients/p1' });
    expect(screen.queryByRole('navigation', { name: 'Main' })).not.toBeInTheDocument();
  });

  it('sends everyone else away from the setup page', async () => {
    mockApi({
      'GET /api/auth/me': SIGNED_IN,
      'GET /api/health': HEALTH_OK,
      'GET /api/care-teams': TEAMS,
      'GET /api/today': QUIET_TODAY,
    });

    const { router } = renderApp('/setup-second-factor');

    expect(await screen.findByRole('table', { name: 'Care teams' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/');
  });
});
