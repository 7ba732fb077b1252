import { Anchor, Group, List, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { Link } from 'react-router';

interface TodayLineProps {
  patientId: string;
  name: string;
  mrn: string;
  /** What is due or happened, in a few words. */
  children: ReactNode;
}

/** One patient in a section: the name opens the patient page. */
export function TodayLine({ patientId, name, mrn, children }: TodayLineProps) {
  return (
    <List.Item>
      <Group gap="xs" wrap="wrap" align="baseline">
        <Anchor component={Link} to={`/patients/${patientId}`} fw={500}>
          {name}
        </Anchor>
        <Text size="sm" c="gray.7" ff="monospace">
          MRN {mrn}
        </Text>
        <Text component="div" size="sm">
          {children}
        </Text>
      </Group>
    </List.Item>
  );
}
