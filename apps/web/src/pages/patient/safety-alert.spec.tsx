import { screen, waitFor, within } from '@testing-library/react';
import { mockApi } from '../../test/mock-api';
import { renderApp } from '../../test/render-app';
import { instrumentObservation } from './instrument-fixtures';
import { API, bodyOf, invalidField, ok, PATIENT, PATIENT_PATH, patientRoutes } from './patient-fixtures';

const AT_RISK = {
  ...PATIENT,
  metrics: { ...PATIENT.metrics, flags: ['suicide_risk' as const, 'craving_high' as const] },
};
const PHQ9S = [
  instrumentObservation('i2', 'phq9', '2026-04-28', [1, 1, 1, 1, 1, 0, 0, 0, 2]),
  instrumentObservation('i1', 'phq9', '2026-03-30', [3, 3, 3, 2, 2, 2, 1, 0, 1]),
];
const POST = `POST ${API}/safety-assessments`;

async function findAlert() {
  return screen.findByRole('alert', { name: /Suicide risk: safety assessment needed/ });
}

describe('Safety alert on the patient page', () => {
  it('shows the item-9 answer that raised the flag, and records the assessment that clears it', async () => {
    const bodies: unknown[] = [];
    let assessed = false;
    mockApi(
      patientRoutes({
        [`GET ${API}`]: () => ok(assessed ? PATIENT : AT_RISK),
        [`GET ${API}/observations`]: ok(PHQ9S),
        [POST]: (init) => {
          bodies.push(bodyOf(init));
          assessed = true;
          return { status: 201, body: { id: 'a1', ...(bodyOf(init) as object), assessedBy: 'c1', createdAt: '' } };
        },
      }),
    );
    const { user } = renderApp(PATIENT_PATH);

    const alert = await findAlert();
    expect(await within(alert).findByText(/answered 2 of 3 on Apr 28, 2026/)).toBeInTheDocument();
    const form = within(alert).getByRole('form', { name: 'Record safety assessment' });
    await user.selectOptions(within(form).getByLabelText('Outcome'), 'Low risk');
    await user.type(within(form).getByLabelText(/Safety plan/), 'Safety plan written; crisis line given');
    await user.click(within(form).getByRole('button', { name: 'Record safety assessment' }));

    await waitFor(() => expect(screen.queryByRole('alert', { name: /Suicide risk/ })).not.toBeInTheDocument());
    expect(bodies).toEqual([
      { assessedOn: expect.any(String), outcome: 'low', plan: 'Safety plan written; crisis line given' },
    ]);
  });

  it('marks the field the API names', async () => {
    mockApi(
      patientRoutes({
        [`GET ${API}`]: ok(AT_RISK),
        [`GET ${API}/observations`]: ok(PHQ9S),
        [POST]: invalidField('plan', 'plan must be longer than or equal to 1 characters'),
      }),
    );
    const { user } = renderApp(PATIENT_PATH);

    const alert = await findAlert();
    await user.click(within(alert).getByRole('button', { name: 'Record safety assessment' }));
    expect(await within(alert).findByText('plan must be longer than or equal to 1 characters')).toBeInTheDocument();
  });

  it('is not shown without the flag', async () => {
    mockApi(patientRoutes({ [`GET ${API}/observations`]: ok(PHQ9S) }));
    renderApp(PATIENT_PATH);
    await screen.findByRole('heading', { level: 1 });
    expect(screen.queryByRole('alert', { name: /Suicide risk/ })).not.toBeInTheDocument();
  });

  it('offers no form to a break-glass reader', async () => {
    mockApi(
      patientRoutes({ [`GET ${API}`]: ok({ ...AT_RISK, careTeamId: 't9' }), [`GET ${API}/observations`]: ok(PHQ9S) }),
    );
    renderApp(PATIENT_PATH);
    const alert = await findAlert();
    expect(within(alert).queryByRole('form')).not.toBeInTheDocument();
  });
});
