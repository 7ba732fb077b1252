import { Button, Group, List, Stack, Text } from '@mantine/core';
import { type CaseloadFlag, FLAG_LABELS } from '@naltrack/domain';
import { useState } from 'react';
import { useFetchCareTeamMembers } from '../../api/hooks/use-fetch-care-team-members';
import { useFetchPatientFlagAcknowledgements } from '../../api/hooks/use-fetch-patient-flag-acknowledgements';
import { useFetchPatientOutreachTasks } from '../../api/hooks/use-fetch-patient-outreach-tasks';
import { useSignedInUser } from '../../auth/signed-in-user';
import { useClinicToday } from '../../auth/use-clinic-today';
import { ErrorAlert } from '../../components/error-alert';
import { LoadingState } from '../../components/loading-state';
import { CLINICAL_NAV_ROLES } from '../../layout/nav-items';
import { OutreachAcknowledgementForm } from './outreach-acknowledgement-form';
import { OutreachTaskCard } from './outreach-task-card';
import { OutreachTaskForm } from './outreach-task-form';
import { formatDate } from './patient-format';
import { PatientSection } from './patient-section';
import { mayRecord, readsByBreakGlass } from './recording-access';

interface OutreachPanelProps {
  patientId: string;
  careTeamId: string;
  /** The patient's current caseload flags, which a clinician may acknowledge. */
  flags: readonly CaseloadFlag[];
}

type Opened = 'task' | 'acknowledgement' | null;

/** Who is reaching the patient about what: open tasks with their attempts, acknowledged flags, done tasks. */
export function OutreachPanel({ patientId, careTeamId, flags }: OutreachPanelProps) {
  const me = useSignedInUser();
  const today = useClinicToday();
  const tasks = useFetchPatientOutreachTasks(patientId);
  const acknowledgements = useFetchPatientFlagAcknowledgements(patientId);
  const [opened, setOpened] = useState<Opened>(null);
  const [showDone, setShowDone] = useState(false);

  const readOnly = readsByBreakGlass(me.careTeams, careTeamId) || !mayRecord(me.roles, CLINICAL_NAV_ROLES);
  const members = useFetchCareTeamMembers(careTeamId, { enabled: !readOnly });
  const all = tasks.data ?? [];
  const open = all.filter((task) => task.status === 'open');
  const done = all.filter((task) => task.status === 'done');
  const inForce = acknowledgements.data ?? [];
  const unacknowledged = flags.filter((flag) => !inForce.some((a) => a.flag === flag));
  const close = () => setOpened(null);

  return (
    <PatientSection title="Outreach">
      <Stack gap="sm">
        {tasks.isPending ? <LoadingState label="Loading outreach…" /> : null}
        {tasks.isError ? (
          <ErrorAlert title="Could not load outreach tasks" error={tasks.error} onRetry={() => void tasks.refetch()} />
        ) : null}
        {acknowledgements.isError ? (
          <ErrorAlert
            title="Could not load acknowledged flags"
            error={acknowledgements.error}
            onRetry={() => void acknowledgements.refetch()}
          />
        ) : null}
        {tasks.isSuccess && open.length === 0 ? (
          <Text size="sm" c="gray.7">
            No open outreach tasks.
          </Text>
        ) : null}
        {open.map((task) => (
          <OutreachTaskCard key={task.id} patientId={patientId} task={task} readOnly={readOnly} />
        ))}
        {inForce.length > 0 ? (
          <List size="sm" spacing={2} aria-label="Acknowledged flags">
            {inForce.map((a) => (
              <List.Item key={a.id}>
                {FLAG_LABELS[a.flag] ?? a.flag} acknowledged until {formatDate(a.untilOn)}: {a.reason} (
                {a.acknowledgedBy.displayName})
              </List.Item>
            ))}
          </List>
        ) : null}
        {readOnly ? null : opened === 'task' ? (
          <OutreachTaskForm
            patientId={patientId}
            // The team's clinicians, the signed-in one first; only themselves until the list arrives.
            assignees={[
              { id: me.id, displayName: me.displayName },
              ...(members.data ?? []).filter((member) => member.id !== me.id),
            ]}
            today={today}
            onDone={close}
          />
        ) : opened === 'acknowledgement' ? (
          <OutreachAcknowledgementForm patientId={patientId} flags={unacknowledged} today={today} onDone={close} />
        ) : (
          <Group gap="xs">
            <Button size="xs" variant="default" onClick={() => setOpened('task')}>
              Open a task
            </Button>
            {unacknowledged.length > 0 ? (
              <Button size="xs" variant="default" onClick={() => setOpened('acknowledgement')}>
                Acknowledge a flag
              </Button>
            ) : null}
          </Group>
        )}
        {done.length > 0 ? (
          <>
            <Group>
              <Button
                size="compact-xs"
                variant="subtle"
                aria-expanded={showDone}
                onClick={() => setShowDone((s) => !s)}
              >
                {showDone ? 'Hide' : 'Show'} done tasks ({done.length})
              </Button>
            </Group>
            {showDone
              ? done.map((task) => <OutreachTaskCard key={task.id} patientId={patientId} task={task} readOnly />)
              : null}
          </>
        ) : null}
      </Stack>
    </PatientSection>
  );
}
