import { Box, Group, Text, useMantineTheme } from '@mantine/core';
import { useId } from 'react';
import type { MedicationEvent } from '../../api/medication';
import type { Adherence } from '../../api/patients';
import { ADHERENCE_DAY_LABELS, type AdherenceDayState, adherenceDays } from './adherence-days';
import { formatDate, formatPercent } from './patient-format';
import { pdcWindowWords } from './pdc-window-words';

const CELL = 12;

function useDayColors(): Record<AdherenceDayState, string> {
  const theme = useMantineTheme();
  return {
    covered: theme.colors.teal[6],
    gap: theme.colors.red[6],
    missed: theme.colors.orange[3],
    not_started: theme.colors.gray[2],
  };
}

interface AdherenceStripProps {
  adherence: Adherence;
  events: readonly MedicationEvent[];
}

/**
 * One cell per day of the PDC window (the caseload's: the last 90 days, or since the current start
 * when later), oldest first: coverage at a glance, with a summary in words and the page's one PDC.
 */
export function AdherenceStrip({ adherence, events }: AdherenceStripProps) {
  const colors = useDayColors();
  const summaryId = useId();
  const days = adherenceDays(adherence, events);
  const gaps = adherence.gaps;
  const windowWords = pdcWindowWords({ from: adherence.from, days: days.length, sinceStart: adherence.sinceStart });
  const summary =
    `PDC ${formatPercent(adherence.pdc)} — ${windowWords}: ${adherence.coveredDays} of ${adherence.periodDays} days covered ` +
    `from ${formatDate(adherence.from)} to ${formatDate(adherence.to)}. ` +
    (gaps.length === 0
      ? 'No gaps.'
      : `${gaps.length} gap${gaps.length === 1 ? '' : 's'}: ${gaps.map((g) => `${formatDate(g.from)} to ${formatDate(g.to)} (${g.days} days)`).join('; ')}.`);

  return (
    <figure style={{ margin: 0 }} aria-label={`Adherence, ${windowWords}`} aria-describedby={summaryId}>
      <Box
        component="ol"
        aria-label="Days"
        p={0}
        m={0}
        style={{ listStyle: 'none', display: 'flex', flexWrap: 'wrap', gap: 2, maxWidth: (CELL + 2) * 30 }}
      >
        {days.map((day) => {
          const label = `${formatDate(day.on)}: ${ADHERENCE_DAY_LABELS[day.state]}`;
          return (
            <li
              key={day.on}
              title={label}
              aria-label={label}
              style={{ width: CELL, height: CELL, borderRadius: 2, background: colors[day.state] }}
            />
          );
        })}
      </Box>
      <Group gap="md" mt="xs" aria-hidden>
        {(Object.keys(ADHERENCE_DAY_LABELS) as AdherenceDayState[]).map((state) => (
          <Group key={state} gap={4}>
            <span
              style={{ width: CELL, height: CELL, borderRadius: 2, background: colors[state], display: 'inline-block' }}
            />
            <Text size="xs" c="gray.7">
              {ADHERENCE_DAY_LABELS[state]}
            </Text>
          </Group>
        ))}
      </Group>
      <Text component="figcaption" id={summaryId} size="sm" c="gray.7" mt="xs">
        {summary}
      </Text>
    </figure>
  );
}
