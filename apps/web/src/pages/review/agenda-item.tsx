import { Anchor, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { Link } from 'react-router';
import type { CaseReviewAgendaItem, CaseReviewDiscussed } from '../../api/case-review';
import { DiscussedForm } from './discussed-form';

const discussedAtFormat = (timeZone: string) =>
  new Intl.DateTimeFormat('en-US', { timeZone, dateStyle: 'medium', timeStyle: 'short' });

function Discussed({ discussed, timeZone }: { discussed: CaseReviewDiscussed; timeZone: string }) {
  return (
    <Stack gap={2} role="group" aria-label="Discussed">
      <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
        {discussed.decisionNote}
      </Text>
      <Text size="xs" c="gray.7">
        Discussed · {discussed.discussedBy.displayName} ·{' '}
        {discussedAtFormat(timeZone).format(new Date(discussed.discussedAt))}
      </Text>
    </Stack>
  );
}

interface AgendaItemProps {
  item: CaseReviewAgendaItem;
  careTeamId: string;
  on: string;
  timeZone: string;
}

/** One patient on the agenda: the figures the team looks at, then what it decided. */
export function AgendaItem({ item, careTeamId, on, timeZone }: AgendaItemProps) {
  const [noting, setNoting] = useState(false);
  const headingId = `review-${item.kind}-${item.patientId}`;
  return (
    <Paper component="article" aria-labelledby={headingId} withBorder p="sm">
      <Stack gap="xs">
        <Group justify="space-between" align="baseline" wrap="wrap">
          <Title order={3} size="h5" id={headingId}>
            <Anchor component={Link} to={`/patients/${item.patientId}`} inherit>
              {item.name}
            </Anchor>
          </Title>
          <Text size="sm" c="gray.7" ff="monospace">
            MRN {item.mrn}
          </Text>
        </Group>
        {item.figures.length > 0 ? (
          <Group component="dl" gap="lg" m={0} aria-label="Figures">
            {item.figures.map((figure) => (
              <div key={figure.label}>
                <Text component="dt" size="xs" c="gray.7">
                  {figure.label}
                </Text>
                <Text component="dd" size="sm" fw={600} m={0}>
                  {figure.value}
                </Text>
              </div>
            ))}
          </Group>
        ) : null}
        {item.discussed ? (
          <Discussed discussed={item.discussed} timeZone={timeZone} />
        ) : noting ? (
          <DiscussedForm
            item={{ careTeamId, patientId: item.patientId, kind: item.kind, on }}
            onDone={() => setNoting(false)}
          />
        ) : (
          <Group>
            <Button size="xs" variant="light" onClick={() => setNoting(true)}>
              Mark discussed
            </Button>
          </Group>
        )}
      </Stack>
    </Paper>
  );
}
