import { screen, waitFor, within } from '@testing-library/react';
import { type MockReply, type MockRoute, mockApi, never } from '../../test/mock-api';
import { renderApp } from '../../test/render-app';
import { SIGNED_IN, sessionOf, TEST_CSRF_TOKEN, TEST_USER, UNAUTHENTICATED } from '../../test/session-fixtures';
import { QUIET_DAY } from '../today/today-fixtures';

const HEALTH_OK: MockReply = { status: 200, body: { status: 'ok', database: 'up' } };
const TEAMS: MockReply = {
  status: 200,
  body: [{ id: 't1', code: 'north', name: 'North Clinic', patientCount: 3, activeCount: 2 }],
};
/** The landing page's worklist, for the tests that end there. */
const TODAY: MockReply = { status: 200, body: QUIET_DAY };

function apiError(statusCode: number, code: string, message: string, details?: unknown): MockReply {
  return { status: statusCode, body: { statusCode, code, message, details } };
}

const INVALID_CREDENTIALS = apiError(401, 'INVALID_CREDENTIALS', 'The email or password is not correct');

/** The app for someone not signed in, with `login` answering sign-in attempts. */
function renderSignedOut(login: MockRoute, path = '/login') {
  const fetchSpy = mockApi({
    'GET /api/auth/me': UNAUTHENTICATED,
    'POST /api/auth/login': login,
    'GET /api/health': HEALTH_OK,
    'GET /api/care-teams': TEAMS,
    'GET /api/today': TODAY,
  });
  return { ...renderApp(path), fetchSpy };
}

function loginBodies(fetchSpy: ReturnType<typeof mockApi>): unknown[] {
  return fetchSpy.mock.calls
    .filter(([url, init]) => url === '/api/auth/login' && init?.method === 'POST')
    .map(([, init]) => JSON.parse(String(init?.body)));
}

async function fillCredentials(user: ReturnType<typeof renderApp>['user'], password = 'correct horse') {
  await user.type(await screen.findByLabelText(/^Email/), TEST_USER.email);
  await user.type(screen.getByLabelText(/^Password/), password);
}

describe('Sign-in page', () => {
  it('sends a signed-out visitor to sign in, then to Today once signed in', async () => {
    const { user, router, fetchSpy } = renderSignedOut(SIGNED_IN, '/');

    expect(await screen.findByRole('heading', { level: 1, name: 'Sign in' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/login');
    expect(document.title).toBe('Sign in · Naltrack');

    await fillCredentials(user);
    await user.click(screen.getByRole('button', { name: 'Sign in' }));

    expect(await screen.findByRole('table', { name: 'Care teams' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1, name: 'Today' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/');
    expect(screen.getByRole('banner')).toHaveTextContent(TEST_USER.displayName);
    expect(loginBodies(fetchSpy)).toEqual([{ email: TEST_USER.email, password: 'correct horse' }]);
  });

  it('returns to the page the user was heading for, keeping only its path', async () => {
    const { user, router } = renderSignedOut(SIGNED_IN, '/patients?search=Smith#top');

    await fillCredentials(user);
    await user.click(screen.getByRole('button', { name: 'Sign in' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Page not found' })).toBeInTheDocument();
    expect(router.state.location).toMatchObject({ pathname: '/patients', search: '', hash: '' });
  });

  it('labels the fields for password managers and screen readers', async () => {
    renderSignedOut(never);

    expect(await screen.findByLabelText(/^Email/)).toHaveAttribute('autocomplete', 'username');
    expect(screen.getByLabelText(/^Password/)).toHaveAttribute('autocomplete', 'current-password');
    // One control per name: the show-password toggle must not also answer to "password".
    expect(screen.getAllByLabelText(/password/i)).toHaveLength(1);
    expect(screen.getByRole('button', { name: 'Show what you typed' })).toHaveAttribute('aria-pressed', 'false');
    expect(screen.getByRole('form', { name: 'Sign in' })).toBeInTheDocument();
    expect(screen.getByRole('main')).toBeInTheDocument();
  });

  it('shows the loading state on the button while signing in', async () => {
    const { user } = renderSignedOut(never);

    await fillCredentials(user);
    await user.click(screen.getByRole('button', { name: 'Sign in' }));

    await waitFor(() => expect(screen.getByRole('button', { name: 'Sign in' })).toHaveAttribute('data-loading'));
    expect(screen.getByRole('button', { name: 'Sign in' })).toBeDisabled();
  });

  it('says so when the email or password is wrong, and moves focus to the message', async () => {
    const { user, router } = renderSignedOut(INVALID_CREDENTIALS);

    await fillCredentials(user, 'wrong');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The email or password is not correct');
    expect(alert).toHaveFocus();
    expect(router.state.location.pathname).toBe('/login');
  });

  it('asks for the authenticator code when the account has one, and sends it with the password', async () => {
    const { user, fetchSpy } = renderSignedOut((init) =>
      String(init?.body).includes('totpCode')
        ? SIGNED_IN
        : apiError(401, 'TOTP_REQUIRED', 'Enter the code from your authenticator app'),
    );

    await fillCredentials(user);
    await user.click(screen.getByRole('button', { name: 'Sign in' }));

    const code = await screen.findByLabelText(/^6-digit code/);
    expect(code).toHaveAttribute('autocomplete', 'one-time-code');
    expect(code).toHaveFocus();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();

    await user.type(code, '123456');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));

    expect(await screen.findByRole('table', { name: 'Care teams' })).toBeInTheDocument();
    expect(loginBodies(fetchSpy)).toEqual([
      { email: TEST_USER.email, password: 'correct horse' },
      { email: TEST_USER.email, password: 'correct horse', totpCode: '123456' },
    ]);
  });

  it('shows a wrong authenticator code at the code field', async () => {
    const { user } = renderSignedOut((init) =>
      String(init?.body).includes('totpCode')
        ? apiError(401, 'INVALID_TOTP', 'The authenticator code is not correct')
        : apiError(401, 'TOTP_REQUIRED', 'Enter the code from your authenticator app'),
    );

    await fillCredentials(user);
    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    await user.type(await screen.findByLabelText(/^6-digit code/), '000000');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));

    const code = screen.getByLabelText(/^6-digit code/);
    await waitFor(() => expect(code).toHaveAccessibleDescription('The authenticator code is not correct'));
    expect(code).toHaveAttribute('aria-invalid', 'true');
  });

  it('puts the API’s field errors at the field they name', async () => {
    const { user } = renderSignedOut(
      apiError(400, 'VALIDATION_FAILED', 'Invalid request: email must be an email', {
        fields: [{ field: 'email', messages: ['email must be an email'] }],
      }),
    );

    await fillCredentials(user);
    await user.click(screen.getByRole('button', { name: 'Sign in' }));

    const email = screen.getByLabelText(/^Email/);
    await waitFor(() => expect(email).toHaveAccessibleDescription('email must be an email'));
    expect(email).toHaveAttribute('aria-invalid', 'true');
    expect(email).toHaveFocus();
    expect(screen.getByLabelText(/^Password/)).not.toHaveAttribute('aria-invalid', 'true');
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('tells how long to wait after too many failed attempts', async () => {
    const { user } = renderSignedOut(
      apiError(429, 'TOO_MANY_REQUESTS', 'Too many failed sign-ins; try again later', { retryAfterSeconds: 150 }),
    );

    await fillCredentials(user);
    await user.click(screen.getByRole('button', { name: 'Sign in' }));

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Too many failed sign-ins. Please try again in 3 minutes.');
    expect(alert).toHaveFocus();
  });

  it('asks for missing entries without calling the API', async () => {
    const { user, fetchSpy } = renderSignedOut(never);

    await user.click(await screen.findByRole('button', { name: 'Sign in' }));

    expect(screen.getByLabelText(/^Email/)).toHaveAccessibleDescription('Enter your email address');
    expect(screen.getByLabelText(/^Email/)).toHaveFocus();
    expect(screen.getByLabelText(/^Password/)).toHaveAccessibleDescription('Enter your password');
    expect(loginBodies(fetchSpy)).toEqual([]);
  });

  it('keeps the CSRF token out of browser storage and the address', async () => {
    const { user, router } = renderSignedOut(sessionOf());

    await fillCredentials(user);
    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    await screen.findByRole('table', { name: 'Care teams' });

    const stored = [localStorage, sessionStorage].flatMap((storage) =>
      Array.from({ length: storage.length }, (_, i) => `${storage.key(i)}=${storage.getItem(storage.key(i) ?? '')}`),
    );
    expect(stored.join('\n')).not.toContain(TEST_CSRF_TOKEN);
    expect(document.cookie).not.toContain(TEST_CSRF_TOKEN);
    expect(JSON.stringify(router.state.location)).not.toContain(TEST_CSRF_TOKEN);
    expect(JSON.stringify(window.history.state)).not.toContain(TEST_CSRF_TOKEN);
  });

  it('sends someone already signed in straight on to Today', async () => {
    mockApi({
      'GET /api/auth/me': SIGNED_IN,
      'GET /api/health': HEALTH_OK,
      'GET /api/care-teams': TEAMS,
      'GET /api/today': TODAY,
    });

    const { router } = renderApp('/login');

    expect(await screen.findByRole('table', { name: 'Care teams' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1, name: 'Today' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/');
    expect(within(screen.getByRole('banner')).getByRole('button', { name: 'Sign out' })).toBeInTheDocument();
  });
});
