import { Badge, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { lazy, Suspense, useId, useState } from 'react';
import type { MeasureResult, MeasuresFilters } from '../../api/measures';
import { LoadingState } from '../../components/loading-state';
import { MeasureDrillDown } from './measure-drill-down';
import { formatPatients, formatRate } from './measures-format';

// recharts is most of this page's weight: loaded with the first chart, not with the app.
const MeasureTrendChart = lazy(() =>
  import('./measure-trend-chart').then((module) => ({ default: module.MeasureTrendChart })),
);

const TREND_NOTES: Record<MeasureResult['trendKind'], string> = {
  cohort_month: 'Each patient counts in the month their measure starts (start of naltrexone or intake).',
  period_to_date: 'Each month shows the measure from the start of the period to the end of that month.',
};

interface MeasureCardProps {
  measure: MeasureResult;
  filters: MeasuresFilters;
}

/** One measure: its rate, who is counted, the monthly trend and the patients behind it. */
export function MeasureCard({ measure, filters }: MeasureCardProps) {
  const headingId = useId();
  const drillDownId = useId();
  const [open, setOpen] = useState(false);
  return (
    <Paper component="article" aria-labelledby={headingId} withBorder p="md">
      <Stack gap="xs">
        <Group justify="space-between" align="flex-start" wrap="nowrap">
          <Title order={2} size="h4" id={headingId}>
            {measure.title}
          </Title>
          {measure.lowerIsBetter ? (
            <Badge variant="light" color="gray" style={{ flexShrink: 0 }}>
              Lower is better
            </Badge>
          ) : null}
        </Group>
        <Group gap="sm" align="baseline">
          <Text fz={32} fw={700} ff="monospace" lh={1} aria-label={`Rate ${formatRate(measure.rate)}`}>
            {formatRate(measure.rate)}
          </Text>
          <Text size="sm" c="gray.7">
            {measure.numerator.toLocaleString('en-US')} of {formatPatients(measure.denominator)}
          </Text>
        </Group>
        <Text size="sm">{measure.description}</Text>
        <Text size="xs" c="gray.7">
          Source: {measure.source}
        </Text>
        {measure.denominator === 0 ? (
          <Text size="sm" c="gray.7">
            No patient is counted for this measure in this period.
          </Text>
        ) : (
          <Suspense fallback={<LoadingState label="Loading chart…" />}>
            <MeasureTrendChart trend={measure.trend} note={TREND_NOTES[measure.trendKind]} />
          </Suspense>
        )}
        <Button
          variant="light"
          size="xs"
          style={{ alignSelf: 'flex-start' }}
          aria-expanded={open}
          aria-controls={open ? drillDownId : undefined}
          onClick={() => setOpen((was) => !was)}
        >
          {open ? 'Hide patients' : 'Show patients'}
        </Button>
        {open ? <MeasureDrillDown id={drillDownId} measure={measure.id} filters={filters} /> : null}
      </Stack>
    </Paper>
  );
}
