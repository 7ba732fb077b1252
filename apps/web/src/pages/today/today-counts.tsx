import { Anchor, Paper, SimpleGrid, Text } from '@mantine/core';
import { formatTodayCount } from './format-today-count';

export interface TodayCount {
  /** The section the card jumps to. */
  sectionId: string;
  label: string;
  value: number;
}

/** The day at a glance: one card per section, each a link down to its list. */
export function TodayCounts({ counts, limit }: { counts: readonly TodayCount[]; limit: number }) {
  return (
    <SimpleGrid component="ul" aria-label="Counts" cols={{ base: 2, sm: 4 }} spacing="sm" mb="lg" p={0} m={0}>
      {counts.map((count) => (
        <Paper component="li" key={count.sectionId} withBorder p="sm" style={{ listStyle: 'none' }}>
          <Anchor href={`#${count.sectionId}`} underline="never" c="inherit" display="block">
            <Text size="xs" c="gray.7" tt="uppercase" fw={600}>
              {count.label}
            </Text>
            <Text size="xl" fw={700} ff="monospace" c={count.value > 0 ? undefined : 'gray.6'}>
              {formatTodayCount(count.value, limit)}
            </Text>
          </Anchor>
        </Paper>
      ))}
    </SimpleGrid>
  );
}
