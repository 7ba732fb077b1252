import { useMantineTheme } from '@mantine/core';
import { Bar, BarChart, CartesianGrid, Legend, Tooltip, XAxis, YAxis } from 'recharts';
import { ChartFigure } from '../../components/chart-figure';
import { type AttendanceMonth, summarizeAttendance } from './attendance-data';
import { formatChartMonth } from './chart-month';

const CHART_HEIGHT = 220;

interface AttendanceChartProps {
  months: readonly AttendanceMonth[];
  /** A fixed width (tests, print); otherwise the chart fills its container. */
  width?: number;
}

/** Therapy sessions per month, stacked by outcome: attendance is what keeps patients in treatment. */
export function AttendanceChart({ months, width }: AttendanceChartProps) {
  const theme = useMantineTheme();
  const chart = (
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
      <Bar dataKey="attended" name="Attended" stackId="s" fill={theme.colors.teal[7]} isAnimationActive={false} />
      <Bar dataKey="noShow" name="No-show" stackId="s" fill={theme.colors.red[7]} isAnimationActive={false} />
      <Bar
        dataKey="cancelledByPatient"
        name="Cancelled by patient"
        stackId="s"
        fill={theme.colors.orange[5]}
        isAnimationActive={false}
      />
      <Bar
        dataKey="cancelledByClinic"
        name="Cancelled by clinic"
        stackId="s"
        fill={theme.colors.gray[5]}
        isAnimationActive={false}
      />
    </BarChart>
  );

  return (
    <ChartFigure
      label="Therapy attendance by month"
      summary={summarizeAttendance(months)}
      height={CHART_HEIGHT}
      width={width}
    >
      {chart}
    </ChartFigure>
  );
}
