import { screen, waitFor, within } from '@testing-library/react';
import { mockApi } from '../../test/mock-api';
import {
  API,
  bodyOf,
  FORBIDDEN,
  invalidField,
  OBSERVATIONS,
  ok,
  openRecordTab,
  patientRoutes,
  signedInAs,
} from './patient-fixtures';

const POST = `POST ${API}/observations`;

async function openForm() {
  const view = await openRecordTab('Observation');
  return { ...view, form: await screen.findByRole('form', { name: 'Record observation' }) };
}

async function setDate(user: Awaited<ReturnType<typeof openForm>>['user'], form: HTMLElement, day: string) {
  const date = within(form).getByLabelText(/^Date/);
  await user.clear(date);
  await user.type(date, day);
}

describe('Record observation', () => {
  it('sends the five PACS items, shows their total, then refetches the charts', async () => {
    const bodies: unknown[] = [];
    let observationReads = 0;
    mockApi(
      patientRoutes({
        ...signedInAs('nurse'),
        [`GET ${API}/observations`]: () => {
          observationReads++;
          return ok(OBSERVATIONS);
        },
        [POST]: (init) => {
          bodies.push(bodyOf(init));
          return { status: 201, body: OBSERVATIONS[0] };
        },
      }),
    );
    const { user, form } = await openForm();
    await waitFor(() => expect(observationReads).toBe(1));

    await setDate(user, form, '2026-04-30');
    const scores = ['4', '3', '5', '2', '4'];
    const items = within(form).getAllByRole('combobox', { name: /^\d\. / });
    expect(items).toHaveLength(5);
    for (const [index, item] of items.entries()) await user.selectOptions(item, scores[index] ?? '');
    expect(within(form).getByText('Total: 18 / 30')).toBeInTheDocument();
    await user.click(within(form).getByRole('button', { name: 'Record observation' }));

    expect(await within(form).findByRole('status')).toHaveTextContent('Recorded');
    expect(bodies).toEqual([{ kind: 'pacs', observedOn: '2026-04-30', items: [4, 3, 5, 2, 4] }]);
    await waitFor(() => expect(observationReads).toBe(2));
  });

  it('sends only the chosen kind’s fields: a drug screen carries its tested substances', async () => {
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

    // A value typed for another kind first is not sent with the screen.
    await user.selectOptions(within(form).getByLabelText('Observation'), 'craving_vas');
    await user.type(within(form).getByLabelText(/Craving/), '40');
    await user.selectOptions(within(form).getByLabelText('Observation'), 'uds');
    await setDate(user, form, '2026-04-29');
    await user.selectOptions(within(form).getByLabelText('Fentanyl'), 'positive');
    await user.selectOptions(within(form).getByLabelText('Opioids'), 'negative');
    await user.click(within(form).getByRole('button', { name: 'Record observation' }));

    expect(await within(form).findByRole('status')).toHaveTextContent('Recorded');
    expect(bodies).toEqual([
      { kind: 'uds', observedOn: '2026-04-29', results: { opioids: 'negative', fentanyl: 'positive' } },
    ]);
  });

  it('sends self-reported use with its substance, and shows the API’s error at the amount', async () => {
    const bodies: unknown[] = [];
    const message = 'value for self_reported_use must be the amount used, from 0 to 1000, with at most 3 decimals';
    mockApi(
      patientRoutes({
        [POST]: (init) => {
          bodies.push(bodyOf(init));
          return invalidField('value', message);
        },
      }),
    );
    const { user, form } = await openForm();

    await user.selectOptions(within(form).getByLabelText('Observation'), 'self_reported_use');
    await setDate(user, form, '2026-04-29');
    await user.selectOptions(within(form).getByLabelText('Substance'), 'alcohol');
    await user.type(within(form).getByLabelText(/Amount used/), '1500');
    await user.click(within(form).getByRole('button', { name: 'Record observation' }));

    const amount = within(form).getByLabelText(/Amount used/);
    await waitFor(() => expect(amount).toHaveAttribute('aria-invalid', 'true'));
    expect(amount).toHaveAccessibleDescription(expect.stringContaining(message));
    expect(within(form).queryByRole('alert')).not.toBeInTheDocument();
    expect(bodies).toEqual([
      { kind: 'self_reported_use', observedOn: '2026-04-29', value: 1500, substance: 'alcohol' },
    ]);
  });

  it('marks the PACS items when the API refuses them, its reason describing the group', async () => {
    const message = 'items must be the 5 PACS item scores, each a whole number from 0 to 6';
    const bodies: unknown[] = [];
    mockApi(
      patientRoutes({
        [POST]: (init) => {
          bodies.push(bodyOf(init));
          return invalidField('items', message);
        },
      }),
    );
    const { user, form } = await openForm();

    await user.selectOptions(within(form).getByRole('combobox', { name: /^1\. / }), '2');
    await user.click(within(form).getByRole('button', { name: 'Record observation' }));

    const second = within(form).getByRole('combobox', { name: /^2\. / });
    await waitFor(() => expect(second).toHaveAttribute('aria-invalid', 'true'));
    expect(within(form).getByRole('group', { name: /PACS items/ })).toHaveAccessibleDescription(message);
    // Unanswered items go as null, so the API names them rather than storing a 0.
    expect(bodies).toEqual([expect.objectContaining({ items: [2, null, null, null, null] })]);
  });

  it('hides the form with an explanation when the API answers 403', async () => {
    mockApi(patientRoutes({ [POST]: FORBIDDEN }));
    const { user, form } = await openForm();

    await user.click(within(form).getByRole('button', { name: 'Record observation' }));

    expect(await screen.findByText(/Your role cannot record observations/)).toBeInTheDocument();
    expect(screen.queryByRole('form', { name: 'Record observation' })).not.toBeInTheDocument();
  });
});
