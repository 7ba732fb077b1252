import { screen, waitFor, within } from '@testing-library/react';
import { mockApi } from '../../test/mock-api';
import { API, bodyOf, ok, openRecordTab, patientRoutes, signedInAs, therapySessions } from './patient-fixtures';

async function openForm() {
  const view = await openRecordTab('Outcome');
  return { ...view, form: await screen.findByRole('form', { name: 'Record session outcome' }) };
}

describe('Record session outcome: coping skills', () => {
  it('sends the coping skills practiced with an attended session, in the vocabulary’s order', async () => {
    const bodies: unknown[] = [];
    mockApi(
      patientRoutes({
        ...signedInAs('therapist'),
        [`GET ${API}/therapy-sessions`]: () => ok(therapySessions()),
        'PATCH /api/therapy-sessions/s3': (init) => {
          bodies.push(bodyOf(init));
          return ok({ ...therapySessions()[1], status: 'attended' });
        },
      }),
    );
    const { user, form } = await openForm();

    await user.click(within(form).getByRole('checkbox', { name: 'Refusal skills' }));
    await user.click(within(form).getByRole('checkbox', { name: 'Urge surfing' }));
    await user.click(within(form).getByRole('button', { name: 'Record outcome' }));

    await waitFor(() =>
      expect(bodies).toEqual([{ status: 'attended', copingSkills: ['urge_surfing', 'refusal_skills'] }]),
    );
  });

  it('offers no skills for a no-show, and sends none', async () => {
    const bodies: unknown[] = [];
    mockApi(
      patientRoutes({
        ...signedInAs('therapist'),
        [`GET ${API}/therapy-sessions`]: () => ok(therapySessions()),
        'PATCH /api/therapy-sessions/s3': (init) => {
          bodies.push(bodyOf(init));
          return ok({ ...therapySessions()[1], status: 'no_show' });
        },
      }),
    );
    const { user, form } = await openForm();

    await user.click(within(form).getByRole('checkbox', { name: 'Distraction' }));
    await user.selectOptions(within(form).getByLabelText('Outcome'), 'no_show');
    expect(within(form).queryByRole('checkbox', { name: 'Distraction' })).not.toBeInTheDocument();
    await user.click(within(form).getByRole('button', { name: 'Record outcome' }));

    await waitFor(() => expect(bodies).toEqual([{ status: 'no_show' }]));
  });
});
