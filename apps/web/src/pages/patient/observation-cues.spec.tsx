import { screen, waitFor, within } from '@testing-library/react';
import { mockApi } from '../../test/mock-api';
import { API, bodyOf, invalidField, OBSERVATIONS, openRecordTab, patientRoutes } from './patient-fixtures';

const POST = `POST ${API}/observations`;

async function openForm() {
  const view = await openRecordTab('Observation');
  return { ...view, form: await screen.findByRole('form', { name: 'Record observation' }) };
}

describe('Record observation: craving cues', () => {
  it('sends the cues ticked with a craving VAS, and the note only with other', async () => {
    const bodies: unknown[] = [];
    mockApi(
      patientRoutes({
        [POST]: (init) => {
          bodies.push(bodyOf(init));
          return { status: 201, body: OBSERVATIONS[0] };
        },
      }),
    );
    const { user, form } = await openForm();

    await user.selectOptions(within(form).getByLabelText('Observation'), 'craving_vas');
    await user.type(within(form).getByLabelText(/Craving/), '70');
    await user.click(within(form).getByRole('checkbox', { name: 'Stress' }));
    await user.click(within(form).getByRole('checkbox', { name: 'People' }));
    expect(within(form).queryByLabelText(/Other cue/)).not.toBeInTheDocument();
    await user.click(within(form).getByRole('checkbox', { name: 'Other' }));
    await user.type(within(form).getByLabelText(/Other cue/), ' payday ');
    await user.click(within(form).getByRole('button', { name: 'Record observation' }));

    expect(await within(form).findByRole('status')).toHaveTextContent('Recorded');
    // In the vocabulary's order, whatever the order of the clicks.
    expect(bodies).toEqual([
      {
        kind: 'craving_vas',
        observedOn: expect.any(String),
        value: 70,
        cues: ['people', 'stress', 'other'],
        cueNote: 'payday',
      },
    ]);
  });

  it('offers no cues for a drug screen, and sends none', async () => {
    const bodies: unknown[] = [];
    mockApi(
      patientRoutes({
        [POST]: (init) => {
          bodies.push(bodyOf(init));
          return { status: 201, body: OBSERVATIONS[1] };
        },
      }),
    );
    const { user, form } = await openForm();

    await user.click(within(form).getByRole('checkbox', { name: 'Places' }));
    await user.selectOptions(within(form).getByLabelText('Observation'), 'uds');
    expect(within(form).queryByRole('checkbox', { name: 'Places' })).not.toBeInTheDocument();
    await user.selectOptions(within(form).getByLabelText('Opioids'), 'negative');
    await user.click(within(form).getByRole('button', { name: 'Record observation' }));

    await waitFor(() => expect(bodies).toHaveLength(1));
    expect(bodies[0]).not.toHaveProperty('cues');
  });

  it('shows the API’s reason at the note of the cue other', async () => {
    const message = 'cueNote is required with the cue other: say what the cue was';
    mockApi(patientRoutes({ [POST]: () => invalidField('cueNote', message) }));
    const { user, form } = await openForm();

    await user.click(within(form).getByRole('checkbox', { name: 'Other' }));
    await user.click(within(form).getByRole('button', { name: 'Record observation' }));

    const note = within(form).getByLabelText(/Other cue/);
    await waitFor(() => expect(note).toHaveAttribute('aria-invalid', 'true'));
    expect(note).toHaveAccessibleDescription(expect.stringContaining(message));
    expect(within(form).queryByRole('alert')).not.toBeInTheDocument();
  });
});
