import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { TherapySession } from '../../api/therapy';
import { mockApi } from '../../test/mock-api';
import {
  API,
  bodyOf,
  FORBIDDEN,
  invalidField,
  openRecordTab,
  patientRoutes,
  signedInAs,
  therapySessions,
} from './patient-fixtures';

const POST = `POST ${API}/therapy-sessions`;
const created = (fields: Partial<TherapySession> = {}) => ({
  status: 201,
  body: { ...therapySessions()[1], id: 's9', ...fields },
});

async function openForm() {
  const view = await openRecordTab('Session');
  return { ...view, form: await screen.findByRole('form', { name: 'Record therapy session' }) };
}

describe('Record therapy session', () => {
  it('records a held session: schedules it at the clinic’s time, then records its outcome', async () => {
    const posts: unknown[] = [];
    const patches: unknown[] = [];
    mockApi(
      patientRoutes({
        ...signedInAs('therapist'),
        [POST]: (init) => {
          posts.push(bodyOf(init));
          return created();
        },
        'PATCH /api/therapy-sessions/s9': (init) => {
          patches.push(bodyOf(init));
          return { status: 200, body: { ...therapySessions()[1], id: 's9', status: 'no_show' } };
        },
      }),
    );
    const { user, form } = await openForm();

    // A wall time at the clinic (New York in the test session), whatever zone this machine is in.
    fireEvent.change(within(form).getByLabelText(/Date and time/), { target: { value: '2026-04-28T14:00' } });
    await user.selectOptions(within(form).getByLabelText('Session type'), 'family');
    await user.selectOptions(within(form).getByLabelText('Modality'), 'video');
    await user.selectOptions(within(form).getByLabelText(/Outcome/), 'no_show');
    await user.click(within(form).getByRole('button', { name: 'Record session' }));

    expect(await within(form).findByRole('status')).toHaveTextContent('Session recorded');
    expect(posts).toEqual([
      { scheduledAt: '2026-04-28T14:00:00-04:00', type: 'family', modality: 'video', clinicianId: 'u1' },
    ]);
    expect(patches).toEqual([{ status: 'no_show' }]);
  });

  it('only schedules a session in the future, without an outcome or another clinician', async () => {
    const posts: unknown[] = [];
    mockApi(
      patientRoutes({
        ...signedInAs('therapist'),
        [POST]: (init) => {
          posts.push(bodyOf(init));
          return created();
        },
      }),
    );
    const { user, form } = await openForm();
    const nextYear = new Date().getFullYear() + 1;

    fireEvent.change(within(form).getByLabelText(/Date and time/), { target: { value: `${nextYear}-01-15T10:30` } });
    expect(within(form).queryByLabelText(/Outcome/)).not.toBeInTheDocument();
    await user.click(within(form).getByLabelText('I hold this session'));
    await user.click(within(form).getByRole('button', { name: 'Schedule session' }));

    expect(await within(form).findByRole('status')).toHaveTextContent('Session scheduled');
    expect(posts).toEqual([{ scheduledAt: `${nextYear}-01-15T10:30:00-05:00`, type: 'individual' }]);
  });

  it('shows the API’s error at the date and time, and does not record an outcome', async () => {
    mockApi(
      patientRoutes({
        ...signedInAs('therapist'),
        [POST]: invalidField('scheduledAt', 'scheduledAt must be at most one year from today'),
      }),
    );
    const { user, form } = await openForm();

    await user.selectOptions(within(form).getByLabelText(/Outcome/), 'attended');
    await user.click(within(form).getByRole('button', { name: 'Record session' }));

    const when = within(form).getByLabelText(/Date and time/);
    await waitFor(() => expect(when).toHaveAttribute('aria-invalid', 'true'));
    expect(when).toHaveAccessibleDescription('scheduledAt must be at most one year from today');
    // Only the field is marked: no second, general message above the form (and no PATCH was made).
    expect(within(form).queryByRole('alert')).not.toBeInTheDocument();
  });

  it('explains up front that only therapists schedule sessions', async () => {
    mockApi(patientRoutes());

    await openRecordTab('Session');

    expect(await screen.findByText(/Only therapists can schedule therapy sessions/)).toBeInTheDocument();
    expect(screen.queryByRole('form', { name: 'Record therapy session' })).not.toBeInTheDocument();
  });

  it('hides the form when the API answers 403 after all', async () => {
    mockApi(patientRoutes({ ...signedInAs('therapist'), [POST]: FORBIDDEN }));
    const { user, form } = await openForm();

    await user.click(within(form).getByRole('button', { name: /session/ }));

    expect(await screen.findByText(/Only therapists can schedule therapy sessions/)).toBeInTheDocument();
    expect(screen.queryByRole('form', { name: 'Record therapy session' })).not.toBeInTheDocument();
  });
});
