import { screen, waitFor, within } from '@testing-library/react';
import type { DiscontinuationRequest } from '../../api/discontinuation';
import { mockApi } from '../../test/mock-api';
import { renderApp } from '../../test/render-app';
import { API, OPEN_REQUEST, ok, PATIENT, PATIENT_PATH, patientRoutes, SWITCH_REQUEST } from './patient-fixtures';

const ORAL_PATIENT = { ...PATIENT, metrics: PATIENT.metrics && { ...PATIENT.metrics, formulation: 'oral' } };
const DECIDE = `POST /api/discontinuation-requests/${OPEN_REQUEST.id}/decisions`;

async function findPanel() {
  return screen.findByRole('region', { name: 'Discontinuation' });
}

describe('Discontinuation panel', () => {
  it('shows the open request’s readiness checklist and decisions, and posts a decision', async () => {
    const decisions: unknown[] = [];
    let requestReads = 0;
    mockApi(
      patientRoutes({
        [`GET ${API}/discontinuation-requests`]: () => {
          requestReads++;
          return ok([OPEN_REQUEST]);
        },
        [DECIDE]: (init) => {
          decisions.push(JSON.parse(String(init?.body)));
          return { status: 201, body: {} };
        },
      }),
    );
    const { user } = renderApp(PATIENT_PATH);
    const panel = await findPanel();

    const checklist = await within(panel).findByRole('list', { name: 'Readiness checklist' });
    expect(
      within(checklist)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual([
      '✗Days on naltrexone at least 180 — not met (now 109)',
      '✗PDC over 90 days at least 80% — not met (now 72%)',
      '✓Attendance over 90 days at least 75% — met (now 80%)',
    ]);
    const decided = within(panel).getByRole('list', { name: 'Decisions so far' });
    expect(decided).toHaveTextContent('ApprovedTherapist · May 2, 2026 — “Agree, engaged in therapy.”');

    await user.type(within(panel).getByLabelText('Comment'), 'Agree; taper over four weeks.');
    await user.click(within(panel).getByRole('button', { name: 'Approve' }));

    await waitFor(() => expect(decisions).toEqual([{ decision: 'approve', comment: 'Agree; taper over four weeks.' }]));
    await waitFor(() => expect(requestReads).toBe(2));
  });

  it('shows why a decision was refused', async () => {
    mockApi(
      patientRoutes({
        [`GET ${API}/discontinuation-requests`]: ok([OPEN_REQUEST]),
        [DECIDE]: {
          status: 403,
          body: {
            statusCode: 403,
            code: 'NOT_AN_APPROVER',
            message: 'Only a prescriber or therapist of the team may decide',
          },
        },
      }),
    );
    const { user } = renderApp(PATIENT_PATH);
    const panel = await findPanel();

    await user.click(await within(panel).findByRole('button', { name: 'Reject' }));
    expect(within(panel).getByText('Add a comment for the team')).toBeInTheDocument();

    await user.type(within(panel).getByLabelText('Comment'), 'Not yet.');
    await user.click(within(panel).getByRole('button', { name: 'Reject' }));

    expect(await within(panel).findByText('Only a prescriber or therapist of the team may decide')).toBeInTheDocument();
  });

  it('proposes an oral taper and shows the API’s error at the plan step it names', async () => {
    const bodies: unknown[] = [];
    mockApi(
      patientRoutes({
        [`GET ${API}`]: ok(ORAL_PATIENT),
        [`POST ${API}/discontinuation-requests`]: (init) => {
          bodies.push(JSON.parse(String(init?.body)));
          return {
            status: 400,
            body: {
              statusCode: 400,
              code: 'VALIDATION_FAILED',
              message: 'Some fields are invalid',
              details: {
                fields: [{ field: 'plan.0.doseMg', messages: ['plan.0.doseMg must be lower than the current dose'] }],
              },
            },
          };
        },
      }),
    );
    const { user } = renderApp(PATIENT_PATH);
    const form = await screen.findByRole('form', { name: 'Propose taper or stop' });

    await user.selectOptions(within(form).getByLabelText('Kind'), 'taper');
    await user.selectOptions(within(form).getByLabelText('Reason code'), 'patient_request');
    await user.type(within(form).getByLabelText(/Effective on/), '2026-07-01');
    await user.type(
      within(form).getByLabelText(/^Reason/, { selector: 'textarea' }),
      'Stable for six months and asks to stop.',
    );
    await user.type(within(form).getByLabelText('Step 1 starts on'), '2026-06-01');
    await user.type(within(form).getByLabelText('Step 1 dose (mg)'), '75');
    await user.click(within(form).getByRole('button', { name: 'Propose taper' }));

    const dose = within(form).getByLabelText('Step 1 dose (mg)');
    await waitFor(() => expect(dose).toHaveAttribute('aria-invalid', 'true'));
    expect(dose).toHaveAccessibleDescription('plan.0.doseMg must be lower than the current dose');
    expect(bodies).toEqual([
      {
        kind: 'taper',
        reasonCode: 'patient_request',
        reason: 'Stable for six months and asks to stop.',
        effectiveOn: '2026-07-01',
        plan: [{ startsOn: '2026-06-01', doseMg: 75 }],
      },
    ]);
  });

  it('proposes a switch to a medication for the patient’s disorder, and shows the API’s error at the program', async () => {
    const bodies: unknown[] = [];
    mockApi(
      patientRoutes({
        [`POST ${API}/discontinuation-requests`]: (init) => {
          bodies.push(JSON.parse(String(init?.body)));
          return {
            status: 400,
            body: {
              statusCode: 400,
              code: 'VALIDATION_FAILED',
              message: 'Invalid request',
              details: { fields: [{ field: 'switchTo.program', messages: ['switchTo.program names the program'] }] },
            },
          };
        },
      }),
    );
    const { user } = renderApp(PATIENT_PATH);
    const form = await screen.findByRole('form', { name: 'Propose taper or stop' });

    await user.selectOptions(within(form).getByLabelText('Kind'), 'switch');
    // The patient has AUD: the alcohol medications, not the opioid agonists.
    const medication = within(form).getByLabelText('Switch to');
    expect(
      within(medication)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['Acamprosate', 'Disulfiram', 'Another medication']);
    await user.selectOptions(medication, 'disulfiram');
    await user.selectOptions(within(form).getByLabelText('Reason code'), 'patient_preference');
    await user.selectOptions(within(form).getByLabelText('Prescribed by'), 'other_program');
    await user.type(within(form).getByLabelText(/^Program/), 'Harbor Clinic');
    await user.type(within(form).getByLabelText(/Effective on \(new medication starts\)/), '2026-06-01');
    await user.type(
      within(form).getByLabelText(/^Reason/, { selector: 'textarea' }),
      'Prefers a daily tablet supervised by family.',
    );
    await user.type(within(form).getByLabelText(/^Start plan/), 'First dose after 24 h without alcohol.');
    await user.click(within(form).getByRole('button', { name: 'Propose switch' }));

    const program = within(form).getByLabelText(/^Program/);
    await waitFor(() => expect(program).toHaveAttribute('aria-invalid', 'true'));
    expect(bodies).toEqual([
      {
        kind: 'switch',
        reasonCode: 'patient_preference',
        reason: 'Prefers a daily tablet supervised by family.',
        effectiveOn: '2026-06-01',
        switchTo: { medication: 'disulfiram', prescribedBy: 'other_program', program: 'Harbor Clinic' },
        plan: 'First dose after 24 h without alcohol.',
      },
    ]);
  });

  it('records the hand-off of an approved switch, then shows the new medication', async () => {
    const handOffs: unknown[] = [];
    let requests: DiscontinuationRequest[] = [{ ...SWITCH_REQUEST, status: 'approved' }];
    mockApi(
      patientRoutes({
        [`GET ${API}/discontinuation-requests`]: () => ok(requests),
        [`POST /api/discontinuation-requests/${SWITCH_REQUEST.id}/complete`]: (init) => {
          handOffs.push(JSON.parse(String(init?.body)));
          requests = [
            { ...SWITCH_REQUEST, status: 'completed', completedOn: '2026-05-20', handOffNote: 'First dose 20 May.' },
          ];
          return ok(requests[0]);
        },
      }),
    );
    const { user } = renderApp(PATIENT_PATH);
    const panel = await findPanel();

    const form = await within(panel).findByRole('form', { name: 'Record the hand-off' });
    await user.type(within(form).getByLabelText(/^Hand-off/), 'First dose 20 May.');
    await user.click(within(form).getByRole('button', { name: 'Complete switch' }));

    await waitFor(() => expect(handOffs).toEqual([{ handOffNote: 'First dose 20 May.' }]));
    expect(
      await within(panel).findByText('Now on Buprenorphine, prescribed by this team, since May 20, 2026.'),
    ).toBeInTheDocument();
    expect(within(panel).getByRole('form', { name: 'Propose taper or stop' })).toBeInTheDocument();
  });

  it('shows a conflict (a request is already open) above the form', async () => {
    mockApi(
      patientRoutes({
        [`POST ${API}/discontinuation-requests`]: {
          status: 409,
          body: { statusCode: 409, code: 'REQUEST_ALREADY_OPEN', message: 'This patient already has an open request' },
        },
      }),
    );
    const { user } = renderApp(PATIENT_PATH);
    const form = await screen.findByRole('form', { name: 'Propose taper or stop' });

    await user.selectOptions(within(form).getByLabelText('Kind'), 'stop');
    await user.click(within(form).getByRole('button', { name: 'Propose stop' }));

    expect(await within(form).findByText('This patient already has an open request')).toBeInTheDocument();
  });
});
