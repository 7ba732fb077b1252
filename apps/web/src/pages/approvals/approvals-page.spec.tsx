import { DEFAULT_CLINICAL_SETTINGS } from '@naltrack/domain';
import { screen, waitFor, within } from '@testing-library/react';
import { mockApi } from '../../test/mock-api';
import { renderApp } from '../../test/render-app';
import { SIGNED_IN } from '../../test/session-fixtures';
import { OPEN_REQUEST, ok, PATIENT_PATH, SWITCH_REQUEST } from '../patient/patient-fixtures';

const INBOX = 'GET /api/discontinuation-requests';
const DECIDE = `POST /api/discontinuation-requests/${OPEN_REQUEST.id}/decisions`;
const base = { 'GET /api/auth/me': SIGNED_IN, 'GET /api/health': ok({ status: 'ok', database: 'up' }) };

describe('Approvals page', () => {
  it('lists what waits for the user with the patient’s figures, and takes a decided request out', async () => {
    let inbox = [OPEN_REQUEST];
    const decisions: unknown[] = [];
    mockApi({
      ...base,
      [INBOX]: () => ok(inbox),
      [DECIDE]: (init) => {
        decisions.push(JSON.parse(String(init?.body)));
        inbox = [];
        return { status: 201, body: {} };
      },
    });
    const { user } = renderApp('/approvals');

    const item = await screen.findByRole('article', { name: 'Example, Robin' });
    expect(within(item).getByRole('link', { name: 'Example, Robin' })).toHaveAttribute('href', PATIENT_PATH);
    expect(within(item).getByText('MRN MRN-004217', { exact: false })).toBeInTheDocument();
    const metrics = await within(item).findByRole('group', { name: 'Recent metrics' });
    expect(metrics).toHaveTextContent('PDC 90 d');
    expect(within(item).getByRole('list', { name: 'Readiness checklist' })).toBeInTheDocument();
    // The navigation badge counts the same inbox.
    expect(screen.getByLabelText('1 awaiting your decision')).toBeInTheDocument();

    await user.type(within(item).getByLabelText('Comment'), 'Agree with the taper.');
    await user.click(within(item).getByRole('button', { name: 'Reject' }));

    await waitFor(() => expect(decisions).toEqual([{ decision: 'reject', comment: 'Agree with the taper.' }]));
    expect(await screen.findByText('Nothing waits for your decision.')).toBeInTheDocument();
    expect(screen.queryByLabelText(/awaiting your decision/)).not.toBeInTheDocument();
  });

  it('shows an ongoing relapse with its last day of use among the patient’s figures', async () => {
    const metrics = OPEN_REQUEST.patientMetrics;
    if (!metrics) throw new Error('the fixture request has metrics');
    const relapsing = {
      ...OPEN_REQUEST,
      patientMetrics: { ...metrics, lastRelapseOn: '2026-01-28', lastRelapseUseOn: '2026-04-29', relapseOngoing: true },
    };
    mockApi({ ...base, [INBOX]: ok([relapsing]) });
    renderApp('/approvals');

    const item = await screen.findByRole('article', { name: 'Example, Robin' });
    const figures = await within(item).findByRole('group', { name: 'Recent metrics' });
    expect(figures).toHaveTextContent('RelapseOngoing, last use Apr 29, 2026');
  });

  it('shows the last day of use of a relapse that has ended', async () => {
    mockApi({ ...base, [INBOX]: ok([OPEN_REQUEST]) });
    renderApp('/approvals');

    const item = await screen.findByRole('article', { name: 'Example, Robin' });
    const figures = await within(item).findByRole('group', { name: 'Recent metrics' });
    expect(figures).toHaveTextContent('RelapseLast use Mar 2, 2026');
    expect(figures).not.toHaveTextContent('Ongoing');
  });

  it("marks the patient's figures by the clinic's thresholds, not the defaults", async () => {
    const metrics = OPEN_REQUEST.patientMetrics;
    if (!metrics) throw new Error('the fixture request has metrics');
    mockApi({
      ...base,
      [INBOX]: ok([{ ...OPEN_REQUEST, patientMetrics: { ...metrics, pdc90: 0.72, latestPacs: 13 } }]),
      'GET /api/clinical-settings': ok({ ...DEFAULT_CLINICAL_SETTINGS, cravingHighPacs: 12, adherentPdc: 0.7 }),
    });
    renderApp('/approvals');

    const item = await screen.findByRole('article', { name: 'Example, Robin' });
    const figures = await within(item).findByRole('group', { name: 'Recent metrics' });
    // PACS 13 is high at 12 (not at the default 15); PDC 72% meets 70% (not the default 80%).
    const red = { color: 'var(--mantine-color-red-8)' };
    expect(within(figures).getByText('13')).toHaveStyle(red);
    expect(within(figures).getByText('72%')).not.toHaveStyle(red);
  });

  it('shows a switch with the facts its approvers need instead of the readiness checklist', async () => {
    mockApi({ ...base, [INBOX]: ok([SWITCH_REQUEST]) });
    renderApp('/approvals');

    const item = await screen.findByRole('article', { name: 'Example, Robin' });
    expect(within(item).getByText('Medication switch proposed')).toBeInTheDocument();
    expect(within(item).getByText('Switch to Buprenorphine, prescribed by this team')).toBeInTheDocument();
    expect(
      within(within(item).getByRole('list', { name: 'Switch facts' }))
        .getAllByRole('listitem')
        .map((line) => line.textContent),
    ).toEqual([
      'Relapses on naltrexone: 2 episodes (last use Apr 29, 2026)',
      'Adherence (PDC, last 90 days): 72%',
      'Last XR-NTX injection Apr 28, 2026; its blockade ends May 26, 2026',
    ]);
    expect(within(item).getByText(/before the XR-NTX blockade ends/)).toBeInTheDocument();
    expect(within(item).getByText('Start plan: Low-dose buprenorphine start, reviewed daily.')).toBeInTheDocument();
    expect(within(item).queryByRole('list', { name: 'Readiness checklist' })).not.toBeInTheDocument();
    expect(within(item).getByRole('button', { name: 'Approve' })).toBeInTheDocument();
  });

  it('says when the inbox cannot be loaded', async () => {
    mockApi({
      ...base,
      [INBOX]: { status: 503, body: { statusCode: 503, code: 'DATABASE_UNAVAILABLE', message: 'Try again shortly' } },
    });
    renderApp('/approvals');
    expect(await screen.findByText('Could not load approvals')).toBeInTheDocument();
  });
});
