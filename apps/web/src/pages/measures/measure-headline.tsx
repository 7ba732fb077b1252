import { Group, Text } from '@mantine/core';
import type { MeasureResult } from '../../api/measures';
import { formatCount, formatDays, formatRate } from './measures-format';

function Figure({ label, value }: { label: string; value: string }) {
  return (
    <Text fz={32} fw={700} ff="monospace" lh={1} aria-label={`${label} ${value}`}>
      {value}
    </Text>
  );
}

/**
 * The measure's headline: a rate with its counts, or, for a distribution, the median and 90th
 * percentile in days with how many are still waiting (they are not in the percentiles).
 */
export function MeasureHeadline({ measure }: { measure: MeasureResult }) {
  if (measure.kind === 'distribution') {
    const waiting = measure.denominator - measure.numerator;
    return (
      <Group gap="lg" align="baseline" wrap="wrap">
        <Group gap={6} align="baseline">
          <Figure label="Median" value={formatDays(measure.distribution?.median)} />
          <Text size="sm" c="gray.7">
            median
          </Text>
        </Group>
        <Group gap={6} align="baseline">
          <Figure label="90th percentile" value={formatDays(measure.distribution?.p90)} />
          <Text size="sm" c="gray.7">
            90th percentile
          </Text>
        </Group>
        <Text size="sm" c="gray.7">
          {measure.numerator.toLocaleString('en-US')} of {formatCount(measure.denominator, measure.unit)} reached;{' '}
          {waiting.toLocaleString('en-US')} waiting for a first attempt
        </Text>
      </Group>
    );
  }
  return (
    <Group gap="sm" align="baseline">
      <Figure label="Rate" value={formatRate(measure.rate)} />
      <Text size="sm" c="gray.7">
        {measure.numerator.toLocaleString('en-US')} of {formatCount(measure.denominator, measure.unit)}
      </Text>
    </Group>
  );
}
