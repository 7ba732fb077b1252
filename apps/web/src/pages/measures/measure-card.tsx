import { Badge, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { lazy, Suspense, useId, useState } from 'react';
import type { MeasureResult, MeasuresFilters } from '../../api/measures';
import { LoadingState } from '../../components/loading-state';
import { MeasureDrillDown } from './measure-drill-down';
import { MeasureHeadline } from './measure-headline';

// recharts is most of this page's weight: loaded with the first chart, not with the app. One
// import for both kinds: two dynamic imports of recharts in flight at once failed to link under
// Jest's ESM runtime ("request for 'react/jsx-runtime' is not in cache", nodejs/node#33216).
let chartsModule: Promise<typeof import('./measure-charts')> | undefined;
const charts = () => {
  chartsModule ??= import('./measure-charts');
  return chartsModule;
};
const MeasureTrendChart = lazy(() => charts().then((module) => ({ default: module.MeasureTrendChart })));
const MeasureDistributionChart = lazy(() => charts().then((module) => ({ default: module.MeasureDistributionChart })));

const TREND_NOTES: Record<MeasureResult['trendKind'], string> = {
  cohort_month: 'Each patient counts in the month their measure starts (start of naltrexone or intake).',
  period_to_date: 'Each month shows the measure from the start of the period to the end of that month.',
};

/** Outreach measures count tasks, each in the month of its index day. */
function trendNote(measure: MeasureResult): string {
  if (measure.unit === 'patient') return TREND_NOTES[measure.trendKind];
  return measure.id === 'outreach_re_engagement'
    ? 'Each task counts in the month of its first attempt.'
    : 'Each task counts in the month it was opened.';
}

interface MeasureCardProps {
  measure: MeasureResult;
  filters: MeasuresFilters;
}

/** One measure: its rate (or days), who is counted, the monthly trend and the patients or tasks behind it. */
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
        <MeasureHeadline measure={measure} />
        <Text size="sm">{measure.description}</Text>
        <Text size="xs" c="gray.7">
          Source: {measure.source}
        </Text>
        {measure.denominator === 0 ? (
          <Text size="sm" c="gray.7">
            No {measure.unit} is counted for this measure in this period.
          </Text>
        ) : (
          <Suspense fallback={<LoadingState label="Loading chart…" />}>
            {measure.kind === 'distribution' ? (
              <MeasureDistributionChart trend={measure.trend} note={trendNote(measure)} />
            ) : (
              <MeasureTrendChart trend={measure.trend} note={trendNote(measure)} />
            )}
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
          {`${open ? 'Hide' : 'Show'} ${measure.unit}s`}
        </Button>
        {open ? <MeasureDrillDown id={drillDownId} measure={measure} filters={filters} /> : null}
      </Stack>
    </Paper>
  );
}
