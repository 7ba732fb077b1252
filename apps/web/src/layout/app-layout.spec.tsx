import { jest } from '@jest/globals';
import { screen } from '@testing-library/react';
import { QUIET_DAY } from '../pages/today/today-fixtures';
import { type MockReply, mockApi } from '../test/mock-api';
import { renderApp } from '../test/render-app';
import { SIGNED_IN } from '../test/session-fixtures';

const HEALTH_OK: MockReply = { status: 200, body: { status: 'ok', database: 'up' } };

/** Pretends the viewport is phone-sized: every max-width query matches. */
function pretendNarrowScreen(): void {
  const real = window.matchMedia;
  jest.spyOn(window, 'matchMedia').mockImplementation((query) => ({
    ...real(query),
    matches: query.includes('max-width'),
  }));
}

describe('AppLayout on a narrow screen', () => {
  it('keeps the closed navigation drawer out of reach until the menu button opens it', async () => {
    pretendNarrowScreen();
    mockApi({
      'GET /api/auth/me': SIGNED_IN,
      'GET /api/health': HEALTH_OK,
      'GET /api/care-teams': { status: 200, body: [] },
      'GET /api/today': { status: 200, body: QUIET_DAY },
    });

    const { user } = renderApp('/somewhere-else');
    const nav = await screen.findByRole('navigation', { name: 'Main', hidden: true });
    const menu = screen.getByRole('button', { name: 'Open navigation' });

    expect(nav).toHaveAttribute('inert');
    expect(menu).toHaveAttribute('aria-expanded', 'false');

    await user.click(menu);

    expect(nav).not.toHaveAttribute('inert');
    expect(screen.getByRole('button', { name: 'Close navigation' })).toHaveAttribute('aria-expanded', 'true');

    await user.click(screen.getByRole('link', { name: 'Today' }));

    expect(nav).toHaveAttribute('inert');
  });
});
