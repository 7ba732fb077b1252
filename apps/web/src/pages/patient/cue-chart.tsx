import { useMantineTheme } from '@mantine/core';
import { CRAVING_CUE_LABELS, type CravingCue } from '@naltrack/domain';
import { Bar, BarChart, CartesianGrid, Legend, Tooltip, XAxis, YAxis } from 'recharts';
import { ChartFigure } from '../../components/chart-figure';
import { formatChartMonth } from './chart-month';
import { type CueMonth, cuesShown, summarizeCueMonths } from './cue-data';

const CHART_HEIGHT = 220;

interface CueChartProps {
  months: readonly CueMonth[];
  /** A fixed width (tests, print); otherwise the chart fills its container. */
  width?: number;
}

/**
 * High cravings per month, stacked by the cues named with them (a craving naming two cues counts
 * in both), so the cues therapy should work on stand out.
 */
export function CueChart({ months, width }: CueChartProps) {
  const theme = useMantineTheme();
  const colors: Record<CravingCue, string> = {
    people: theme.colors.blue[7],
    places: theme.colors.cyan[7],
    paraphernalia: theme.colors.violet[6],
    negative_mood: theme.colors.indigo[8],
    stress: theme.colors.red[7],
    positive_mood: theme.colors.yellow[6],
    substance_cue: theme.colors.orange[7],
    physical_discomfort: theme.colors.pink[7],
    other: theme.colors.gray[8],
  };
  return (
    <ChartFigure
      label="Cues of high cravings by month"
      summary={summarizeCueMonths(months)}
      height={CHART_HEIGHT}
      width={width}
    >
      <BarChart
        accessibilityLayer={false}
        data={[...months]}
        width={width}
        height={width ? CHART_HEIGHT : undefined}
        margin={{ top: 12, right: 8, bottom: 4, left: 0 }}
      >
        <CartesianGrid stroke={theme.colors.gray[2]} vertical={false} />
        <XAxis dataKey="month" tickFormatter={formatChartMonth} fontSize={12} />
        <YAxis allowDecimals={false} fontSize={12} width={28} />
        <Tooltip
          labelFormatter={(month) => formatChartMonth(String(month))}
          itemStyle={{ color: theme.colors.dark[7] }}
        />
        <Legend />
        {cuesShown(months).map((cue) => (
          <Bar
            key={cue}
            dataKey={cue}
            name={CRAVING_CUE_LABELS[cue]}
            stackId="cues"
            fill={colors[cue]}
            isAnimationActive={false}
          />
        ))}
        <Bar
          dataKey="noCue"
          name="No cue recorded"
          stackId="cues"
          fill={theme.colors.gray[5]}
          isAnimationActive={false}
        />
      </BarChart>
    </ChartFigure>
  );
}
