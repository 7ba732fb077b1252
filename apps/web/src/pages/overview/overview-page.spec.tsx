import { screen, within } from '@testing-library/react';
import { type MockReply, mockApi, never } from '../../test/mock-api';
import { renderApp } from '../../test/render-app';
import { SIGNED_IN } from '../../test/session-fixtures';

const HEALTH_OK: MockReply = { status: 200, body: { status: 'ok', database: 'up' } };

const TEAMS = [
  { id: 't1', code: 'north', name: 'North Clinic', patientCount: 1240, activeCount: 87 },
  { id: 't2', code: 'south', name: 'South Clinic', patientCount: 12, activeCount: 0 },
];

function rowTexts(table: HTMLElement): string[][] {
  return within(table)
    .getAllByRole('row')
    .map((row) => Array.from(row.querySelectorAll('th, td'), (cell) => cell.textContent ?? ''));
}

describe('Overview page', () => {
  it('lists the care teams with their patient and active counts', async () => {
    mockApi({
      'GET /api/auth/me': SIGNED_IN,
      'GET /api/health': HEALTH_OK,
      'GET /api/care-teams': { status: 200, body: TEAMS },
    });

    renderApp('/');

    const table = await screen.findByRole('table', { name: 'Care teams' });
    expect(rowTexts(table)).toEqual([
      ['Team', 'Patients', 'Active'],
      ['North Clinic', '1,240', '87'],
      ['South Clinic', '12', '0'],
    ]);
    expect(screen.getByRole('heading', { level: 1, name: 'Overview' })).toBeInTheDocument();
    expect(document.title).toBe('Overview · Naltrack');
  });

  it('shows a loading state while the teams are on their way', async () => {
    mockApi({ 'GET /api/auth/me': SIGNED_IN, 'GET /api/health': HEALTH_OK, 'GET /api/care-teams': never });

    renderApp('/');

    expect(await screen.findByText('Loading care teams…')).toBeInTheDocument();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
  });

  it('shows an empty state when there are no care teams', async () => {
    mockApi({
      'GET /api/auth/me': SIGNED_IN,
      'GET /api/health': HEALTH_OK,
      'GET /api/care-teams': { status: 200, body: [] },
    });

    renderApp('/');

    expect(await screen.findByText('No care teams yet')).toBeInTheDocument();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
    expect(screen.queryByText('Loading care teams…')).not.toBeInTheDocument();
  });

  it('shows the API’s error message and a reference, and can try again', async () => {
    let attempts = 0;
    mockApi({
      'GET /api/auth/me': SIGNED_IN,
      'GET /api/health': HEALTH_OK,
      'GET /api/care-teams': () =>
        ++attempts === 1
          ? {
              status: 403,
              body: {
                statusCode: 403,
                code: 'FORBIDDEN',
                message: 'You are not a member of any care team',
                requestId: 'req-7',
              },
            }
          : { status: 200, body: TEAMS },
    });

    const { user } = renderApp('/');

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Could not load care teams');
    expect(alert).toHaveTextContent('You are not a member of any care team');
    expect(alert).toHaveTextContent('Reference: req-7');

    await user.click(within(alert).getByRole('button', { name: 'Try again' }));

    expect(await screen.findByRole('table', { name: 'Care teams' })).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('explains an unreachable server in words, not internals', async () => {
    mockApi({
      'GET /api/auth/me': SIGNED_IN,
      'GET /api/health': HEALTH_OK,
      'GET /api/care-teams': { networkError: true },
    });

    renderApp('/');

    expect(await screen.findByRole('alert')).toHaveTextContent('Cannot reach the Naltrack server.');
    expect(screen.getByRole('alert')).not.toHaveTextContent('Failed to fetch');
  });
});
