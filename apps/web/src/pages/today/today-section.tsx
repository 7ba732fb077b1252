import { Anchor, Badge, Group, List, Paper, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { formatTodayCount } from './format-today-count';
import type { SectionMore } from './today-sections';

interface TodaySectionProps {
  /** The section's anchor, which its count card links to. */
  id: string;
  title: string;
  /** The total; the API sends the first lines only. */
  count: number;
  /** Where the API stops counting. */
  countLimit: number;
  /** What an empty list means, said in words. */
  empty: string;
  children: ReactNode[];
  /** Red while it has lines (a suicide risk waiting for its safety assessment). */
  alert?: boolean;
  /** Where the whole list is, linked when the section shows only its first lines. */
  more?: SectionMore;
}

/** One list of the worklist: a heading with its count, the lines, or what "nothing to do" means. */
export function TodaySection({
  id,
  title,
  count,
  countLimit,
  empty,
  children,
  alert = false,
  more,
}: TodaySectionProps) {
  const headingId = `${id}-heading`;
  const red = alert && count > 0;
  return (
    <Paper
      component="section"
      id={id}
      aria-labelledby={headingId}
      withBorder
      p="md"
      style={red ? { borderColor: 'var(--mantine-color-red-6)', borderWidth: 2 } : undefined}
    >
      <Group gap="xs" mb="xs">
        <Title order={2} size="h4" id={headingId} c={red ? 'red.8' : undefined}>
          {title}
        </Title>
        {count > 0 ? (
          <Badge variant={red ? 'filled' : 'light'} color={red ? 'red' : 'gray'} aria-hidden>
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
          {more ? (
            <>
              {' '}
              <Anchor component={Link} to={more.to} size="sm">
                {more.label}
              </Anchor>
            </>
          ) : null}
        </Text>
      ) : null}
    </Paper>
  );
}
