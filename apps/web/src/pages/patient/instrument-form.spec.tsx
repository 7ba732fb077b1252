import { screen, waitFor, within } from '@testing-library/react';
import { mockApi } from '../../test/mock-api';
import { renderWithProviders } from '../../test/render-app';
import { InstrumentChart } from './instrument-chart';
import { buildInstrumentSeries } from './instrument-data';
import { INSTRUMENT_OBSERVATIONS, instrumentObservation } from './instrument-fixtures';
import { API, bodyOf, invalidField, openRecordTab, patientRoutes, signedInAs } from './patient-fixtures';

const POST = `POST ${API}/observations`;

async function openForm() {
  const view = await openRecordTab('Instrument');
  return { ...view, form: await screen.findByRole('form', { name: 'Record instrument' }) };
}

describe('Record instrument', () => {
  it('sends a PHQ-9 item by item, shows its score as the API will, and says what was recorded', async () => {
    const bodies: unknown[] = [];
    mockApi(
      patientRoutes({
        ...signedInAs('therapist'),
        [POST]: (init) => {
          bodies.push(bodyOf(init));
          return { status: 201, body: instrumentObservation('n', 'phq9', '2026-04-30', [2, 2, 2, 1, 1, 1, 1, 0, 1]) };
        },
      }),
    );
    const { user, form } = await openForm();
    const date = within(form).getByLabelText(/^Date/);
    await user.clear(date);
    await user.type(date, '2026-04-30');
    const items = within(form).getAllByRole('combobox', { name: /^\d\. / });
    expect(items).toHaveLength(9);
    expect(items[8]).toHaveAccessibleName('9. Better off dead or self-harm thoughts');
    const answers = ['2', '2', '2', '1', '1', '1', '1', '0', '1'];
    for (const [index, item] of items.entries()) await user.selectOptions(item, answers[index] ?? '');
    expect(within(form).getByText('Score: PHQ-9 11 (moderate)')).toBeInTheDocument();
    await user.click(within(form).getByRole('button', { name: 'Record instrument' }));

    expect(await within(form).findByRole('status')).toHaveTextContent('Recorded PHQ-9 11 (moderate)');
    expect(bodies).toEqual([{ kind: 'phq9', observedOn: '2026-04-30', items: [2, 2, 2, 1, 1, 1, 1, 0, 1] }]);
  });

  it("offers the BAM's 17 items, the income item as no or yes, and an AUDIT-C scored by the patient's sex", async () => {
    mockApi(patientRoutes());
    const { user, form } = await openForm();
    await user.selectOptions(within(form).getByLabelText('Instrument'), 'bam');
    const items = within(form).getAllByRole('combobox', { name: /^\d+\. / });
    expect(items).toHaveLength(17);
    const income = within(form).getByRole('combobox', { name: '14. Enough income for necessities' });
    expect(
      within(income)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['—', '0 · No', '4 · Yes']);

    await user.selectOptions(within(form).getByLabelText('Instrument'), 'audit_c');
    for (const item of within(form).getAllByRole('combobox', { name: /^\d\. / })) await user.selectOptions(item, '1');
    // The fixture patient is a woman: 3 is a positive screen.
    expect(within(form).getByText('Score: AUDIT-C 3 (positive)')).toBeInTheDocument();
  });

  it("marks the items with the API's reason when it refuses them", async () => {
    const message = 'items must hold the 7 GAD-7 item scores, not 6';
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
    await user.selectOptions(within(form).getByLabelText('Instrument'), 'gad7');
    await user.selectOptions(within(form).getByRole('combobox', { name: /^1\. / }), '3');
    await user.click(within(form).getByRole('button', { name: 'Record instrument' }));

    const second = within(form).getByRole('combobox', { name: /^2\. / });
    await waitFor(() => expect(second).toHaveAttribute('aria-invalid', 'true'));
    expect(within(form).getByRole('group', { name: /GAD-7 items/ })).toHaveAccessibleDescription(message);
    expect(bodies).toEqual([expect.objectContaining({ kind: 'gad7', items: [3, null, null, null, null, null, null] })]);
  });
});

describe('InstrumentChart', () => {
  it('draws the PHQ-9 with its band lines, and the BAM with its three scores', () => {
    const series = buildInstrumentSeries(INSTRUMENT_OBSERVATIONS);
    const { container } = renderWithProviders(
      <>
        <InstrumentChart kind="phq9" points={series.phq9} width={500} />
        <InstrumentChart kind="bam" points={series.bam} width={500} />
      </>,
    );
    expect(screen.getByRole('figure', { name: 'PHQ-9 over time' })).toBeInTheDocument();
    expect(screen.getByRole('figure', { name: 'BAM over time' })).toBeInTheDocument();
    expect(container.querySelectorAll('svg').length).toBeGreaterThanOrEqual(2);
    expect(screen.getByText('moderately severe')).toBeInTheDocument();
    expect(screen.getByText('Protective')).toBeInTheDocument();
  });
});
