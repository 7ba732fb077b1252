import { Group, Loader, Text } from '@mantine/core';

/** A spinner with words, so screen readers hear what is loading. */
export function LoadingState({ label }: { label: string }) {
  return (
    <Group gap="sm" role="status" py="md">
      <Loader size="sm" aria-hidden />
      <Text c="gray.7">{label}</Text>
    </Group>
  );
}
