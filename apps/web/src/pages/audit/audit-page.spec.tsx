import { screen, waitFor, within } from '@testing-library/react';
import type { AuditEvent } from '../../api/audit';
import type { CurrentUser } from '../../api/auth';
import { type MockReply, type MockRoute, mockApi } from '../../test/mock-api';
import { renderApp } from '../../test/render-app';
import { sessionOf, TEST_USER } from '../../test/session-fixtures';
import { startOfDay } from './use-audit-filters';

const AUDITOR: CurrentUser = {
  ...TEST_USER,
  id: 'aud-1',
  email: 'auditor@example.org',
  displayName: 'Ava Auditor',
  roles: ['auditor'],
  careTeams: [],
  totpEnabled: false,
  totpSetupRequired: false,
};

const PATIENT_ID = '0b6f3c1e-8f0e-4d7a-9a55-1d2e3f4a5b6c';
const ACTOR_ID = '5a1c2d3e-4f50-4a6b-8c7d-9e0f1a2b3c4d';

function event(seq: number, overrides: Partial<AuditEvent> = {}): AuditEvent {
  return {
    seq: String(seq),
    occurredAt: new Date(Date.UTC(2026, 4, 1, 12, 0, seq)).toISOString(),
    actorId: ACTOR_ID,
    actorLabel: 'prescriber.north@example.org',
    action: 'GET /api/patients/:id',
    resourceType: 'patients',
    resourceId: PATIENT_ID,
    patientId: PATIENT_ID,
    outcome: 'success',
    statusCode: 200,
    ip: '127.0.0.1',
    requestId: `req-${seq}`,
    detail: null,
    prevHash: 'a'.repeat(64),
    hash: 'b'.repeat(64),
    hashAlg: 'hmac-sha256',
    ...overrides,
  };
}

const ok = (body: unknown): MockReply => ({ status: 200, body });

function auditRoutes(overrides: Record<string, MockRoute> = {}): Record<string, MockRoute> {
  return {
    'GET /api/auth/me': sessionOf(AUDITOR),
    'GET /api/health': ok({ status: 'ok', database: 'up' }),
    'GET /api/audit-events': ok({
      items: [
        event(3),
        event(2, {
          actorId: null,
          actorLabel: 'someone@example.org',
          action: 'POST /api/auth/login',
          patientId: null,
          outcome: 'denied',
          statusCode: 401,
        }),
      ],
      nextBefore: null,
    }),
    ...overrides,
  };
}

/** The query strings the trail was asked with, in order. */
function auditQueries(spy: ReturnType<typeof mockApi>): URLSearchParams[] {
  return spy.mock.calls
    .map(([input]) => String(input))
    .filter((url) => url.startsWith('/api/audit-events?'))
    .map((url) => new URLSearchParams(url.split('?')[1]));
}

function rowTexts(table: HTMLElement): string[][] {
  return within(table)
    .getAllByRole('row')
    .map((row) => Array.from(row.querySelectorAll('th, td'), (cell) => cell.textContent ?? ''));
}

describe('Audit page', () => {
  it('shows the trail as a dense table with ids, never names, under an Audit nav item', async () => {
    mockApi(auditRoutes());

    renderApp('/audit');

    const table = await screen.findByRole('table', { name: 'Events' });
    const rows = rowTexts(table);
    expect(rows[0]).toEqual(['#', 'Time', 'Actor', 'Action', 'Outcome', 'Patient id']);
    expect(rows[1]).toEqual([
      '3',
      expect.stringMatching(/^2026-05-0[12] \d{2}:\d{2}:03$/),
      'prescriber.north@example.org',
      'GET /api/patients/:id',
      'Success 200',
      PATIENT_ID,
    ]);
    expect(rows[2]).toEqual([
      '2',
      expect.any(String),
      'someone@example.org (no session)',
      'POST /api/auth/login',
      'Denied 401',
      '—',
    ]);
    expect(screen.getByText('2 events shown')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Load more' })).not.toBeInTheDocument();
    const nav = screen.getByRole('navigation', { name: 'Main' });
    expect(within(nav).getByRole('link', { name: 'Audit' })).toHaveAttribute('aria-current', 'page');
    expect(within(nav).queryByRole('link', { name: 'Caseload' })).not.toBeInTheDocument();
  });

  it('reads filters from the address and applies new ones to it, as whole days', async () => {
    const spy = mockApi(auditRoutes());
    const { user, router } = renderApp(`/audit?action=${encodeURIComponent('POST /api/auth/login')}`);
    await screen.findByRole('table', { name: 'Events' });
    expect(auditQueries(spy)[0]?.get('action')).toBe('POST /api/auth/login');

    const form = screen.getByRole('form', { name: 'Filter audit events' });
    expect(within(form).getByRole('combobox', { name: 'Action' })).toHaveValue('POST /api/auth/login');
    await user.type(within(form).getByLabelText('From'), '2026-05-01');
    await user.type(within(form).getByLabelText('To'), '2026-05-02');
    await user.type(within(form).getByLabelText('Patient id'), PATIENT_ID);
    await user.click(within(form).getByRole('button', { name: 'Apply filters' }));

    await waitFor(() => expect(auditQueries(spy)).toHaveLength(2));
    const query = auditQueries(spy)[1];
    expect(query?.get('patientId')).toBe(PATIENT_ID);
    expect(query?.get('from')).toBe(startOfDay('2026-05-01'));
    // The last day is included: the range ends at the next midnight.
    expect(query?.get('to')).toBe(startOfDay('2026-05-03'));
    const params = new URLSearchParams(router.state.location.search);
    expect(Object.fromEntries(params)).toEqual({
      action: 'POST /api/auth/login',
      from: '2026-05-01',
      to: '2026-05-02',
      patientId: PATIENT_ID,
    });
  });

  it('narrows to an actor clicked in the table', async () => {
    const spy = mockApi(auditRoutes());
    const { user, router } = renderApp('/audit');
    const table = await screen.findByRole('table', { name: 'Events' });

    await user.click(within(table).getByRole('button', { name: 'prescriber.north@example.org' }));

    await waitFor(() => expect(auditQueries(spy).at(-1)?.get('actorId')).toBe(ACTOR_ID));
    expect(router.state.location.search).toBe(`?actorId=${ACTOR_ID}`);
    expect(screen.getByRole('textbox', { name: 'Actor id' })).toHaveValue(ACTOR_ID);
  });

  it('shows the API’s refusal of a filter at that filter', async () => {
    mockApi(
      auditRoutes({
        'GET /api/audit-events': {
          status: 400,
          body: {
            statusCode: 400,
            code: 'VALIDATION_FAILED',
            message: 'Invalid request: action must be shorter than or equal to 200 characters',
            details: {
              fields: [{ field: 'action', messages: ['action must be shorter than or equal to 200 characters'] }],
            },
          },
        },
      }),
    );

    renderApp(`/audit?action=${'x'.repeat(201)}`);

    const action = await screen.findByRole('combobox', { name: 'Action' });
    await waitFor(() => expect(action).toHaveAttribute('aria-invalid', 'true'));
    expect(action).toHaveAccessibleDescription('action must be shorter than or equal to 200 characters');
    expect(screen.getByText('Correct the filter marked above.')).toBeInTheDocument();
    expect(screen.queryByText('Could not load audit events')).not.toBeInTheDocument();
  });

  it('loads older events after the last one seen', async () => {
    const spy = mockApi(
      auditRoutes({
        'GET /api/audit-events': () =>
          spy.mock.calls.filter(([input]) => String(input).startsWith('/api/audit-events?')).length === 1
            ? ok({ items: [event(200), event(199)], nextBefore: '199' })
            : ok({ items: [event(198)], nextBefore: null }),
      }),
    );
    const { user } = renderApp('/audit');
    await screen.findByRole('table', { name: 'Events' });
    expect(screen.getByText('2 events shown; older ones follow')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Load more' }));

    expect(await screen.findByText('3 events shown')).toBeInTheDocument();
    expect(auditQueries(spy).map((query) => query.get('before'))).toEqual([null, '199']);
    expect(screen.queryByRole('button', { name: 'Load more' })).not.toBeInTheDocument();
  });
});

describe('Audit chain verification', () => {
  it('verifies only when asked, and says the chain is intact', async () => {
    let verifications = 0;
    mockApi(
      auditRoutes({
        'GET /api/audit-events/verify': () => {
          verifications++;
          return ok({
            ok: true,
            checked: 12345,
            checkpoint: { id: '12340', at: '2026-05-01T12:00:00.000Z', status: 'ok' },
          });
        },
      }),
    );
    const { user } = renderApp('/audit');
    await screen.findByRole('table', { name: 'Events' });
    expect(screen.getByText('Not verified yet.')).toBeInTheDocument();
    expect(verifications).toBe(0);

    await user.click(screen.getByRole('button', { name: 'Verify chain' }));

    expect(await screen.findByText('Chain intact')).toBeInTheDocument();
    expect(screen.getByText(/All 12,345 events verified/)).toBeInTheDocument();
    expect(screen.getByText(/still holds the last checkpoint \(event #12340, written 2026-05-01/)).toBeInTheDocument();
    expect(verifications).toBe(1);

    // Asking again walks the chain again.
    await user.click(screen.getByRole('button', { name: 'Verify chain' }));
    await waitFor(() => expect(verifications).toBe(2));
  });

  it('names the first broken link when the chain does not verify', async () => {
    const checkpoint = { id: '40', at: '2026-05-01T12:00:00.000Z', status: 'ok' };
    mockApi(
      auditRoutes({ 'GET /api/audit-events/verify': ok({ ok: false, checked: 41, firstBrokenId: '42', checkpoint }) }),
    );
    const { user } = renderApp('/audit');
    await screen.findByRole('table', { name: 'Events' });

    await user.click(screen.getByRole('button', { name: 'Verify chain' }));

    expect(await screen.findByText('Chain broken')).toBeInTheDocument();
    expect(screen.getByText(/first broken link is event #42/)).toBeInTheDocument();
    expect(screen.getByText(/41 events before it verified/)).toBeInTheDocument();
    expect(screen.queryByText(/last checkpoint \(/)).not.toBeInTheDocument();
    expect(screen.queryByText('Chain intact')).not.toBeInTheDocument();
  });

  it('says when the newest events are gone though the rest still links up', async () => {
    const checkpoint = { id: '50', at: '2026-05-01T12:00:00.000Z', status: 'missing_events' };
    mockApi(auditRoutes({ 'GET /api/audit-events/verify': ok({ ok: false, checked: 47, checkpoint }) }));
    const { user } = renderApp('/audit');
    await screen.findByRole('table', { name: 'Events' });

    await user.click(screen.getByRole('button', { name: 'Verify chain' }));

    expect(await screen.findByText('Events missing or rewritten')).toBeInTheDocument();
    expect(screen.getByText(/Event #50 of the last checkpoint, written 2026-05-01 .* is gone/)).toBeInTheDocument();
    expect(screen.getByText(/The 47 events left link up/)).toBeInTheDocument();
    expect(screen.queryByText('Chain intact')).not.toBeInTheDocument();
  });

  it('says when the checkpoint file itself was altered', async () => {
    const checkpoint = { id: null, at: null, status: 'invalid_signature' };
    mockApi(auditRoutes({ 'GET /api/audit-events/verify': ok({ ok: false, checked: 47, checkpoint }) }));
    const { user } = renderApp('/audit');
    await screen.findByRole('table', { name: 'Events' });

    await user.click(screen.getByRole('button', { name: 'Verify chain' }));

    expect(await screen.findByText('Events missing or rewritten')).toBeInTheDocument();
    expect(screen.getByText(/checkpoint file’s signature does not match/)).toBeInTheDocument();
  });

  it('shows progress, then the error if the verification cannot run', async () => {
    let fail: (reply: MockReply) => void = () => {};
    const answer = new Promise<MockReply>((resolve) => {
      fail = resolve;
    });
    mockApi(auditRoutes({ 'GET /api/audit-events/verify': () => answer }));
    const { user } = renderApp('/audit');
    await screen.findByRole('table', { name: 'Events' });

    await user.click(screen.getByRole('button', { name: 'Verify chain' }));
    expect(await screen.findByText('Verifying the audit chain…')).toBeInTheDocument();

    fail({ networkError: true });
    expect(await screen.findByText('Could not verify the chain')).toBeInTheDocument();
    expect(screen.getByText('Cannot reach the Naltrack server.')).toBeInTheDocument();
    expect(screen.queryByText('Chain intact')).not.toBeInTheDocument();
  });
});

describe('Audit page for other roles', () => {
  it('tells an administrator who types /audit that the trail is for auditors', async () => {
    mockApi({
      'GET /api/auth/me': sessionOf({ ...AUDITOR, roles: ['admin'], totpEnabled: true }),
      'GET /api/health': ok({ status: 'ok', database: 'up' }),
    });

    renderApp('/audit');

    expect(await screen.findByRole('heading', { level: 1, name: 'Not available for your role' })).toBeInTheDocument();
    expect(screen.getByText(/for auditor accounts; yours is administrator/)).toBeInTheDocument();
  });
});
