import { jest } from '@jest/globals';
import { screen, waitFor, within } from '@testing-library/react';
import { mockApi } from '../../test/mock-api';
import { renderApp } from '../../test/render-app';
import { SIGNED_IN } from '../../test/session-fixtures';
import { caseloadItem, caseloadPage } from './caseload-fixtures';
import { CASELOAD_COLUMNS_STORAGE_KEY, COMPACT_CASELOAD_QUERY } from './use-caseload-columns';

const TEAMS = [{ id: 't1', code: 'north', name: 'North Clinic', patientCount: 3, activeCount: 2 }];

const REACHED = caseloadItem(1, {
  flags: ['injection_overdue'],
  outreach: { openTasks: 2, nextDueOn: '2025-04-03', lastAttemptOn: '2025-04-01' },
});
const ACKNOWLEDGED = caseloadItem(2, {
  flags: ['low_adherence', 'craving_high'],
  acknowledgedFlags: [{ flag: 'craving_high', untilOn: '2025-04-20', reason: 'In hospital' }],
});
const NOT_REACHED = caseloadItem(3, { flags: ['missed_sessions'] });

/** Serves the caseload: only the patient nobody is reaching when filtered by outreach=none. */
function serveCaseload() {
  const spy = mockApi({
    'GET /api/auth/me': SIGNED_IN,
    'GET /api/health': { status: 200, body: { status: 'ok', database: 'up' } },
    'GET /api/care-teams': { status: 200, body: TEAMS },
    'GET /api/caseload': () => {
      const query = new URLSearchParams(String(spy.mock.calls.at(-1)?.[0]).split('?')[1] ?? '');
      const items = query.get('outreach') === 'none' ? [NOT_REACHED] : [REACHED, ACKNOWLEDGED, NOT_REACHED];
      return { status: 200, body: caseloadPage(items) };
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

/** Header labels without the (aria-hidden) sort arrows. */
const headers = () => screen.getAllByRole('columnheader').map((header) => header.textContent?.replace(/[▲▼]/g, ''));
const rowOf = (name: string) => screen.getByRole('row', { name: new RegExp(name) });

/** A tablet in landscape, 1024 px wide (jsdom's own width): the under-1280 query matches. */
function pretendTabletWidth(): void {
  expect(window.innerWidth).toBe(1024);
  const real = window.matchMedia;
  jest.spyOn(window, 'matchMedia').mockImplementation((query) => ({
    ...real(query),
    matches: query === COMPACT_CASELOAD_QUERY,
  }));
}

beforeEach(() => {
  // jsdom has no layout: give the table's scroll area a height so the virtualizer renders rows.
  jest.spyOn(HTMLElement.prototype, 'clientHeight', 'get').mockReturnValue(600);
  localStorage.clear();
});

describe('Caseload outreach', () => {
  it('shows each patient’s open tasks and next due day, or a dash', async () => {
    serveCaseload();
    renderApp('/caseload');

    await screen.findByRole('table', { name: 'Patients' });
    expect(screen.getByRole('columnheader', { name: 'Outreach' })).toBeInTheDocument();
    expect(within(rowOf('Family0001')).getByText('2 open · due 2025-04-03')).toBeInTheDocument();
    const outreachColumn = headers().indexOf('Outreach');
    expect(within(rowOf('Family0003')).getAllByRole('cell')[outreachColumn - 1]).toHaveTextContent(/^—$/);
  });

  it('filters to patients nobody is reaching yet with outreach=none, kept in the URL', async () => {
    const spy = serveCaseload();
    const { user, router } = renderApp('/caseload');

    await user.click(await screen.findByRole('checkbox', { name: 'No outreach yet' }));

    await waitFor(() => expect(screen.queryByText('Family0001, Given')).not.toBeInTheDocument());
    expect(screen.getByText('Family0003, Given')).toBeInTheDocument();
    expect(caseloadQueries(spy).at(-1)?.get('outreach')).toBe('none');
    expect(new URLSearchParams(router.state.location.search).get('outreach')).toBe('none');

    await user.click(screen.getByRole('checkbox', { name: 'No outreach yet' }));

    expect(await screen.findByText('Family0001, Given')).toBeInTheDocument();
    expect(caseloadQueries(spy).at(-1)?.has('outreach')).toBe(false);
  });

  it('draws an acknowledged flag muted, with the day and reason on hover', async () => {
    serveCaseload();
    const { user } = renderApp('/caseload');

    await screen.findByRole('table', { name: 'Patients' });
    const row = rowOf('Family0002');
    const muted = within(row).getByText('High craving').closest('[data-flag]') as HTMLElement;
    const live = within(row).getByText('Low adherence').closest('[data-flag]') as HTMLElement;
    expect(muted).toHaveAttribute('data-acknowledged', 'true');
    expect(muted).toHaveTextContent('High craving (acknowledged)');
    expect(live).not.toHaveAttribute('data-acknowledged');

    await user.hover(muted);

    expect(await screen.findByRole('tooltip')).toHaveTextContent('Acknowledged until 2025-04-20: In hospital');
  });

  it('shows only the essential columns at 1024 px, narrow enough to fit beside the navigation', async () => {
    pretendTabletWidth();
    serveCaseload();
    renderApp('/caseload');

    await screen.findByRole('table', { name: 'Patients' });
    await waitFor(() => expect(headers()).toEqual(['Name', 'Next injection', 'Outreach', 'Flags']));
    // 1024 px less the 240 px navigation and the page's padding leaves about 700 px.
    const width = Number.parseInt(screen.getByRole('table', { name: 'Patients' }).style.width, 10);
    expect(width).toBeLessThanOrEqual(700);
    expect(within(rowOf('Family0001')).getByText('2 open · due 2025-04-03')).toBeInTheDocument();
  });

  it('keeps a column chosen on a tablet for the next visit', async () => {
    pretendTabletWidth();
    serveCaseload();
    const { user, unmount } = renderApp('/caseload');

    await screen.findByRole('table', { name: 'Patients' });
    await user.click(screen.getByRole('button', { name: 'Columns' }));
    await user.click(await screen.findByRole('checkbox', { name: 'PDC 90' }));

    await waitFor(() => expect(headers()).toEqual(['Name', 'PDC 90', 'Next injection', 'Outreach', 'Flags']));
    expect(JSON.parse(localStorage.getItem(CASELOAD_COLUMNS_STORAGE_KEY) ?? 'null')).toEqual([
      'name',
      'injectionDue',
      'outreach',
      'flags',
      'pdc90',
    ]);

    unmount();
    renderApp('/caseload');

    await screen.findByRole('table', { name: 'Patients' });
    expect(headers()).toEqual(['Name', 'PDC 90', 'Next injection', 'Outreach', 'Flags']);
  });
});
