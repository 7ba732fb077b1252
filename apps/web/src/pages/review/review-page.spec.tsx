import { addDays, clinicalDateOf } from '@naltrack/domain';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { TEST_NOW } from '../../test/clinical-clock';
import { type MockReply, mockApi } from '../../test/mock-api';
import { renderApp } from '../../test/render-app';
import { SIGNED_IN, sessionOf, TEST_USER } from '../../test/session-fixtures';
import { agendaOf, PENDING_ITEM } from './review-fixtures';

/** The clinic's day in the tests (the calendar runs move it). */
const today = clinicalDateOf(TEST_NOW, TEST_USER.clinicTimeZone);
const weekAgo = addDays(today, -7);
const AGENDA = 'GET /api/case-review';
const MARK = 'POST /api/case-review/items';
const base = {
  'GET /api/auth/me': SIGNED_IN,
  'GET /api/health': { status: 200, body: { status: 'ok', database: 'up' } } as MockReply,
};

/** The query of the last agenda request, e.g. `careTeamId=t1&on=<today>`. */
function lastQuery(fetchSpy: { mock: { calls: unknown[][] } }): string {
  const urls = fetchSpy.mock.calls.map(([input]) => String(input)).filter((url) => url.startsWith('/api/case-review?'));
  return urls.at(-1)?.split('?')[1] ?? '';
}

describe('Case review page', () => {
  it('shows the first team’s agenda for today, section by section, with figures and what was decided', async () => {
    const fetchSpy = mockApi({ ...base, [AGENDA]: { status: 200, body: agendaOf() } });
    renderApp('/review');

    const pending = await screen.findByRole('region', { name: 'Pending approvals (1)' });
    expect(screen.getByRole('heading', { level: 1, name: 'Case review' })).toBeInTheDocument();
    expect(lastQuery(fetchSpy)).toBe(`careTeamId=t1&on=${today}`);
    expect(screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent)).toEqual([
      'Pending approvals (1)',
      'Early relapses (1)',
      'Injections overdue',
    ]);

    const item = within(pending).getByRole('article', { name: 'Example, Robin' });
    expect(within(item).getByRole('link', { name: 'Example, Robin' })).toHaveAttribute('href', '/patients/p1');
    expect(within(item).getByLabelText('Figures')).toHaveTextContent('PDC 90 d92%ProposedTaper from Jul 1, 2026');
    expect(within(item).getByRole('button', { name: 'Mark discussed' })).toBeInTheDocument();

    const discussed = screen.getByRole('article', { name: 'Sample, Sam' });
    expect(within(discussed).getByRole('group', { name: 'Discussed' })).toHaveTextContent(
      'Weekly sessions for a month.Discussed · Dr. Lee Park · Jun 17, 2026, 9:05 AM',
    );
    expect(within(discussed).queryByRole('button', { name: 'Mark discussed' })).not.toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Injections overdue' })).toHaveTextContent('Nothing to review here.');

    expect(screen.getByRole('link', { name: 'Download agenda (PDF)' })).toHaveAttribute(
      'href',
      `/api/case-review/agenda.pdf?careTeamId=t1&on=${today}`,
    );
  });

  it('marks an item discussed with the decision note, then shows the note, who and when', async () => {
    const posted: unknown[] = [];
    let agenda = agendaOf();
    mockApi({
      ...base,
      [AGENDA]: () => ({ status: 200, body: agenda }),
      [MARK]: (init) => {
        const body = JSON.parse(String(init?.body)) as { decisionNote: string };
        posted.push(body);
        const discussed = {
          decisionNote: body.decisionNote,
          discussedBy: { id: 'u1', displayName: 'Dr. Ada North' },
          discussedAt: '2026-06-17T14:30:00Z',
        };
        agenda = agendaOf({ ...PENDING_ITEM, discussed });
        return {
          status: 201,
          body: {
            id: 'c1',
            careTeamId: 't1',
            patientId: 'p1',
            kind: 'pending_approval',
            on: today,
            ...discussed,
          },
        };
      },
    });
    const { user } = renderApp('/review');

    const item = await screen.findByRole('article', { name: 'Example, Robin' });
    await user.click(within(item).getByRole('button', { name: 'Mark discussed' }));
    const form = within(item).getByRole('form', { name: 'Mark discussed' });

    // The note is the record of the decision: an empty one is refused before any request.
    await user.click(within(form).getByRole('button', { name: 'Save decision' }));
    expect(await within(form).findByText('Write what the team decided')).toBeInTheDocument();
    expect(posted).toEqual([]);
    expect(within(form).getByLabelText(/Decision note/)).toHaveAttribute('maxlength', '2000');

    await user.type(within(form).getByLabelText(/Decision note/), '  Approve the taper; review in 4 weeks. ');
    await user.click(within(form).getByRole('button', { name: 'Save decision' }));

    await waitFor(() =>
      expect(posted).toEqual([
        {
          careTeamId: 't1',
          patientId: 'p1',
          kind: 'pending_approval',
          on: today,
          decisionNote: 'Approve the taper; review in 4 weeks.',
        },
      ]),
    );
    const discussed = await within(item).findByRole('group', { name: 'Discussed' });
    expect(discussed).toHaveTextContent(
      'Approve the taper; review in 4 weeks.Discussed · Dr. Ada North · Jun 17, 2026, 10:30 AM',
    );
    expect(within(item).queryByRole('form')).not.toBeInTheDocument();
  });

  it('says why an item could not be marked discussed', async () => {
    mockApi({
      ...base,
      [AGENDA]: { status: 200, body: agendaOf() },
      [MARK]: {
        status: 409,
        body: { statusCode: 409, code: 'CASE_REVIEW_ITEM_EXISTS', message: 'This item was already discussed' },
      },
    });
    const { user } = renderApp('/review');

    const item = await screen.findByRole('article', { name: 'Example, Robin' });
    await user.click(within(item).getByRole('button', { name: 'Mark discussed' }));
    await user.type(within(item).getByLabelText(/Decision note/), 'Agreed.');
    await user.click(within(item).getByRole('button', { name: 'Save decision' }));

    expect(await within(item).findByText('This item was already discussed')).toBeInTheDocument();
  });

  it('loads another team and day when picked, and keeps them in the address', async () => {
    const twoTeams = [...TEST_USER.careTeams, { id: 't2', code: 'south', name: 'South Clinic' }];
    const fetchSpy = mockApi({
      ...base,
      'GET /api/auth/me': sessionOf({ ...TEST_USER, careTeams: twoTeams }),
      [AGENDA]: { status: 200, body: agendaOf() },
    });
    const { user, router } = renderApp('/review');
    await screen.findByRole('region', { name: 'Pending approvals (1)' });

    await user.selectOptions(screen.getByLabelText('Care team'), 'South Clinic');
    await waitFor(() => expect(lastQuery(fetchSpy)).toBe(`careTeamId=t2&on=${today}`));

    // A date input changes in one step, as a browser's date picker sets it.
    fireEvent.change(screen.getByLabelText('Day'), { target: { value: weekAgo } });
    await waitFor(() => expect(lastQuery(fetchSpy)).toBe(`careTeamId=t2&on=${weekAgo}`));
    expect(router.state.location.search).toBe(`?careTeamId=t2&on=${weekAgo}`);
    expect(screen.getByRole('link', { name: 'Download agenda (PDF)' })).toHaveAttribute(
      'href',
      `/api/case-review/agenda.pdf?careTeamId=t2&on=${weekAgo}`,
    );
  });

  it('explains the page to administrators and auditors instead of asking for clinical data', async () => {
    mockApi({ ...base, 'GET /api/auth/me': sessionOf({ ...TEST_USER, roles: ['auditor'], careTeams: [] }) });
    renderApp('/review');
    expect(await screen.findByRole('heading', { level: 1, name: 'Not available for your role' })).toBeInTheDocument();
  });
});
