import { jest } from '@jest/globals';
import { screen, waitFor, within } from '@testing-library/react';
import { mockApi } from '../../test/mock-api';
import { renderApp } from '../../test/render-app';
import { SIGNED_IN } from '../../test/session-fixtures';
import { caseloadItem, caseloadPage } from './caseload-fixtures';

const TEAMS = [{ id: 't1', code: 'north', name: 'North Clinic', patientCount: 3, activeCount: 2 }];

/** Serves the caseload: the not-started patient when filtered by that flag, everyone otherwise. */
function serveCaseload() {
  const spy = mockApi({
    'GET /api/auth/me': SIGNED_IN,
    'GET /api/health': { status: 200, body: { status: 'ok', database: 'up' } },
    'GET /api/care-teams': { status: 200, body: TEAMS },
    'GET /api/caseload': () => {
      const query = new URLSearchParams(String(spy.mock.calls.at(-1)?.[0]).split('?')[1] ?? '');
      const notStarted = caseloadItem(3, { status: 'inducting', formulation: 'oral', flags: ['not_started'] });
      const items = query.get('flag') === 'not_started' ? [notStarted] : [caseloadItem(1), notStarted];
      return { status: 200, body: caseloadPage(items, { counts: { not_started: 1, low_adherence: 5 } }) };
    },
  });
  return spy;
}

function caseloadQueries(spy: ReturnType<typeof mockApi>): URLSearchParams[] {
  return spy.mock.calls
    .map(([input]) => String(input))
    .filter((url) => url.startsWith('/api/caseload'))
    .map((url) => new URLSearchParams(url.split('?')[1] ?? ''));
}

beforeEach(() => {
  // jsdom has no layout: give the table's scroll area a height so the virtualizer renders rows.
  jest.spyOn(HTMLElement.prototype, 'clientHeight', 'get').mockReturnValue(600);
});

describe('Caseload, the not_started flag', () => {
  it('shows the count on a chip that filters by it, and the badge on the patient with its rule', async () => {
    const spy = serveCaseload();
    const { user, router } = renderApp('/caseload');

    const chip = await screen.findByRole('checkbox', { name: 'Not started (1)' });
    expect(chip).not.toBeChecked();
    expect(chip).toHaveAccessibleDescription(expect.stringContaining('no injection, dispense or dose'));
    expect(await screen.findByText('Family0001, Given')).toBeInTheDocument();

    await user.click(chip);

    expect(await screen.findByRole('checkbox', { name: 'Not started (1)' })).toBeChecked();
    expect(caseloadQueries(spy).at(-1)?.get('flag')).toBe('not_started');
    expect(new URLSearchParams(router.state.location.search).get('flag')).toBe('not_started');
    const table = screen.getByRole('table', { name: 'Patients' });
    await waitFor(() => expect(within(table).queryByText('Family0001, Given')).not.toBeInTheDocument());
    const row = within(table).getByText('Family0003, Given').closest('tr') as HTMLElement;
    const badge = within(row).getByText('Not started').closest('[data-flag]');
    expect(badge).toHaveAttribute('data-flag', 'not_started');
    expect(badge).toHaveAccessibleDescription(expect.stringContaining('7 or more days ago'));
  });

  it('sends the flag from a bookmarked address with the first request', async () => {
    const spy = serveCaseload();
    renderApp('/caseload?flag=not_started');

    expect(await screen.findByRole('checkbox', { name: 'Not started (1)' })).toBeChecked();
    expect(caseloadQueries(spy)[0]?.get('flag')).toBe('not_started');
  });
});
