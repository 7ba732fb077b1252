import { jest } from '@jest/globals';
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { type MockReply, mockApi } from '../../test/mock-api';
import { renderApp, renderWithProviders } from '../../test/render-app';
import { SIGNED_IN } from '../../test/session-fixtures';
import { caseloadItem, caseloadPage } from './caseload-fixtures';
import { CaseloadPage } from './caseload-page';

const TEAMS = [{ id: 't1', code: 'north', name: 'North Clinic', patientCount: 3, activeCount: 2 }];

/** Serves the caseload by a function of the request's query; returns the fetch spy. */
function serveCaseload(reply: (query: URLSearchParams) => MockReply | Promise<MockReply>) {
  const spy = mockApi({
    'GET /api/auth/me': SIGNED_IN,
    'GET /api/health': { status: 200, body: { status: 'ok', database: 'up' } },
    'GET /api/care-teams': { status: 200, body: TEAMS },
    // mockApi records the call before answering, so the last call is this request.
    'GET /api/caseload': () => reply(new URLSearchParams(String(spy.mock.calls.at(-1)?.[0]).split('?')[1] ?? '')),
  });
  return spy;
}

function caseloadQueries(spy: ReturnType<typeof mockApi>): URLSearchParams[] {
  return spy.mock.calls
    .map(([input]) => String(input))
    .filter((url) => url.startsWith('/api/caseload'))
    .map((url) => new URLSearchParams(url.split('?')[1] ?? ''));
}

function dataRows(): HTMLElement[] {
  return within(screen.getByRole('table', { name: 'Patients' }))
    .getAllByRole('row')
    .filter((row) => row.hasAttribute('data-index'));
}

const ok = (body: unknown): MockReply => ({ status: 200, body });

beforeEach(() => {
  // jsdom has no layout: give the table's scroll area a height so the virtualizer renders a window.
  jest.spyOn(HTMLElement.prototype, 'clientHeight', 'get').mockReturnValue(600);
});

describe('Caseload page', () => {
  it('lists patients from the API with the total and formatted metrics', async () => {
    const spy = serveCaseload(() =>
      ok(
        caseloadPage(
          [
            caseloadItem(1, {
              flags: ['low_adherence'],
              injection: { lastOn: null, dueOn: '2025-04-02', status: 'overdue' },
              outreach: { openTasks: 1, nextDueOn: '2025-04-03', lastAttemptOn: null },
            }),
            caseloadItem(2, { formulation: null, pdc30: null }),
          ],
          { total: 2 },
        ),
      ),
    );

    renderApp('/caseload');

    await screen.findByRole('table', { name: 'Patients' });
    expect(screen.getByRole('heading', { level: 1, name: 'Caseload' })).toBeInTheDocument();
    expect(screen.getByText('2 patients')).toBeInTheDocument();
    const [first, second] = dataRows();
    const cells = (row: HTMLElement | undefined) =>
      Array.from(row?.querySelectorAll('th, td') ?? [], (cell) => cell.textContent);
    expect(cells(first)).toEqual([
      'Family0001, Given',
      'MRN-00001',
      'Active',
      'XR injection',
      '120',
      '90%',
      '76%',
      '2025-04-02Overdue',
      '80%',
      '12',
      '2025-03-10',
      '1 open · due 2025-04-03',
      'Low adherence',
    ]);
    expect(cells(second)).toEqual(expect.arrayContaining(['Family0002, Given', '—']));
    const badge = within(first as HTMLElement)
      .getByText('Low adherence')
      .closest('[data-flag]');
    expect(badge).toHaveAccessibleDescription(expect.stringContaining('Proportion of days covered'));
    const [query] = caseloadQueries(spy);
    expect(query?.get('limit')).toBe('100');
    expect(query?.has('cursor')).toBe(false);
  });

  it('shows in the status cell the medication a switched patient is on now and who prescribes it', async () => {
    serveCaseload(() =>
      ok(
        caseloadPage([
          caseloadItem(1, {
            status: 'switched',
            switchedTo: { medication: 'buprenorphine', prescribedBy: 'this_team', program: null },
          }),
          caseloadItem(2, {
            status: 'switched',
            switchedTo: { medication: 'methadone', prescribedBy: 'other_program', program: 'Harbor OTP' },
          }),
          caseloadItem(3, { status: 'discontinued' }),
        ]),
      ),
    );

    renderApp('/caseload');

    await screen.findByRole('table', { name: 'Patients' });
    const statusCells = dataRows().map((row) => row.querySelectorAll('th, td')[2]);
    expect(statusCells.map((cell) => cell?.textContent)).toEqual([
      'Switched · Buprenorphine, this team',
      'Switched · Methadone, Harbor OTP',
      'Discontinued',
    ]);
    // Cut to the column's width, the whole text stays on hover.
    expect(within(statusCells[1] as HTMLElement).getByTitle('Switched · Methadone, Harbor OTP')).toBeInTheDocument();
  });

  it('shows flag counts, and a flag chip filters the list and is kept in the URL', async () => {
    const spy = serveCaseload((query) =>
      ok(
        caseloadPage(query.get('flag') ? [caseloadItem(7, { flags: ['injection_overdue'] })] : [caseloadItem(1)], {
          counts: { injection_overdue: 4, low_adherence: 12 },
        }),
      ),
    );

    const { user, router } = renderApp('/caseload');

    const chip = await screen.findByRole('checkbox', { name: 'Injection overdue (4)' });
    expect(screen.getByRole('checkbox', { name: 'Low adherence (12)' })).not.toBeChecked();
    expect(chip).toHaveAccessibleDescription(expect.stringContaining('past due'));

    await user.click(chip);

    expect(await screen.findByText('Family0007, Given')).toBeInTheDocument();
    expect(caseloadQueries(spy).at(-1)?.get('flag')).toBe('injection_overdue');
    expect(new URLSearchParams(router.state.location.search).get('flag')).toBe('injection_overdue');
    expect(screen.getByRole('checkbox', { name: 'Injection overdue (4)' })).toBeChecked();

    await user.click(screen.getByRole('checkbox', { name: 'Injection overdue (4)' }));

    expect(await screen.findByText('Family0001, Given')).toBeInTheDocument();
    expect(caseloadQueries(spy).at(-1)?.has('flag')).toBe(false);
    expect(router.state.location.search).not.toContain('flag');
  });

  it('sorts by a column header, both ways, with aria-sort and the sort in the URL', async () => {
    const spy = serveCaseload(() => ok(caseloadPage([caseloadItem(1)])));

    const { user, router } = renderApp('/caseload');

    await screen.findByRole('table', { name: 'Patients' });
    expect(screen.getByRole('columnheader', { name: 'Name' })).toHaveAttribute('aria-sort', 'ascending');
    const pdcHeader = screen.getByRole('columnheader', { name: 'PDC 30' });
    expect(pdcHeader).toHaveAttribute('aria-sort', 'none');

    await user.click(within(pdcHeader).getByRole('button', { name: 'PDC 30' }));

    await waitFor(() => expect(caseloadQueries(spy).at(-1)?.get('sort')).toBe('pdc30'));
    expect(screen.getByRole('columnheader', { name: 'PDC 30' })).toHaveAttribute('aria-sort', 'ascending');
    expect(screen.getByRole('columnheader', { name: 'Name' })).toHaveAttribute('aria-sort', 'none');

    // Keyboard: the header is a button, so Enter toggles it.
    within(screen.getByRole('columnheader', { name: 'PDC 30' }))
      .getByRole('button')
      .focus();
    await user.keyboard('{Enter}');

    await waitFor(() => expect(caseloadQueries(spy).at(-1)?.get('sort')).toBe('-pdc30'));
    expect(screen.getByRole('columnheader', { name: 'PDC 30' })).toHaveAttribute('aria-sort', 'descending');
    expect(new URLSearchParams(router.state.location.search).get('sort')).toBe('-pdc30');
  });

  it('sends the search as q= after a pause, and never puts it in the URL', async () => {
    const spy = serveCaseload((query) =>
      ok(caseloadPage(query.get('q') ? [caseloadItem(42)] : [caseloadItem(1), caseloadItem(2)])),
    );

    const { user, router } = renderApp('/caseload?status=active');

    await screen.findByText('Family0001, Given');
    await user.type(screen.getByRole('searchbox', { name: 'Search name or MRN' }), 'MRN-00042');

    expect(await screen.findByText('Family0042, Given')).toBeInTheDocument();
    const queries = caseloadQueries(spy);
    expect(queries.at(-1)?.get('q')).toBe('MRN-00042');
    expect(queries.at(-1)?.get('status')).toBe('active');
    // Debounced: not one request per keystroke.
    expect(queries.filter((query) => query.has('q'))).toHaveLength(1);
    const address = `${router.state.location.pathname}${router.state.location.search}${router.state.location.hash}`;
    expect(address).toBe('/caseload?status=active');
    expect(window.location.href).not.toContain('MRN-00042');
  });

  it('sends the filters from the address with the first request', async () => {
    const spy = serveCaseload(() => ok(caseloadPage([caseloadItem(1)])));

    renderApp('/caseload?careTeamId=t1&status=active,tapering,bogus&flag=craving_high&sort=-latestPacs');

    await screen.findByRole('table', { name: 'Patients' });
    const [query] = caseloadQueries(spy);
    expect(Object.fromEntries(query ?? [])).toEqual({
      careTeamId: 't1',
      status: 'active,tapering',
      flag: 'craving_high',
      sort: '-latestPacs',
      limit: '100',
    });
    expect(screen.getByRole('combobox', { name: 'Care team' })).toHaveValue('t1');
    expect(screen.getByRole('columnheader', { name: 'Latest PACS' })).toHaveAttribute('aria-sort', 'descending');
  });

  it('opens a patient by clicking a row or pressing Enter on it', async () => {
    serveCaseload(() => ok(caseloadPage([caseloadItem(1), caseloadItem(2)])));
    // A stand-in patient page: this spec is about where the row leads, not what the patient page loads.
    const router = createMemoryRouter(
      [
        { path: '/caseload', element: <CaseloadPage /> },
        { path: '/patients/:patientId', element: <p>Patient page</p> },
      ],
      { initialEntries: ['/caseload'] },
    );
    const user = userEvent.setup();
    renderWithProviders(<RouterProvider router={router} />);

    await user.click(await screen.findByText('Family0002, Given'));
    expect(router.state.location.pathname).toBe('/patients/p-2');

    await act(() => router.navigate('/caseload'));
    const [firstRow] = await screen.findAllByRole('row', { name: /Family0001/ });
    expect(firstRow).toHaveAttribute('tabindex', '0');
    firstRow?.focus();
    await user.keyboard('{ArrowDown}');
    expect(dataRows()[1]).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(router.state.location.pathname).toBe('/patients/p-2');
    expect(screen.getByText('Patient page')).toBeInTheDocument();
  });

  it('says so when no patient matches', async () => {
    serveCaseload(() => ok(caseloadPage([])));

    renderApp('/caseload');

    expect(await screen.findByText('No patients match these filters')).toBeInTheDocument();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
    expect(screen.getByText('0 patients')).toBeInTheDocument();
  });

  it('shows the API’s error and can try again', async () => {
    let attempts = 0;
    serveCaseload(() =>
      ++attempts === 1
        ? { status: 400, body: { statusCode: 400, code: 'VALIDATION_FAILED', message: 'sort must be one of …' } }
        : ok(caseloadPage([caseloadItem(1)])),
    );

    const { user } = renderApp('/caseload');

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Could not load the caseload');
    expect(alert).toHaveTextContent('sort must be one of');

    await user.click(within(alert).getByRole('button', { name: 'Try again' }));

    expect(await screen.findByText('Family0001, Given')).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('keeps fewer than 60 rows in the DOM for 1,000 patients, and renders more on scroll', async () => {
    const items = Array.from({ length: 1000 }, (_, index) => caseloadItem(index));
    serveCaseload(() => ok(caseloadPage(items)));

    renderApp('/caseload');

    await screen.findByText('Family0000, Given');
    expect(screen.getByText('1,000 patients')).toBeInTheDocument();
    expect(dataRows().length).toBeGreaterThan(10);
    expect(dataRows().length).toBeLessThan(60);
    expect(screen.getByRole('table', { name: 'Patients' })).toHaveAttribute('aria-rowcount', '1001');

    const scroller = screen.getByRole('table', { name: 'Patients' }).parentElement as HTMLElement;
    scroller.scrollTop = 500 * 34;
    fireEvent.scroll(scroller);

    expect(await screen.findByText('Family0500, Given')).toBeInTheDocument();
    expect(screen.queryByText('Family0000, Given')).not.toBeInTheDocument();
    expect(dataRows().length).toBeLessThan(60);
  });

  it('fetches the next page with the cursor when scrolled near the end', async () => {
    const spy = serveCaseload((query) =>
      query.get('cursor') === 'c2'
        ? ok(caseloadPage([caseloadItem(100), caseloadItem(101)], { total: 102 }))
        : ok(
            caseloadPage(
              Array.from({ length: 100 }, (_, index) => caseloadItem(index)),
              { nextCursor: 'c2', total: 102 },
            ),
          ),
    );

    renderApp('/caseload');

    await screen.findByText('Family0000, Given');
    expect(caseloadQueries(spy)).toHaveLength(1);

    const scroller = screen.getByRole('table', { name: 'Patients' }).parentElement as HTMLElement;
    scroller.scrollTop = 100 * 34 - 600;
    fireEvent.scroll(scroller);

    expect(await screen.findByText('Family0101, Given')).toBeInTheDocument();
    const queries = caseloadQueries(spy);
    expect(queries).toHaveLength(2);
    expect(queries[1]?.get('cursor')).toBe('c2');
  });
});
