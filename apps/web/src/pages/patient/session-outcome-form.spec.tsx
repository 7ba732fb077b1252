import { screen, waitFor, within } from '@testing-library/react';
import { mockApi } from '../../test/mock-api';
import {
  API,
  bodyOf,
  FORBIDDEN,
  invalidField,
  ok,
  openRecordTab,
  patientRoutes,
  signedInAs,
  therapySessions,
} from './patient-fixtures';
import { sessionsAwaitingOutcome } from './session-outcome-form';

async function openForm() {
  const view = await openRecordTab('Outcome');
  return { ...view, form: await screen.findByRole('form', { name: 'Record session outcome' }) };
}

describe('sessionsAwaitingOutcome', () => {
  it('offers scheduled sessions only, the ones already held first', () => {
    const now = new Date('2026-05-01T12:00:00Z');
    expect(sessionsAwaitingOutcome(therapySessions(now), now).map((s) => s.id)).toEqual(['s3', 's2', 's4']);
  });
});

describe('Record session outcome', () => {
  it('lists the sessions without an outcome and records the one picked', async () => {
    const patches: { url: string; body: unknown }[] = [];
    mockApi(
      patientRoutes({
        ...signedInAs('therapist'),
        // Once the outcome is recorded, nothing is waiting any more.
        [`GET ${API}/therapy-sessions`]: () => ok(patches.length === 0 ? therapySessions() : []),
        'PATCH /api/therapy-sessions/s2': (init) => {
          patches.push({ url: 's2', body: bodyOf(init) });
          return ok({ ...therapySessions()[2], status: 'late' });
        },
      }),
    );
    const { user, form } = await openForm();

    const session = within(form).getByLabelText('Session');
    expect(
      within(session)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual([
      'Tue, Apr 28, 2026, 2:00 PM — Individual, In person',
      'Tue, Apr 21, 2026, 2:00 PM — Individual',
      expect.stringMatching(/ — Group, Video$/),
    ]);
    await user.selectOptions(session, 's2');
    await user.selectOptions(within(form).getByLabelText('Outcome'), 'late');
    await user.click(within(form).getByRole('button', { name: 'Record outcome' }));

    // The list is read again, now with nothing waiting.
    expect(await screen.findByText(/No session is waiting for an outcome/)).toBeInTheDocument();
    expect(within(screen.getByRole('region', { name: 'Record' })).getByRole('status')).toHaveTextContent(
      'Outcome recorded',
    );
    expect(patches).toEqual([{ url: 's2', body: { status: 'late' } }]);
  });

  it('shows the API’s refusal at the outcome', async () => {
    const message = 'status attended cannot be recorded for a session that has not begun yet';
    mockApi(
      patientRoutes({ ...signedInAs('therapist'), 'PATCH /api/therapy-sessions/s4': invalidField('status', message) }),
    );
    const { user, form } = await openForm();

    await user.selectOptions(within(form).getByLabelText('Session'), 's4');
    await user.click(within(form).getByRole('button', { name: 'Record outcome' }));

    const outcome = within(form).getByLabelText('Outcome');
    await waitFor(() => expect(outcome).toHaveAttribute('aria-invalid', 'true'));
    expect(outcome).toHaveAccessibleDescription(message);
    expect(within(form).queryByRole('alert')).not.toBeInTheDocument();
  });

  it('says so when no session waits for an outcome, and retries a failed list', async () => {
    let failing = true;
    mockApi(
      patientRoutes({
        ...signedInAs('therapist'),
        [`GET ${API}/therapy-sessions`]: () =>
          failing
            ? { status: 500, body: { statusCode: 500, code: 'INTERNAL', message: 'The server had a problem' } }
            : ok([therapySessions()[3]]),
      }),
    );
    const { user } = await openRecordTab('Outcome');

    const record = screen.getByRole('region', { name: 'Record' });
    const alert = await within(record).findByRole('alert');
    expect(alert).toHaveTextContent('Could not load the sessions');
    failing = false;
    await user.click(within(alert).getByRole('button', { name: 'Try again' }));
    expect(await within(record).findByText(/No session is waiting for an outcome/)).toBeInTheDocument();
  });

  it('hides the form when the API answers 403 after all', async () => {
    mockApi(patientRoutes({ ...signedInAs('therapist'), 'PATCH /api/therapy-sessions/s3': FORBIDDEN }));
    const { user, form } = await openForm();

    await user.click(within(form).getByRole('button', { name: 'Record outcome' }));

    expect(await screen.findByText(/Only therapists can schedule therapy sessions/)).toBeInTheDocument();
    expect(screen.queryByRole('form', { name: 'Record session outcome' })).not.toBeInTheDocument();
  });

  it('explains up front that only therapists record outcomes', async () => {
    mockApi(patientRoutes());

    await openRecordTab('Outcome');

    expect(await screen.findByText(/Only therapists can schedule therapy sessions/)).toBeInTheDocument();
    expect(screen.queryByRole('form', { name: 'Record session outcome' })).not.toBeInTheDocument();
  });
});
