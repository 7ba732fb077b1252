import { addDays, clinicalDateOf } from '@naltrack/domain';
import { screen, waitFor, within } from '@testing-library/react';
import type { OutreachTask } from '../../api/outreach';
import { TEST_NOW } from '../../test/clinical-clock';
import { mockApi } from '../../test/mock-api';
import { renderApp } from '../../test/render-app';
import { TEST_USER } from '../../test/session-fixtures';
import { ACKNOWLEDGEMENT, DONE_TASK, NURSE, OPEN_TASK } from './outreach-fixtures';
import { API, bodyOf, ok, PATIENT, PATIENT_PATH, patientRoutes } from './patient-fixtures';

const TASKS = `GET ${API}/outreach-tasks`;
/** The clinic's day in the tests (the calendar runs move it). */
const today = clinicalDateOf(TEST_NOW, TEST_USER.clinicTimeZone);

/** Serves the patient's tasks from a list the test's POST handlers change, as the API would. */
function serveTasks(initial: OutreachTask[]) {
  let tasks = initial;
  return {
    route: () => ok(tasks),
    set: (next: OutreachTask[]) => {
      tasks = next;
    },
  };
}

async function openPanel() {
  const view = renderApp(PATIENT_PATH);
  const panel = await screen.findByRole('region', { name: 'Outreach' });
  return { ...view, panel };
}

describe('Outreach panel', () => {
  it('shows an open task with its reason, assignee, overdue day and attempts, and keeps done tasks collapsed', async () => {
    mockApi(patientRoutes({ [TASKS]: ok([OPEN_TASK, DONE_TASK]) }));
    const { user, panel } = await openPanel();

    const task = await within(panel).findByRole('article', { name: 'Outreach task: Injection overdue' });
    expect(task).toHaveTextContent('for Nurse Kim Lee');
    const due = within(task).getByText('due Apr 30, 2026 (overdue)');
    expect(due).toHaveStyle({ color: 'var(--mantine-color-red-8)' });
    expect(task).toHaveTextContent("Opened by the team's rule Apr 29, 2026");
    expect(within(task).getByRole('list', { name: 'Attempts, oldest first' })).toHaveTextContent(
      'Apr 30, 2026 · Phone: Left message · Nurse Kim Lee · next try May 2, 2026 · Voicemail',
    );
    expect(within(panel).queryByRole('article', { name: 'Outreach task: Missed sessions' })).not.toBeInTheDocument();

    await user.click(within(panel).getByRole('button', { name: 'Show done tasks (1)' }));

    const done = within(panel).getByRole('article', { name: 'Outreach task: Missed sessions' });
    expect(done).toHaveTextContent('Re-engaged Mar 4, 2026');
    expect(done).toHaveTextContent('resolved by Dr. Ada North · Back in group');
    expect(within(done).queryByRole('button', { name: 'Log attempt' })).not.toBeInTheDocument();
  });

  it('logs an attempt in one click and shows it', async () => {
    const tasks = serveTasks([OPEN_TASK]);
    const bodies: unknown[] = [];
    mockApi(
      patientRoutes({
        [TASKS]: tasks.route,
        'POST /api/outreach-tasks/task-1/attempts': (init) => {
          bodies.push(bodyOf(init));
          const attempt = {
            id: 'a2',
            channel: 'text' as const,
            outcome: 'no_answer' as const,
            note: 'Sent reminder',
            nextAttemptOn: '2026-06-19',
            attemptedBy: { id: 'u1', displayName: 'Dr. Ada North' },
            attemptedOn: '2026-06-17',
            attemptedAt: '2026-06-17T14:00:00Z',
          };
          const updated = { ...OPEN_TASK, attempts: [...OPEN_TASK.attempts, attempt] };
          tasks.set([updated]);
          return { status: 201, body: updated };
        },
      }),
    );
    const { user, panel } = await openPanel();
    const form = await within(panel).findByRole('form', { name: 'Log attempt: Injection overdue' });

    await user.click(within(form).getByRole('radio', { name: 'Text' }));
    await user.type(within(form).getByLabelText('Next attempt'), '2026-06-19');
    await user.type(within(form).getByLabelText('Note'), ' Sent reminder ');
    await user.click(within(form).getByRole('button', { name: 'Log attempt' }));

    expect(await within(form).findByRole('status')).toHaveTextContent('Attempt logged.');
    expect(bodies).toEqual([
      { channel: 'text', outcome: 'no_answer', note: 'Sent reminder', nextAttemptOn: '2026-06-19' },
    ]);
    const attempts = within(panel).getByRole('list', { name: 'Attempts, oldest first' });
    await waitFor(() => expect(within(attempts).getAllByRole('listitem')).toHaveLength(2));
    expect(attempts).toHaveTextContent('Jun 17, 2026 · Text: No answer · Dr. Ada North · next try Jun 19, 2026');
  });

  it('logs the default attempt, a phone call not answered, with no other input', async () => {
    const bodies: unknown[] = [];
    mockApi(
      patientRoutes({
        [TASKS]: ok([OPEN_TASK]),
        'POST /api/outreach-tasks/task-1/attempts': (init) => {
          bodies.push(bodyOf(init));
          return { status: 201, body: OPEN_TASK };
        },
      }),
    );
    const { user, panel } = await openPanel();
    const form = await within(panel).findByRole('form', { name: 'Log attempt: Injection overdue' });

    await user.click(within(form).getByRole('button', { name: 'Log attempt' }));

    await waitFor(() => expect(bodies).toEqual([{ channel: 'phone', outcome: 'no_answer' }]));
  });

  it('resolves a task with its resolution and note', async () => {
    const tasks = serveTasks([OPEN_TASK]);
    const bodies: unknown[] = [];
    mockApi(
      patientRoutes({
        [TASKS]: tasks.route,
        'POST /api/outreach-tasks/task-1/resolve': (init) => {
          bodies.push(bodyOf(init));
          const resolved: OutreachTask = {
            ...OPEN_TASK,
            status: 'done',
            overdue: false,
            resolution: 'unreachable',
            resolutionNote: 'Three tries',
            resolvedBy: { id: 'u1', displayName: 'Dr. Ada North' },
            resolvedOn: '2026-06-17',
          };
          tasks.set([resolved]);
          return { status: 200, body: resolved };
        },
      }),
    );
    const { user, panel } = await openPanel();
    await user.click(await within(panel).findByRole('button', { name: 'Resolve…' }));
    const form = within(panel).getByRole('form', { name: 'Resolve: Injection overdue' });

    const resolution = within(form).getByLabelText('Resolution');
    // `flag_cleared` is the system's: a clinician is never offered it.
    expect(within(resolution).queryByRole('option', { name: 'Flag cleared' })).not.toBeInTheDocument();
    await user.selectOptions(resolution, 'unreachable');
    await user.type(within(form).getByLabelText('Resolution note'), 'Three tries');
    await user.click(within(form).getByRole('button', { name: 'Resolve task' }));

    expect(await within(panel).findByText('No open outreach tasks.')).toBeInTheDocument();
    expect(bodies).toEqual([{ resolution: 'unreachable', note: 'Three tries' }]);
    expect(within(panel).getByRole('button', { name: 'Show done tasks (1)' })).toBeInTheDocument();
  });

  it('opens a task by hand for a clinician of the team, due on a chosen day', async () => {
    const bodies: unknown[] = [];
    mockApi(
      patientRoutes({
        [TASKS]: ok([OPEN_TASK]),
        [`POST ${API}/outreach-tasks`]: (init) => {
          bodies.push(bodyOf(init));
          return { status: 201, body: { ...OPEN_TASK, id: 'task-2', reason: 'other' } };
        },
      }),
    );
    const { user, panel } = await openPanel();
    await user.click(await within(panel).findByRole('button', { name: 'Open a task' }));
    const form = within(panel).getByRole('form', { name: 'Open outreach task' });

    const assignee = within(form).getByLabelText('Assignee');
    expect(
      within(assignee)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['Dr. Ada North', 'Nurse Kim Lee', 'Therapist Jo Park']);
    expect(within(form).getByLabelText(/Due/)).toHaveValue(today);
    await user.selectOptions(within(form).getByLabelText('Reason'), 'low_adherence');
    await user.selectOptions(assignee, NURSE.id);
    const due = within(form).getByLabelText(/Due/);
    await user.clear(due);
    await user.type(due, addDays(today, 3));
    await user.type(within(form).getByLabelText('Task note'), 'Check pharmacy fills');
    await user.click(within(form).getByRole('button', { name: 'Open task' }));

    await waitFor(() => expect(within(panel).queryByRole('form', { name: 'Open outreach task' })).toBeNull());
    expect(bodies).toEqual([
      { reason: 'low_adherence', assigneeId: 'u4', dueOn: addDays(today, 3), note: 'Check pharmacy fills' },
    ]);
  });

  it('says why when a task with that reason is already open', async () => {
    mockApi(
      patientRoutes({
        [`POST ${API}/outreach-tasks`]: {
          status: 409,
          body: {
            statusCode: 409,
            code: 'OUTREACH_TASK_ALREADY_OPEN',
            message: 'An open task with this reason exists',
          },
        },
      }),
    );
    const { user, panel } = await openPanel();
    await user.click(await within(panel).findByRole('button', { name: 'Open a task' }));
    await user.click(within(panel).getByRole('button', { name: 'Open task' }));

    const alert = await within(panel).findByRole('alert');
    expect(alert).toHaveTextContent('Not opened');
    expect(alert).toHaveTextContent('An open task with this reason exists');
  });

  it('acknowledges a flag with a reason and an end day, offering only flags not yet acknowledged', async () => {
    const bodies: unknown[] = [];
    mockApi(
      patientRoutes({
        [`GET ${API}/flag-acknowledgements`]: ok([ACKNOWLEDGEMENT]),
        [`POST ${API}/flag-acknowledgements`]: (init) => {
          bodies.push(bodyOf(init));
          return { status: 201, body: { ...ACKNOWLEDGEMENT, id: 'ack-2', flag: 'low_adherence' } };
        },
      }),
    );
    const { user, panel } = await openPanel();

    expect(await within(panel).findByRole('list', { name: 'Acknowledged flags' })).toHaveTextContent(
      'High craving acknowledged until May 20, 2026: Seen in clinic, plan agreed (Dr. Ada North)',
    );
    await user.click(within(panel).getByRole('button', { name: 'Acknowledge a flag' }));
    const form = within(panel).getByRole('form', { name: 'Acknowledge flag' });
    const flag = within(form).getByLabelText('Flag');
    // The patient has low adherence, high craving and early relapse; high craving is acknowledged.
    expect(
      within(flag)
        .getAllByRole('option')
        .map((o) => o.getAttribute('value')),
    ).toEqual(['low_adherence', 'early_relapse']);
    expect(within(form).getByLabelText(/Until/)).toHaveValue(addDays(today, 7));
    await user.type(within(form).getByLabelText(/Why no action is needed/), 'In hospital this week');
    await user.click(within(form).getByRole('button', { name: 'Acknowledge' }));

    await waitFor(() =>
      expect(bodies).toEqual([{ flag: 'low_adherence', reason: 'In hospital this week', untilOn: addDays(today, 7) }]),
    );
  });

  it('shows a break-glass reader the tasks with no way to change them', async () => {
    mockApi(
      patientRoutes({
        [`GET ${API}`]: ok({ ...PATIENT, careTeamId: 'south-team' }),
        [TASKS]: ok([OPEN_TASK, DONE_TASK]),
      }),
    );
    const { panel } = await openPanel();

    expect(await within(panel).findByRole('article', { name: 'Outreach task: Injection overdue' })).toBeInTheDocument();
    expect(within(panel).queryByRole('form')).not.toBeInTheDocument();
    expect(within(panel).queryByRole('button', { name: 'Open a task' })).not.toBeInTheDocument();
    expect(within(panel).queryByRole('button', { name: 'Acknowledge a flag' })).not.toBeInTheDocument();
    expect(within(panel).queryByRole('button', { name: 'Resolve…' })).not.toBeInTheDocument();
  });
});
