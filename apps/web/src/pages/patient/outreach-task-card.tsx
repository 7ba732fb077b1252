import { Badge, Button, Group, List, Paper, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import type { OutreachAttempt, OutreachTask } from '../../api/outreach';
import { OutreachAttemptForm } from './outreach-attempt-form';
import {
  OUTREACH_CHANNEL_LABELS,
  OUTREACH_OUTCOME_LABELS,
  OUTREACH_REASON_LABELS,
  OUTREACH_RESOLUTION_LABELS,
} from './outreach-labels';
import { OutreachResolveForm } from './outreach-resolve-form';
import { formatDate, labelOf } from './patient-format';

export function describeAttempt(attempt: OutreachAttempt): string {
  return [
    formatDate(attempt.attemptedOn),
    `${labelOf(OUTREACH_CHANNEL_LABELS, attempt.channel)}: ${labelOf(OUTREACH_OUTCOME_LABELS, attempt.outcome)}`,
    attempt.attemptedBy.displayName,
    attempt.nextAttemptOn && `next try ${formatDate(attempt.nextAttemptOn)}`,
    attempt.note,
  ]
    .filter(Boolean)
    .join(' · ');
}

function Attempts({ attempts }: { attempts: readonly OutreachAttempt[] }) {
  if (attempts.length === 0)
    return (
      <Text size="xs" c="gray.7">
        No attempts yet.
      </Text>
    );
  return (
    <List size="xs" spacing={2} aria-label="Attempts, oldest first">
      {attempts.map((attempt) => (
        <List.Item key={attempt.id}>{describeAttempt(attempt)}</List.Item>
      ))}
    </List>
  );
}

function TaskHeading({ task }: { task: OutreachTask }) {
  return (
    <Group gap="xs" wrap="wrap">
      <Text size="sm" fw={600}>
        {labelOf(OUTREACH_REASON_LABELS, task.reason)}
      </Text>
      <Text size="sm">for {task.assignee.displayName}</Text>
      {task.status === 'open' ? (
        <Text size="sm" c={task.overdue ? 'red.8' : undefined} fw={task.overdue ? 600 : undefined}>
          due {formatDate(task.dueOn)}
          {task.overdue ? ' (overdue)' : ''}
        </Text>
      ) : (
        <Badge size="sm" variant="light" color="gray" tt="none">
          {labelOf(OUTREACH_RESOLUTION_LABELS, task.resolution)} {formatDate(task.resolvedOn)}
        </Badge>
      )}
    </Group>
  );
}

function origin(task: OutreachTask): string {
  const opened = task.openedBy
    ? `Opened by ${task.openedBy.displayName} ${formatDate(task.openedOn)}`
    : `Opened by the team's rule ${formatDate(task.openedOn)}`;
  const resolved = task.status === 'done' && task.resolvedBy ? `resolved by ${task.resolvedBy.displayName}` : null;
  return [opened, task.note, resolved, task.resolutionNote].filter(Boolean).join(' · ');
}

interface OutreachTaskCardProps {
  patientId: string;
  task: OutreachTask;
  /** Break-glass readers and roles that may not record see the task without its controls. */
  readOnly: boolean;
}

export function OutreachTaskCard({ patientId, task, readOnly }: OutreachTaskCardProps) {
  const [resolving, setResolving] = useState(false);
  const reason = labelOf(OUTREACH_REASON_LABELS, task.reason);
  return (
    <Paper component="article" aria-label={`Outreach task: ${reason}`} withBorder p="sm">
      <Stack gap="xs">
        <TaskHeading task={task} />
        <Text size="xs" c="gray.7">
          {origin(task)}
        </Text>
        <Attempts attempts={task.attempts} />
        {task.status === 'open' && !readOnly ? (
          <>
            <OutreachAttemptForm patientId={patientId} task={task} />
            {resolving ? (
              <OutreachResolveForm patientId={patientId} task={task} />
            ) : (
              <Group>
                <Button size="compact-xs" variant="subtle" onClick={() => setResolving(true)}>
                  Resolve…
                </Button>
              </Group>
            )}
          </>
        ) : null}
      </Stack>
    </Paper>
  );
}
