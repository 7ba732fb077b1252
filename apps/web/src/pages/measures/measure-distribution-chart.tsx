import { useMantineTheme } from '@mantine/core';
import { CartesianGrid, Legend, Line, LineChart, Tooltip, XAxis, YAxis } from 'recharts';
import type { MeasureTrendPoint } from '../../api/measures';
import { ChartFigure } from '../../components/chart-figure';
import { formatDays, formatMonth, summarizeDistributionTrend } from './measures-format';

const CHART_HEIGHT = 160;

interface MeasureDistributionChartProps {
  trend: readonly MeasureTrendPoint[];
  /** How the months are counted, said under the chart. */
  note: string;
  /** A fixed width (tests); otherwise the chart fills its container. */
  width?: number;
}

/** A distribution measure month by month: median and 90th percentile in days; a month with none reached is a gap. */
export function MeasureDistributionChart({ trend, note, width }: MeasureDistributionChartProps) {
  const theme = useMantineTheme();
  const data = trend.map((point) => ({
    ...point,
    median: point.distribution?.median ?? null,
    p90: point.distribution?.p90 ?? null,
  }));

  const chart = (
    <LineChart
      // Hidden from assistive technology (the summary speaks for it), so it must not take focus either.
      accessibilityLayer={false}
      data={data}
      width={width}
      height={width ? CHART_HEIGHT : undefined}
      margin={{ top: 8, right: 12, bottom: 0, left: 0 }}
    >
      <CartesianGrid stroke={theme.colors.gray[2]} />
      <XAxis dataKey="month" tickFormatter={formatMonth} fontSize={11} minTickGap={16} />
      <YAxis allowDecimals={false} tickFormatter={(value: number) => `${value}d`} fontSize={11} width={40} />
      <Tooltip
        labelFormatter={(month) => formatMonth(String(month))}
        formatter={(value, name) => [formatDays(typeof value === 'number' ? value : null), name]}
        itemStyle={{ color: theme.colors.dark[7] }}
      />
      <Legend iconSize={10} wrapperStyle={{ fontSize: 11 }} />
      <Line
        type="monotone"
        dataKey="median"
        name="Median"
        stroke={theme.colors.blue[7]}
        strokeWidth={2}
        dot={{ r: 3 }}
        isAnimationActive={false}
      />
      <Line
        type="monotone"
        dataKey="p90"
        name="90th percentile"
        stroke={theme.colors.orange[7]}
        strokeWidth={2}
        strokeDasharray="4 3"
        dot={{ r: 3 }}
        isAnimationActive={false}
      />
    </LineChart>
  );

  return (
    <ChartFigure
      label="Days by month"
      summary={`${summarizeDistributionTrend(trend)} ${note}`}
      height={CHART_HEIGHT}
      width={width}
      captionSize="xs"
    >
      {chart}
    </ChartFigure>
  );
}
