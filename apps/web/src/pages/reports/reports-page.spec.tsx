import { jest } from '@jest/globals';
import { screen, waitFor, within } from '@testing-library/react';
import { mockApi, never } from '../../test/mock-api';
import { renderApp } from '../../test/render-app';
import { TEST_CSRF_TOKEN } from '../../test/session-fixtures';
import { QUIET_DAY } from '../today/today-fixtures';
import {
  apiError,
  CREATE_JOB,
  DONE_JOB,
  exportJob,
  JOB,
  JOB_ID,
  JOBS,
  ok,
  REPORT,
  reportsRoutes,
} from './reports-fixtures';

const CSV = { 'content-type': 'text/csv; charset=utf-8' };

// Typing into a whole form under jsdom takes seconds on a busy machine; polling adds two more.
jest.setTimeout(20_000);

/** The browser's side of a download: the object URL made and the link clicked. */
function captureDownloads() {
  const clicked: { href: string; download: string }[] = [];
  Object.assign(URL, { createObjectURL: () => 'blob:report', revokeObjectURL: () => undefined });
  jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    clicked.push({ href: this.getAttribute('href') ?? '', download: this.download });
  });
  return clicked;
}

/** The test Response has no blob(), which browsers give every response: files are read with it. */
function withFileBodies(fetchSpy: ReturnType<typeof mockApi>): void {
  const routed = fetchSpy.getMockImplementation();
  fetchSpy.mockImplementation(async (input, init) => {
    const response = (await routed?.(input, init)) as Response;
    const blob = async () => new Blob([await response.text()], { type: response.headers.get('content-type') ?? '' });
    return Object.assign(response, { blob });
  });
}

async function openForm() {
  const view = renderApp('/reports');
  const form = await screen.findByRole('form', { name: 'Export adherence report' });
  // The team choices come from the API.
  await within(form).findByRole('option', { name: 'South Clinic' });
  return { ...view, form };
}

function requestedUrl(fetchSpy: { mock: { calls: unknown[][] } }, path: string): URL {
  const call = fetchSpy.mock.calls.find(([input]) => String(input).startsWith(path));
  return new URL(String(call?.[0]), 'http://localhost');
}

describe('Reports page', () => {
  it('downloads a small export directly with the period, team and format chosen', async () => {
    const clicked = captureDownloads();
    const fetchSpy = mockApi(
      reportsRoutes({
        [REPORT]: {
          status: 200,
          body: '42 CFR part 2 prohibits unauthorized use or disclosure of these records.',
          headers: { ...CSV, 'content-disposition': 'attachment; filename="adherence-team-t1-2026-01-01.csv"' },
        },
      }),
    );
    withFileBodies(fetchSpy);
    const { user, form } = await openForm();

    const from = within(form).getByLabelText(/From/);
    await user.clear(from);
    await user.type(from, '2026-01-01');
    await user.selectOptions(within(form).getByLabelText('Care team'), 'North Clinic');
    await user.click(within(form).getByRole('button', { name: 'Export' }));

    expect(await within(form).findByText('Downloaded adherence-team-t1-2026-01-01.csv.')).toBeInTheDocument();
    expect(clicked).toEqual([{ href: 'blob:report', download: 'adherence-team-t1-2026-01-01.csv' }]);
    const url = requestedUrl(fetchSpy, '/api/reports/adherence');
    expect(Object.fromEntries(url.searchParams)).toEqual({
      format: 'csv',
      from: '2026-01-01',
      to: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
      careTeamId: 't1',
    });
    // A download is a read: it carries the session cookie, not the CSRF token.
    const [, init] = fetchSpy.mock.calls.find(([input]) => String(input).startsWith('/api/reports')) ?? [];
    expect(new Headers(init?.headers).get('X-CSRF-Token')).toBeNull();
  });

  it('finds one patient by name to export, keeping the name out of the address bar', async () => {
    const clicked = captureDownloads();
    const patient = { patientId: 'p-1', name: 'Example, Robin', mrn: 'MRN-004217' };
    const fetchSpy = mockApi(
      reportsRoutes({
        'GET /api/caseload': ok({ items: [patient], nextCursor: null, total: 1, counts: {} }),
        [REPORT]: {
          status: 200,
          body: 'notice',
          headers: { ...CSV, 'content-disposition': 'attachment; filename="a.csv"' },
        },
      }),
    );
    withFileBodies(fetchSpy);
    const { user, form, router } = await openForm();

    await user.click(within(form).getByRole('radio', { name: 'One patient' }));
    await user.type(within(form).getByRole('combobox', { name: 'Patient' }), 'Robin');
    // Floating UI hides a dropdown whose anchor has no size, and nothing has a size in jsdom.
    await user.click(await screen.findByRole('option', { name: 'Example, Robin · MRN-004217', hidden: true }));
    await user.click(within(form).getByRole('button', { name: 'Export' }));

    await waitFor(() => expect(clicked).toHaveLength(1));
    expect(requestedUrl(fetchSpy, '/api/caseload').searchParams.get('q')).toBe('Robin');
    const url = requestedUrl(fetchSpy, '/api/reports/adherence');
    expect(url.searchParams.get('patientId')).toBe('p-1');
    expect(url.searchParams.has('careTeamId')).toBe(false);
    expect(router.state.location.pathname + router.state.location.search).toBe('/reports');
  });

  it('runs a large export in the background with a progress bar, then offers its download', async () => {
    const posted: unknown[] = [];
    const csrf: (string | null)[] = [];
    let polls = 0;
    let jobs = [exportJob()];
    mockApi(
      reportsRoutes({
        [REPORT]: apiError(422, 'USE_BACKGROUND_EXPORT', 'The export covers 2400 patients', { patientCount: 2400 }),
        [CREATE_JOB]: (init) => {
          posted.push(JSON.parse(String(init?.body)));
          csrf.push(new Headers(init?.headers).get('X-CSRF-Token'));
          return { status: 202, body: exportJob(), headers: { location: `/api/exports/${JOB_ID}` } };
        },
        [JOB]: () => {
          polls += 1;
          if (polls === 1) return ok(exportJob({ status: 'running', rowsDone: 3600 }));
          jobs = [DONE_JOB];
          return ok(DONE_JOB);
        },
        [JOBS]: () => ok(jobs),
      }),
    );
    const { user, form } = await openForm();

    await user.selectOptions(within(form).getByLabelText('Care team'), 'South Clinic');
    await user.click(within(form).getByRole('button', { name: 'Export' }));

    const bar = await screen.findByRole('progressbar', { name: 'Export progress' });
    await waitFor(() => expect(bar).toHaveAttribute('aria-valuenow', '50'));
    expect(screen.getByText(/3,600 of 7,200 rows/)).toBeInTheDocument();
    // The recent exports show the same progress as the bar.
    const running = await screen.findByRole('table', { name: 'Recent exports' });
    expect(within(running).getByText('50%')).toBeInTheDocument();
    expect(posted).toEqual([expect.objectContaining({ format: 'csv', careTeamId: 't2' })]);
    expect(csrf).toEqual([TEST_CSRF_TOKEN]);

    const link = await screen.findByRole('link', { name: `Download ${DONE_JOB.fileName}` }, { timeout: 3_000 });
    expect(link).toHaveAttribute('href', `/api/exports/${JOB_ID}/download`);
    expect(screen.queryByRole('progressbar')).not.toBeInTheDocument();
    // The recent exports show the finished job with its own download link.
    const table = await screen.findByRole('table', { name: 'Recent exports' });
    await waitFor(() => expect(within(table).getByRole('link', { name: 'Download' })).toBeInTheDocument());
    expect(within(table).getByText('South Clinic')).toBeInTheDocument();
    expect(within(table).getByText('Ready')).toBeInTheDocument();
  });

  it('shows an error at the field the API names, and others above the form', async () => {
    let answer = apiError(400, 'VALIDATION_FAILED', 'Invalid request', {
      fields: [{ field: 'to', messages: ['the period may span at most three years'] }],
    });
    mockApi(reportsRoutes({ [REPORT]: () => answer }));
    const { user, form } = await openForm();

    await user.click(within(form).getByRole('button', { name: 'Export' }));
    const to = within(form).getByLabelText(/^To/);
    await waitFor(() => expect(to).toHaveAttribute('aria-invalid', 'true'));
    expect(to).toHaveAccessibleDescription('the period may span at most three years');
    expect(within(form).queryByText('Not exported')).not.toBeInTheDocument();

    // Purpose is asked for only once there is a recipient.
    expect(within(form).queryByLabelText(/Purpose/)).not.toBeInTheDocument();
    await user.type(within(form).getByLabelText(/Recipient/), 'Acme Health Plan');
    await user.type(within(form).getByLabelText(/Purpose/), 'payment');
    answer = apiError(403, 'CONSENT_REQUIRED', '3 patient(s) have no active consent to disclose these records');
    await user.click(within(form).getByRole('button', { name: 'Export' }));
    expect(await within(form).findByText('Not exported')).toBeInTheDocument();
    expect(within(form).getByText(/3 patient\(s\) have no active consent/)).toBeInTheDocument();
  });

  it('says when there are no recent exports, when they load, and when they cannot be loaded', async () => {
    mockApi(reportsRoutes({ [JOBS]: never }));
    const { unmount } = renderApp('/reports');
    expect(await screen.findByText('Loading recent exports…')).toBeInTheDocument();
    unmount();

    mockApi(reportsRoutes());
    const empty = renderApp('/reports');
    expect(await screen.findByText(/No background exports in the last 7 days/)).toBeInTheDocument();
    empty.unmount();

    mockApi(reportsRoutes({ [JOBS]: apiError(503, 'SERVICE_UNAVAILABLE', 'Try again shortly') }));
    renderApp('/reports');
    expect(await screen.findByText('Could not load recent exports')).toBeInTheDocument();
  });

  it('lists a failed export with its reason and no download', async () => {
    const failed = exportJob({
      status: 'failed',
      errorCode: 'CONSENT_REQUIRED',
      errorMessage: 'A consent was revoked',
    });
    mockApi(reportsRoutes({ [JOBS]: ok([failed]) }));
    renderApp('/reports');
    const table = await screen.findByRole('table', { name: 'Recent exports' });
    expect(within(table).getByText('Failed')).toBeInTheDocument();
    expect(within(table).getByText('A consent was revoked')).toBeInTheDocument();
    expect(within(table).queryByRole('link')).not.toBeInTheDocument();
  });

  it('is in the main navigation for clinicians', async () => {
    mockApi(reportsRoutes({ 'GET /api/today': ok(QUIET_DAY) }));
    const { user } = renderApp('/');
    await screen.findByRole('heading', { level: 1, name: 'Today' });
    const nav = screen.getByRole('navigation', { name: 'Main' });
    await user.click(within(nav).getByRole('link', { name: 'Reports' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Reports' })).toBeInTheDocument();
  });
});
