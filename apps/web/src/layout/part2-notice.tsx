import { Text } from '@mantine/core';
import { PART2_NOTICE } from '@naltrack/domain';

/** 42 CFR Part 2: every screen of these records carries the redisclosure notice. */
export function Part2Notice() {
  return (
    <Text size="xs" c="gray.7" lh={1.4}>
      {/* The notice itself must stay; the heading gives way on narrow screens. */}
      <Text span inherit fw={600} visibleFrom="sm">
        Confidential substance use disorder records.{' '}
      </Text>
      {PART2_NOTICE}
    </Text>
  );
}
