import { PART2_NOTICE } from '@naltrack/domain';
import { screen, within } from '@testing-library/react';
import { QUIET_DAY } from './pages/today/today-fixtures';
import { type MockReply, mockApi } from './test/mock-api';
import { renderApp } from './test/render-app';
import { SIGNED_IN } from './test/session-fixtures';

const HEALTH_OK: MockReply = { status: 200, body: { status: 'ok', database: 'up' } };
const TEAMS: MockReply = {
  status: 200,
  body: [{ id: 't1', code: 'north', name: 'North Clinic', patientCount: 3, activeCount: 2 }],
};
const TODAY: MockReply = { status: 200, body: QUIET_DAY };

describe('app shell and routes', () => {
  it('frames pages with labelled landmarks, the health status and the Part 2 notice', async () => {
    mockApi({
      'GET /api/auth/me': SIGNED_IN,
      'GET /api/health': HEALTH_OK,
      'GET /api/care-teams': TEAMS,
      'GET /api/today': TODAY,
    });

    renderApp('/');

    // The dashboard opens once the session check has answered.
    await screen.findByRole('navigation', { name: 'Main' });
    const banner = screen.getByRole('banner');
    expect(within(banner).getByRole('link', { name: 'Naltrack' })).toHaveAttribute('href', '/');
    expect(await within(banner).findByText('System OK')).toBeInTheDocument();

    const nav = screen.getByRole('navigation', { name: 'Main' });
    expect(within(nav).getByRole('link', { name: 'Today' })).toHaveAttribute('aria-current', 'page');
    expect(within(nav).getByRole('link', { name: 'Case review' })).toHaveAttribute('href', '/review');
    expect(screen.getByRole('heading', { level: 1, name: 'Today' })).toBeInTheDocument();

    expect(screen.getByRole('main')).toHaveAttribute('id', 'main-content');
    expect(screen.getByRole('link', { name: 'Skip to main content' })).toHaveAttribute('href', '#main-content');
    expect(screen.getByRole('contentinfo')).toHaveTextContent(PART2_NOTICE);
  });

  it('shows Not Found for an unknown address, inside the layout, with a way back', async () => {
    mockApi({
      'GET /api/auth/me': SIGNED_IN,
      'GET /api/health': HEALTH_OK,
      'GET /api/care-teams': TEAMS,
      'GET /api/today': TODAY,
    });

    const { user, router } = renderApp('/no/such/page');

    expect(await screen.findByRole('heading', { level: 1, name: 'Page not found' })).toBeInTheDocument();
    expect(document.title).toBe('Page not found · Naltrack');
    expect(screen.getByRole('contentinfo')).toHaveTextContent(PART2_NOTICE);
    expect(
      within(screen.getByRole('navigation', { name: 'Main' })).getByRole('link', { name: 'Today' }),
    ).not.toHaveAttribute('aria-current');

    await user.click(screen.getByRole('link', { name: 'Go to Today' }));

    expect(router.state.location.pathname).toBe('/');
    expect(await screen.findByRole('heading', { level: 1, name: 'Today' })).toBeInTheDocument();
    expect(await screen.findByRole('table', { name: 'Care teams' })).toBeInTheDocument();
  });
});
