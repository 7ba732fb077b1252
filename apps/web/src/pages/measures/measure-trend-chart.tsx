import { useMantineTheme } from '@mantine/core';
import { CartesianGrid, Line, LineChart, Tooltip, XAxis, YAxis } from 'recharts';
import type { MeasureTrendPoint } from '../../api/measures';
import { ChartFigure } from '../../components/chart-figure';
import { formatMonth, formatRate, summarizeTrend } from './measures-format';

const CHART_HEIGHT = 160;

interface MeasureTrendChartProps {
  trend: readonly MeasureTrendPoint[];
  /** How the months are counted, said under the chart. */
  note: string;
  /** A fixed width (tests); otherwise the chart fills its container. */
  width?: number;
}

/** The measure's rate month by month; a month with nobody counted is a gap in the line. */
export function MeasureTrendChart({ trend, note, width }: MeasureTrendChartProps) {
  const theme = useMantineTheme();
  const data = trend.map((point) => ({ ...point, percent: point.rate === null ? null : point.rate * 100 }));

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
      <YAxis
        domain={[0, 100]}
        ticks={[0, 50, 100]}
        tickFormatter={(value: number) => `${value}%`}
        fontSize={11}
        width={40}
      />
      <Tooltip
        labelFormatter={(month) => formatMonth(String(month))}
        formatter={(_value, _name, item) => {
          const point = item.payload as MeasureTrendPoint;
          return [`${formatRate(point.rate)} (${point.numerator} of ${point.denominator})`, 'Rate'];
        }}
        itemStyle={{ color: theme.colors.dark[7] }}
      />
      <Line
        type="monotone"
        dataKey="percent"
        name="Rate"
        stroke={theme.colors.blue[7]}
        strokeWidth={2}
        dot={{ r: 3 }}
        isAnimationActive={false}
      />
    </LineChart>
  );

  return (
    <ChartFigure
      label="Rate by month"
      summary={`${summarizeTrend(trend)} ${note}`}
      height={CHART_HEIGHT}
      width={width}
      captionSize="xs"
    >
      {chart}
    </ChartFigure>
  );
}
