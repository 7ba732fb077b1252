import { Badge, Group, List, Paper, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { formatTodayCount } from './format-today-count';

interface TodaySectionProps {
  /** The section's anchor, which its count card links to. */
  id: string;
  title: string;
  /** The total; the API sends at most 50 lines. */
  count: number;
  /** Where the API stops counting. */
  countLimit: number;
  /** What an empty list means, said in words. */
  empty: string;
  children: ReactNode[];
}

/** One list of the worklist: a heading with its count, the lines, or what "nothing to do" means. */
export function TodaySection({ id, title, count, countLimit, empty, children }: TodaySectionProps) {
  const headingId = `${id}-heading`;
  return (
    <Paper component="section" id={id} aria-labelledby={headingId} withBorder p="md">
      <Group gap="xs" mb="xs">
        <Title order={2} size="h4" id={headingId}>
          {title}
        </Title>
        {count > 0 ? (
          <Badge variant="light" color="gray" aria-hidden>
            {formatTodayCount(count, countLimit)}
          </Badge>
        ) : null}
      </Group>
      {children.length === 0 ? (
        <Text c="gray.7">{empty}</Text>
      ) : (
        <List listStyleType="none" spacing="xs" aria-labelledby={headingId}>
          {children}
        </List>
      )}
      {count > children.length ? (
        <Text size="sm" c="gray.7" mt="xs">
          Showing the first {children.length} of {formatTodayCount(count, countLimit)}.
        </Text>
      ) : null}
    </Paper>
  );
}
