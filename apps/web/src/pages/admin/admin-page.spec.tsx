import { screen, waitFor, within } from '@testing-library/react';
import { mockApi } from '../../test/mock-api';
import { renderApp } from '../../test/render-app';
import { SIGNED_IN, TEST_CSRF_TOKEN } from '../../test/session-fixtures';
import { adminRoutes, bodyOf, CLINICIANS, ok, validationError } from './admin-fixtures';

function rowTexts(table: HTMLElement): string[][] {
  return within(table)
    .getAllByRole('row')
    .map((row) => Array.from(row.querySelectorAll('th, td'), (cell) => cell.textContent ?? ''));
}

/**
 * Picks options of a Mantine MultiSelect by their labels. Floating UI hides a dropdown whose anchor
 * has no size, and nothing has a size in jsdom, so the options are found among hidden elements.
 */
async function pick(user: ReturnType<typeof renderApp>['user'], label: string, options: string[]) {
  for (const option of options) {
    await user.click(screen.getByRole('combobox', { name: label }));
    await user.click(await screen.findByRole('option', { name: option, hidden: true }));
  }
}

/** Replaces an input's text in one paste: typing key by key is slow and tests nothing more here. */
async function fill(user: ReturnType<typeof renderApp>['user'], input: HTMLElement, text: string) {
  await user.clear(input);
  await user.click(input);
  await user.paste(text);
}

describe('Admin page: users', () => {
  it('lists users with roles, teams, status and second factor, under an Admin nav item', async () => {
    mockApi(adminRoutes());

    renderApp('/admin');

    const table = await screen.findByRole('table', { name: 'Users' });
    expect(rowTexts(table)).toEqual([
      ['Name', 'Email', 'Roles', 'Care teams', 'Status', 'Two-step sign-in', 'Actions'],
      ['Alex Admin (you)', 'admin@example.org', 'Administrator', '—', 'Active', 'On', 'Edit'],
      ['Dr. Ada North', 'prescriber.north@example.org', 'Prescriber', 'North Clinic', 'Active', 'Off', 'EditDisable'],
      [
        'Sam South',
        'nurse.south@example.org',
        'Nurse, Team lead',
        'North Clinic, South Clinic',
        'Disabled',
        'Off',
        'EditEnable',
      ],
    ]);
    expect(document.title).toBe('Administration · Naltrack');
    const nav = screen.getByRole('navigation', { name: 'Main' });
    expect(within(nav).getByRole('link', { name: 'Admin' })).toHaveAttribute('aria-current', 'page');
    // Admins read no clinical data and no audit trail: those items are not offered.
    expect(within(nav).queryByRole('link', { name: 'Caseload' })).not.toBeInTheDocument();
    expect(within(nav).queryByRole('link', { name: 'Audit' })).not.toBeInTheDocument();
  });

  it('adds a user: the API’s error shows at the email field, then the initial password shows once', async () => {
    const bodies: unknown[] = [];
    const headers: (string | null)[] = [];
    let listReads = 0;
    mockApi(
      adminRoutes({
        'GET /api/clinicians': () => {
          listReads++;
          return ok(CLINICIANS);
        },
        'POST /api/clinicians': (init) => {
          bodies.push(bodyOf(init));
          headers.push(new Headers(init?.headers).get('X-CSRF-Token'));
          if (bodies.length === 1) return validationError(409, 'EMAIL_TAKEN', 'email', 'email is already in use');
          return {
            status: 201,
            body: { ...CLINICIANS[1], id: 'c9', email: 'dana@example.org', displayName: 'Dana Example' },
          };
        },
      }),
    );
    const { user } = renderApp('/admin');
    await screen.findByRole('table', { name: 'Users' });

    await user.click(screen.getByRole('button', { name: 'Add user' }));
    const form = await screen.findByRole('form', { name: 'Add user' });
    await fill(user, within(form).getByLabelText(/Email/), 'prescriber.north@example.org');
    await fill(user, within(form).getByLabelText(/Full name/), 'Dana Example');
    await pick(user, 'Roles', ['Therapist', 'Team lead']);
    await pick(user, 'Care teams', ['South Clinic']);
    await fill(user, within(form).getByLabelText(/Initial password/), 'correct-horse-battery-9');
    await user.click(within(form).getByRole('button', { name: 'Add user' }));

    const email = within(form).getByLabelText(/Email/);
    await waitFor(() => expect(email).toHaveAttribute('aria-invalid', 'true'));
    expect(email).toHaveAccessibleDescription('email is already in use');
    // Only the field is marked: no second, general message above the form.
    expect(within(form).queryByText('Not added')).not.toBeInTheDocument();

    await fill(user, email, 'dana@example.org');
    await user.click(within(form).getByRole('button', { name: 'Add user' }));

    expect(await screen.findByText('User added')).toBeInTheDocument();
    expect(screen.getByText('correct-horse-battery-9')).toBeInTheDocument();
    expect(screen.getByText(/shown only now/)).toBeInTheDocument();
    expect(bodies).toEqual([
      {
        email: 'prescriber.north@example.org',
        displayName: 'Dana Example',
        roles: ['therapist', 'team_lead'],
        careTeamIds: ['t2'],
        password: 'correct-horse-battery-9',
      },
      expect.objectContaining({ email: 'dana@example.org' }),
    ]);
    expect(headers).toEqual([TEST_CSRF_TOKEN, TEST_CSRF_TOKEN]);
    await waitFor(() => expect(listReads).toBe(2));

    await user.click(screen.getByRole('button', { name: 'Done' }));
    await waitFor(() => expect(screen.queryByText('correct-horse-battery-9')).not.toBeInTheDocument());
  });

  it('fills in a random initial password of four groups of five', async () => {
    mockApi(adminRoutes());
    const { user } = renderApp('/admin');
    await screen.findByRole('table', { name: 'Users' });

    await user.click(screen.getByRole('button', { name: 'Add user' }));
    const password = within(await screen.findByRole('form', { name: 'Add user' })).getByLabelText(/Initial password/);
    const first = (password as HTMLInputElement).value;
    expect(first).toMatch(/^[a-zA-Z2-9]{5}(-[a-zA-Z2-9]{5}){3}$/);

    await user.click(screen.getByRole('button', { name: 'Generate another password' }));
    expect((password as HTMLInputElement).value).not.toBe(first);
  });

  it('changes roles only after the change is read back and confirmed', async () => {
    const bodies: unknown[] = [];
    mockApi(
      adminRoutes({
        'PATCH /api/clinicians/c2': (init) => {
          bodies.push(bodyOf(init));
          return ok({ ...CLINICIANS[1], roles: ['prescriber', 'team_lead'] });
        },
      }),
    );
    const { user } = renderApp('/admin');
    await screen.findByRole('table', { name: 'Users' });

    await user.click(screen.getByRole('button', { name: 'Edit Dr. Ada North' }));
    await screen.findByRole('form', { name: 'Edit Dr. Ada North' });
    await pick(user, 'Roles', ['Team lead']);
    await user.click(screen.getByRole('button', { name: 'Review changes' }));

    expect(await screen.findByText(/Prescriber → Prescriber, Team lead/)).toBeInTheDocument();
    expect(bodies).toEqual([]);
    await user.click(screen.getByRole('button', { name: 'Confirm changes' }));

    await waitFor(() => expect(bodies).toEqual([{ roles: ['prescriber', 'team_lead'] }]));
    await waitFor(() => expect(screen.queryByRole('button', { name: 'Confirm changes' })).not.toBeInTheDocument());
  });

  it('disables a user after a confirmation that says their sessions end', async () => {
    const bodies: unknown[] = [];
    mockApi(
      adminRoutes({
        'PATCH /api/clinicians/c2': (init) => {
          bodies.push(bodyOf(init));
          return ok({ ...CLINICIANS[1], active: false });
        },
      }),
    );
    const { user } = renderApp('/admin');
    await screen.findByRole('table', { name: 'Users' });
    // Nobody can lock themselves out from here.
    expect(screen.queryByRole('button', { name: 'Disable Alex Admin' })).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Disable Dr. Ada North' }));
    const dialog = await screen.findByRole('dialog', { name: 'Disable Dr. Ada North?' });
    expect(dialog).toHaveTextContent('signed out everywhere at once');
    await user.click(within(dialog).getByRole('button', { name: 'Disable user' }));

    await waitFor(() => expect(bodies).toEqual([{ active: false }]));
  });
});

describe('Admin page: teams', () => {
  it('switches lead approval for a team and names a taken code at its field', async () => {
    const patches: unknown[] = [];
    const posts: unknown[] = [];
    mockApi(
      adminRoutes({
        'PATCH /api/care-teams/t1': (init) => {
          patches.push(bodyOf(init));
          return ok({ id: 't1', code: 'north', name: 'North Clinic', requireLeadApproval: true });
        },
        'POST /api/care-teams': (init) => {
          posts.push(bodyOf(init));
          return validationError(409, 'TEAM_CODE_TAKEN', 'code', 'code is already in use');
        },
      }),
    );
    const { user, router } = renderApp('/admin');
    await user.click(await screen.findByRole('tab', { name: 'Teams' }));
    expect(router.state.location.search).toBe('?tab=teams');

    const table = await screen.findByRole('table', { name: 'Care teams' });
    expect(within(table).getByRole('switch', { name: 'Require lead approval for South Clinic' })).toBeChecked();
    const north = within(table).getByRole('switch', { name: 'Require lead approval for North Clinic' });
    expect(north).not.toBeChecked();
    await user.click(north);
    await waitFor(() => expect(patches).toEqual([{ requireLeadApproval: true }]));

    await user.click(screen.getByRole('button', { name: 'Add care team' }));
    const form = await screen.findByRole('form', { name: 'Add care team' });
    await fill(user, within(form).getByLabelText(/Name/), 'North Annex');
    // The code follows the name until it is typed over.
    expect(within(form).getByLabelText(/Code/)).toHaveValue('north-annex');
    await user.click(within(form).getByRole('button', { name: 'Add care team' }));

    const code = within(form).getByLabelText(/Code/);
    await waitFor(() => expect(code).toHaveAttribute('aria-invalid', 'true'));
    expect(code).toHaveAccessibleDescription(/code is already in use/);
    expect(posts).toEqual([{ name: 'North Annex', code: 'north-annex', requireLeadApproval: false }]);
  });
});

describe('Admin page for other roles', () => {
  it('tells a clinician who types /admin that the page is not for their role', async () => {
    mockApi({ 'GET /api/auth/me': SIGNED_IN, 'GET /api/health': ok({ status: 'ok', database: 'up' }) });

    renderApp('/admin');

    expect(await screen.findByRole('heading', { level: 1, name: 'Not available for your role' })).toBeInTheDocument();
    expect(screen.getByText(/for administrator accounts; yours is prescriber and team lead/)).toBeInTheDocument();
    expect(
      within(screen.getByRole('navigation', { name: 'Main' })).queryByRole('link', { name: 'Admin' }),
    ).not.toBeInTheDocument();
  });
});
