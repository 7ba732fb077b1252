import { DEFAULT_CLINICAL_SETTINGS } from '@naltrack/domain';
import { screen, waitFor, within } from '@testing-library/react';
import type { Patient } from '../../api/patients';
import { mockApi } from '../../test/mock-api';
import { renderApp } from '../../test/render-app';
import {
  API,
  bodyOf,
  FORBIDDEN,
  invalidField,
  OBSERVATIONS,
  ok,
  openRecordTab,
  PATIENT,
  PATIENT_PATH,
  patientRoutes,
  signedInAs,
} from './patient-fixtures';

const POST = `POST ${API}/naltrexone-starts`;
const metrics = PATIENT.metrics ?? null;
/** Referred for opioid use disorder, nothing started yet. */
const NEW_PATIENT: Patient = {
  ...PATIENT,
  diagnoses: ['OUD'],
  status: 'referred',
  metrics: metrics && { ...metrics, startedOn: null, formulation: null, daysOnNaltrexone: null },
};
const STARTED = {
  id: 'n1',
  patientId: PATIENT.id,
  formulation: 'xr_injection',
  doseMg: 380,
  startedOn: '2026-05-01',
  lastOpioidUseOn: '2026-04-28',
  priorAgonist: null,
  naloxoneChallenge: 'not_done',
  opioidScreen: 'positive',
  lft: null,
  overridden: true,
  overriddenFailures: [],
  overrideReason: 'Withdrawal managed on the ward',
  isReinduction: false,
  createdAt: '2026-05-01T10:00:00Z',
};
const REFUSAL = {
  status: 422,
  body: {
    statusCode: 422,
    code: 'INDUCTION_PREREQUISITES_NOT_MET',
    message: 'Naltrexone cannot be started: …',
    details: {
      failures: [
        { rule: 'opioid_free_days', message: '2 opioid-free days before the start (last use 2026-04-28); 7 needed.' },
        {
          rule: 'opioid_screen',
          message: 'The opioid drug screen is positive; naltrexone would precipitate withdrawal.',
        },
      ],
    },
  },
};

async function openForm(routes = {}) {
  mockApi(patientRoutes({ [`GET ${API}`]: ok(NEW_PATIENT), ...routes }));
  const view = await openRecordTab('Naltrexone start');
  return { ...view, form: await screen.findByRole('form', { name: 'Record naltrexone start' }) };
}

async function fillOpioidStart(user: Awaited<ReturnType<typeof openForm>>['user'], form: HTMLElement) {
  const startDate = within(form).getByLabelText(/Start date/);
  await user.clear(startDate);
  await user.type(startDate, '2026-05-01');
  await user.type(within(form).getByLabelText('Last opioid use'), '2026-04-28');
  await user.selectOptions(within(form).getByLabelText('Opioid drug screen'), 'positive');
}

const checklistItems = () =>
  within(screen.getByRole('list', { name: 'Induction prerequisites' }))
    .getAllByRole('listitem')
    .map((item) => item.textContent);

describe('Record naltrexone start', () => {
  it('makes the start prominent for a patient without one, the dose form staying first', async () => {
    mockApi(patientRoutes({ [`GET ${API}`]: ok(NEW_PATIENT) }));
    const { user } = renderApp(PATIENT_PATH);

    expect(await screen.findByRole('form', { name: 'Record medication event' })).toBeInTheDocument();
    expect(screen.getByRole('tab', { name: /Naltrexone start/ })).toHaveTextContent('Not started');
    await user.click(screen.getByRole('button', { name: 'Record the start' }));

    expect(await screen.findByRole('form', { name: 'Record naltrexone start' })).toBeInTheDocument();
    expect(screen.getByRole('tab', { name: /Naltrexone start/ })).toHaveAttribute('aria-selected', 'true');
  });

  it('checks the prerequisites as values are entered, by the domain rule', async () => {
    const { user, form } = await openForm();

    expect(checklistItems()).toEqual([
      expect.stringMatching(
        /^✗7 whole opioid-free days .* not met: The date of last opioid use is required for opioid/,
      ),
      '✓Opioid drug screen not positive — met',
      '✓Naloxone challenge not positive — met',
    ]);
    await fillOpioidStart(user, form);

    expect(screen.getByText(/Prerequisites \(2 not met\)/)).toBeInTheDocument();
    expect(checklistItems()).toEqual([
      // Whole days between the 28th and the 1st: the 29th and the 30th.
      expect.stringContaining('not met: 2 opioid-free days before the start (last use 2026-04-28); 7 needed.'),
      expect.stringContaining('Opioid drug screen not positive — not met: The opioid drug screen is positive'),
      '✓Naloxone challenge not positive — met',
    ]);
    // Oral naltrexone adds the liver tests.
    await user.selectOptions(within(form).getByLabelText('Formulation'), 'oral');
    expect(checklistItems()).toHaveLength(4);
    expect(within(form).getByLabelText(/Dose \(mg\)/)).toHaveValue(50);
  });

  it("checks the opioid-free days by the clinic's settings", async () => {
    const { user, form } = await openForm({
      'GET /api/clinical-settings': ok({
        ...DEFAULT_CLINICAL_SETTINGS,
        opioidFreeDays: 2,
        opioidFreeDaysAfterAgonist: 10,
      }),
    });
    await fillOpioidStart(user, form);

    // The 29th and the 30th: enough for this clinic, not for the default 7.
    expect(checklistItems()[0]).toBe(
      '✓2 whole opioid-free days before the start (10 after methadone or buprenorphine) — met',
    );
  });

  it('lists every failing reason of a 422 and starts with the prescriber’s reason', async () => {
    const bodies: unknown[] = [];
    const replies = [
      REFUSAL,
      invalidField('overrideReason', 'overrideReason must be longer than or equal to 10 characters'),
      { status: 201, body: STARTED },
    ];
    const { user, form } = await openForm({
      [POST]: (init: RequestInit | undefined) => {
        bodies.push(bodyOf(init));
        return replies[bodies.length - 1] ?? REFUSAL;
      },
    });
    await fillOpioidStart(user, form);
    await user.click(within(form).getByRole('button', { name: 'Start naltrexone' }));

    const unmet = await within(form).findByRole('list', { name: 'Unmet prerequisites' });
    expect(
      within(unmet)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual([
      '2 opioid-free days before the start (last use 2026-04-28); 7 needed.',
      'The opioid drug screen is positive; naltrexone would precipitate withdrawal.',
    ]);
    const reason = within(form).getByLabelText(/Override reason/);
    await user.type(reason, 'Ward');
    await user.click(within(form).getByRole('button', { name: 'Start with override' }));

    await waitFor(() => expect(reason).toHaveAttribute('aria-invalid', 'true'));
    expect(reason).toHaveAccessibleDescription(expect.stringContaining('at least 10 characters'));
    expect(reason).toHaveAccessibleDescription(/overrideReason must be longer than or equal to 10 characters/);
    // The refusal stays on screen while the reason is corrected.
    expect(within(form).getByRole('list', { name: 'Unmet prerequisites' })).toBeInTheDocument();
    await user.type(reason, ': withdrawal managed');
    await user.click(within(form).getByRole('button', { name: 'Start with override' }));

    expect(await within(form).findByRole('status')).toHaveTextContent('Naltrexone started with an override');
    const body = { formulation: 'xr_injection', doseMg: 380, startedOn: '2026-05-01', lastOpioidUseOn: '2026-04-28' };
    const prerequisites = { opioidScreen: 'positive', naloxoneChallenge: 'not_done' };
    expect(bodies).toEqual([
      { ...body, ...prerequisites },
      { ...body, ...prerequisites, overrideReason: 'Ward' },
      { ...body, ...prerequisites, overrideReason: 'Ward: withdrawal managed' },
    ]);
  });

  it('sends entered liver tests for oral naltrexone and shows the API’s error at the value', async () => {
    const bodies: unknown[] = [];
    const { user, form } = await openForm({
      [`GET ${API}`]: ok({ ...NEW_PATIENT, diagnoses: ['AUD'] }),
      [POST]: (init: RequestInit | undefined) => {
        bodies.push(bodyOf(init));
        return invalidField('lft.ast', 'lft.ast must be a number conforming to the specified constraints');
      },
    });
    await user.selectOptions(within(form).getByLabelText('Formulation'), 'oral');
    await user.type(within(form).getByLabelText('ALT'), '35');
    await user.type(within(form).getByLabelText(/Upper limit of normal/), '40');
    await user.click(within(form).getByRole('button', { name: 'Start naltrexone' }));

    const ast = within(form).getByLabelText('AST');
    await waitFor(() => expect(ast).toHaveAttribute('aria-invalid', 'true'));
    expect(ast).toHaveAccessibleDescription(/lft.ast must be a number/);
    expect(bodies).toEqual([
      {
        formulation: 'oral',
        doseMg: 50,
        startedOn: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
        opioidScreen: 'not_done',
        naloxoneChallenge: 'not_done',
        lft: { alt: 35, ast: null, uln: 40, bilirubinNormal: true },
      },
    ]);
  });

  it('asks the opioid prerequisites of an AUD patient too, and counts days after methadone as the API does', async () => {
    const { user, form } = await openForm({ [`GET ${API}`]: ok({ ...NEW_PATIENT, diagnoses: ['AUD'] }) });
    const startDate = within(form).getByLabelText(/Start date/);
    await user.clear(startDate);
    await user.type(startDate, '2026-05-20');

    // No opioid use stated, none recorded: an AUD patient may start.
    expect(screen.getByText(/Prerequisites \(all met\)/)).toBeInTheDocument();
    expect(checklistItems()).toEqual([
      expect.stringMatching(
        /^✓7 whole opioid-free days before the start \(14 after methadone or buprenorphine\) — met$/,
      ),
      '✓Opioid drug screen not positive — met',
      '✓Naloxone challenge not positive — met',
    ]);

    await user.selectOptions(within(form).getByLabelText('Prior methadone or buprenorphine'), 'methadone');
    expect(checklistItems()[0]).toContain('not met: The date of last opioid use is required after methadone');
    await user.type(within(form).getByLabelText('Last opioid use'), '2026-05-10');
    expect(checklistItems()[0]).toContain(
      'not met: 9 opioid-free days before the start (last use 2026-05-10); 14 needed after methadone.',
    );
    await user.selectOptions(within(form).getByLabelText('Naloxone challenge'), 'positive');
    expect(screen.getByText(/Prerequisites \(2 not met\)/)).toBeInTheDocument();
  });

  it('shows the opioid use the patient’s record holds before the start is sent', async () => {
    const fentanyl = {
      ...OBSERVATIONS[1],
      id: 'o9',
      kind: 'uds' as const,
      observedOn: '2026-05-16',
      results: { fentanyl: 'positive' as const, opioids: 'negative' as const },
    };
    const { user, form } = await openForm({ [`GET ${API}/observations`]: ok([fentanyl, ...OBSERVATIONS]) });
    const startDate = within(form).getByLabelText(/Start date/);
    await user.clear(startDate);
    await user.type(startDate, '2026-05-20');
    await user.type(within(form).getByLabelText('Last opioid use'), '2026-04-01');

    await waitFor(() =>
      expect(checklistItems()).toEqual([
        expect.stringContaining(
          'not met: 3 opioid-free days before the start (last use recorded 2026-05-16: positive fentanyl screen); 7 needed.',
        ),
        expect.stringContaining('not met: An opioid drug screen in the record is positive (recorded 2026-05-16'),
        '✓Naloxone challenge not positive — met',
      ]),
    );
  });

  it('is for prescribers: a nurse reads why', async () => {
    mockApi(patientRoutes({ ...signedInAs('nurse') }));
    await openRecordTab('Naltrexone start');
    expect(await screen.findByText(/Only prescribers can start naltrexone/)).toBeInTheDocument();
  });

  it('hides the form when the API answers 403', async () => {
    const { user, form } = await openForm({ [POST]: FORBIDDEN });

    await user.click(within(form).getByRole('button', { name: 'Start naltrexone' }));

    expect(await screen.findByText(/Only prescribers can start naltrexone/)).toBeInTheDocument();
    expect(screen.queryByRole('form', { name: 'Record naltrexone start' })).not.toBeInTheDocument();
  });
});
