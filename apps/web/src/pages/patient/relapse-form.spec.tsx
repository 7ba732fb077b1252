import { screen, waitFor, within } from '@testing-library/react';
import type { Relapse } from '../../api/relapses';
import { mockApi } from '../../test/mock-api';
import { API, bodyOf, FORBIDDEN, invalidField, ok, openRecordTab, patientRoutes, RELAPSES } from './patient-fixtures';

const POST = `POST ${API}/relapses`;
const DETECTED: Relapse = {
  id: null,
  onsetOn: '2026-04-20',
  lastUseOn: '2026-04-26',
  endedOn: null,
  ongoing: true,
  detectedOn: '2026-04-26',
  substance: 'opioids',
  rule: 'xbot_7_days',
  early: false,
  source: 'detected',
  confirmed: false,
  note: null,
};
const stored = { status: 201, body: { ...DETECTED, id: 'r2', confirmed: true } };

async function openForm() {
  const view = await openRecordTab('Relapse');
  return { ...view, form: await screen.findByRole('form', { name: 'Record relapse' }) };
}

describe('Record relapse', () => {
  it('records a relapse with its note', async () => {
    const bodies: unknown[] = [];
    mockApi(
      patientRoutes({
        [POST]: (init) => {
          bodies.push(bodyOf(init));
          return stored;
        },
      }),
    );
    const { user, form } = await openForm();

    const onset = within(form).getByLabelText(/Onset/);
    await user.clear(onset);
    await user.type(onset, '2026-04-25');
    await user.selectOptions(within(form).getByLabelText('Substance'), 'alcohol');
    await user.click(within(form).getByLabelText('Note'));
    await user.paste('  Reported at group session ');
    await user.click(within(form).getByRole('button', { name: 'Record relapse' }));

    const panel = screen.getByRole('region', { name: 'Record' });
    expect(await within(panel).findByRole('status')).toHaveTextContent('Relapse recorded');
    expect(bodies).toEqual([{ onsetOn: '2026-04-25', substance: 'alcohol', note: 'Reported at group session' }]);
  });

  it('records the last day of use when the clinician knows it', async () => {
    const bodies: unknown[] = [];
    mockApi(
      patientRoutes({
        [POST]: (init) => {
          bodies.push(bodyOf(init));
          return stored;
        },
      }),
    );
    const { user, form } = await openForm();

    const onset = within(form).getByLabelText(/Onset/);
    await user.clear(onset);
    await user.type(onset, '2026-04-10');
    await user.type(within(form).getByLabelText(/Last day of use/), '2026-04-24');
    await user.click(within(form).getByRole('button', { name: 'Record relapse' }));

    const panel = screen.getByRole('region', { name: 'Record' });
    expect(await within(panel).findByRole('status')).toHaveTextContent('Relapse recorded');
    expect(bodies).toEqual([{ onsetOn: '2026-04-10', substance: 'opioids', lastUseOn: '2026-04-24' }]);
    // Cleared for the next relapse, whose last use is another day.
    expect(within(form).getByLabelText(/Last day of use/)).toHaveValue('');
  });

  it('shows the API’s error at the last day of use', async () => {
    mockApi(patientRoutes({ [POST]: invalidField('lastUseOn', 'lastUseOn must not be before onsetOn') }));
    const { user, form } = await openForm();

    await user.type(within(form).getByLabelText(/Last day of use/), '2026-01-02');
    await user.click(within(form).getByRole('button', { name: 'Record relapse' }));

    const lastUse = within(form).getByLabelText(/Last day of use/);
    await waitFor(() => expect(lastUse).toHaveAttribute('aria-invalid', 'true'));
    expect(lastUse).toHaveAccessibleDescription(/lastUseOn must not be before onsetOn/);
    expect(within(form).getByLabelText(/Onset/)).not.toHaveAttribute('aria-invalid', 'true');
  });

  it('shows the API’s error at the onset', async () => {
    mockApi(patientRoutes({ [POST]: invalidField('onsetOn', 'onsetOn must not be in the future') }));
    const { user, form } = await openForm();

    await user.click(within(form).getByRole('button', { name: 'Record relapse' }));

    const onset = within(form).getByLabelText(/Onset/);
    await waitFor(() => expect(onset).toHaveAttribute('aria-invalid', 'true'));
    expect(onset).toHaveAccessibleDescription(/onsetOn must not be in the future/);
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('confirms a relapse the rules detected, with its own substance and onset', async () => {
    const bodies: unknown[] = [];
    mockApi(
      patientRoutes({
        [`GET ${API}/relapses`]: ok([DETECTED, ...RELAPSES]),
        [POST]: (init) => {
          bodies.push(bodyOf(init));
          return stored;
        },
      }),
    );
    const { user } = await openRecordTab('Relapse');

    const toConfirm = await screen.findByRole('list', { name: 'Detected relapses to confirm' });
    // The confirmed one is not offered again.
    expect(within(toConfirm).getAllByRole('listitem')).toHaveLength(1);
    await user.click(
      within(toConfirm).getByRole('button', {
        name: 'Confirm Opioids from Apr 20, 2026 (7 days in a row of reported opioid use)',
      }),
    );

    const panel = screen.getByRole('region', { name: 'Record' });
    expect(await within(panel).findByRole('status')).toHaveTextContent('Confirmed: Opioids from Apr 20, 2026');
    expect(bodies).toEqual([{ onsetOn: '2026-04-20', substance: 'opioids', confirmDetected: true }]);
  });

  it('says why when the relapse is already recorded', async () => {
    mockApi(
      patientRoutes({
        [POST]: {
          status: 409,
          body: {
            statusCode: 409,
            code: 'RELAPSE_ALREADY_RECORDED',
            message: 'A relapse of this substance with this onset is already recorded',
          },
        },
      }),
    );
    const { user, form } = await openForm();

    await user.click(within(form).getByRole('button', { name: 'Record relapse' }));

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Not recorded');
    expect(alert).toHaveTextContent('A relapse of this substance with this onset is already recorded');
  });

  it('hides the form with an explanation when the API answers 403', async () => {
    mockApi(patientRoutes({ [POST]: FORBIDDEN }));
    const { user, form } = await openForm();

    await user.click(within(form).getByRole('button', { name: 'Record relapse' }));

    expect(await screen.findByText(/Your role cannot record relapses/)).toBeInTheDocument();
    expect(screen.queryByRole('form', { name: 'Record relapse' })).not.toBeInTheDocument();
  });
});
