import { screen, waitFor, within } from '@testing-library/react';
import { mockApi } from '../../test/mock-api';
import { renderApp } from '../../test/render-app';
import { sessionOf, TEST_CSRF_TOKEN, TEST_USER } from '../../test/session-fixtures';
import { API, MEDICATION_EVENTS, ok, PATIENT_PATH, patientRoutes } from './patient-fixtures';

const POST = `POST ${API}/medication-events`;

async function openForm() {
  const view = renderApp(PATIENT_PATH);
  const form = await screen.findByRole('form', { name: 'Record medication event' });
  return { ...view, form };
}

function bodyOf(init: RequestInit | undefined): unknown {
  return JSON.parse(String(init?.body));
}

describe('Record medication event', () => {
  it('posts a dispense with its days’ supply and shows the API’s error at that field', async () => {
    const bodies: unknown[] = [];
    const headers: (string | null)[] = [];
    mockApi(
      patientRoutes({
        [POST]: (init) => {
          bodies.push(bodyOf(init));
          headers.push(new Headers(init?.headers).get('X-CSRF-Token'));
          return {
            status: 400,
            body: {
              statusCode: 400,
              code: 'VALIDATION_FAILED',
              message: 'Some fields are invalid',
              details: { fields: [{ field: 'daysSupply', messages: ['daysSupply must not be greater than 365'] }] },
            },
          };
        },
      }),
    );
    const { user, form } = await openForm();

    await user.selectOptions(within(form).getByLabelText('Kind'), 'dispensed');
    await user.selectOptions(within(form).getByLabelText('Formulation'), 'oral');
    const date = within(form).getByLabelText(/Date/);
    await user.clear(date);
    await user.type(date, '2026-04-30');
    await user.type(within(form).getByLabelText(/Days' supply/), '400');
    await user.type(within(form).getByLabelText('Dose (mg)'), '50');
    await user.click(within(form).getByRole('button', { name: 'Record event' }));

    const daysSupply = within(form).getByLabelText(/Days' supply/);
    await waitFor(() => expect(daysSupply).toHaveAttribute('aria-invalid', 'true'));
    expect(daysSupply).toHaveAccessibleDescription('daysSupply must not be greater than 365');
    expect(bodies).toEqual([
      { kind: 'dispensed', formulation: 'oral', occurredOn: '2026-04-30', daysSupply: 400, doseMg: 50 },
    ]);
    expect(headers).toEqual([TEST_CSRF_TOKEN]);
    // Only the field is marked: no second, general message above the form.
    expect(within(form).queryByText('Not recorded')).not.toBeInTheDocument();
  });

  it('sends lot and site for an XR injection, then refetches the patient and the timeline', async () => {
    let patientReads = 0;
    let timelineReads = 0;
    const bodies: unknown[] = [];
    const routes = patientRoutes();
    mockApi({
      ...routes,
      [`GET ${API}`]: () => {
        patientReads++;
        return routes[`GET ${API}`] as { status: number; body: unknown };
      },
      [`GET ${API}/timeline`]: () => {
        timelineReads++;
        return ok({ items: [], nextBefore: null });
      },
      [POST]: (init) => {
        bodies.push(bodyOf(init));
        return { status: 201, body: { ...MEDICATION_EVENTS[0], id: 'm3' } };
      },
    });
    const { user, form } = await openForm();
    await waitFor(() => expect(timelineReads).toBe(1));
    expect(patientReads).toBe(1);

    await user.selectOptions(within(form).getByLabelText('Kind'), 'administered');
    await user.selectOptions(within(form).getByLabelText('Formulation'), 'xr_injection');
    const date = within(form).getByLabelText(/Date/);
    await user.clear(date);
    await user.type(date, '2026-05-01');
    await user.type(within(form).getByLabelText('Lot'), 'AB123');
    await user.type(within(form).getByLabelText('Injection site'), 'right gluteal');
    await user.click(within(form).getByRole('button', { name: 'Record event' }));

    expect(await within(form).findByText('Recorded. Metrics and timeline are updated.')).toBeInTheDocument();
    expect(bodies).toEqual([
      {
        kind: 'administered',
        formulation: 'xr_injection',
        occurredOn: '2026-05-01',
        lot: 'AB123',
        site: 'right gluteal',
      },
    ]);
    await waitFor(() => expect(patientReads).toBe(2));
    await waitFor(() => expect(timelineReads).toBe(2));
  });

  it('hides the form with an explanation when the API answers 403', async () => {
    mockApi(
      patientRoutes({
        [POST]: { status: 403, body: { statusCode: 403, code: 'FORBIDDEN', message: 'Your role may not do this' } },
      }),
    );
    const { user, form } = await openForm();

    await user.click(within(form).getByRole('button', { name: 'Record event' }));

    expect(await screen.findByText(/Only prescribers and nurses can record medication events/)).toBeInTheDocument();
    expect(screen.queryByRole('form', { name: 'Record medication event' })).not.toBeInTheDocument();
  });

  it('explains up front that a therapist cannot record medication', async () => {
    mockApi(patientRoutes({ 'GET /api/auth/me': sessionOf({ ...TEST_USER, roles: ['therapist'] }) }));

    renderApp(PATIENT_PATH);

    expect(await screen.findByText(/Only prescribers and nurses can record medication events/)).toBeInTheDocument();
    expect(screen.queryByRole('form', { name: 'Record medication event' })).not.toBeInTheDocument();
  });
});
