import { useMantineTheme } from '@mantine/core';
import { CRAVING_VAS_MAX, PACS_TOTAL_MAX } from '@naltrack/domain';
import { CartesianGrid, Legend, Line, LineChart, ReferenceDot, ReferenceLine, Tooltip, XAxis, YAxis } from 'recharts';
import { ChartFigure } from '../../components/chart-figure';
import { type CravingsData, dayToDate, summarizeCravings } from './cravings-data';
import { formatDate, formatShortDate } from './patient-format';

const CHART_HEIGHT = 260;

interface CravingsChartProps {
  data: CravingsData;
  /** The clinic's high PACS, drawn as the dashed line. */
  cravingHighPacs: number;
  /** A fixed width (tests, print); otherwise the chart fills its container. */
  width?: number;
}

export function CravingsChart({ data, cravingHighPacs, width }: CravingsChartProps) {
  const theme = useMantineTheme();
  const colors = { pacs: theme.colors.blue[7], vas: theme.colors.grape[6], alert: theme.colors.red[7] };

  const chart = (
    <LineChart
      // The chart is hidden from assistive technology (the summary speaks for it), so it must not take focus either.
      accessibilityLayer={false}
      data={data.points}
      width={width}
      height={width ? CHART_HEIGHT : undefined}
      margin={{ top: 12, right: 8, bottom: 4, left: 0 }}
    >
      <CartesianGrid stroke={theme.colors.gray[2]} />
      <XAxis
        dataKey="day"
        type="number"
        domain={['dataMin - 3', 'dataMax + 3']}
        tickFormatter={(day: number) => formatShortDate(dayToDate(day))}
        fontSize={12}
      />
      <YAxis
        yAxisId="pacs"
        domain={[0, PACS_TOTAL_MAX]}
        fontSize={12}
        width={32}
        label={{ value: 'PACS', angle: -90, position: 'insideLeft', fontSize: 12 }}
      />
      <YAxis
        yAxisId="vas"
        orientation="right"
        domain={[0, CRAVING_VAS_MAX]}
        fontSize={12}
        width={36}
        label={{ value: 'VAS', angle: 90, position: 'insideRight', fontSize: 12 }}
      />
      <Tooltip
        labelFormatter={(day) => formatDate(dayToDate(Number(day)))}
        itemStyle={{ color: theme.colors.dark[7] }}
      />
      <Legend />
      <ReferenceLine
        yAxisId="pacs"
        y={cravingHighPacs}
        stroke={colors.alert}
        strokeDasharray="4 4"
        label={{ value: `PACS ${cravingHighPacs}`, position: 'insideTopLeft', fontSize: 11, fill: colors.alert }}
      />
      {data.relapses.map((relapse) => (
        <ReferenceLine
          key={`relapse-${relapse.on}`}
          yAxisId="pacs"
          x={relapse.day}
          stroke={colors.alert}
          label={{ value: 'Relapse', position: 'top', fontSize: 11, fill: colors.alert }}
        />
      ))}
      {data.positiveScreens.map((screen) => (
        <ReferenceDot
          key={`screen-${screen.on}`}
          yAxisId="pacs"
          x={screen.day}
          y={0}
          r={5}
          fill={colors.alert}
          stroke="white"
        />
      ))}
      <Line
        yAxisId="pacs"
        type="monotone"
        dataKey="pacs"
        name="PACS total"
        stroke={colors.pacs}
        strokeWidth={2}
        connectNulls
        isAnimationActive={false}
      />
      <Line
        yAxisId="vas"
        type="monotone"
        dataKey="vas"
        name="Craving VAS"
        stroke={colors.vas}
        strokeDasharray="5 3"
        connectNulls
        isAnimationActive={false}
      />
    </LineChart>
  );

  return (
    <ChartFigure
      label="Cravings over time"
      height={CHART_HEIGHT}
      width={width}
      summary={`${summarizeCravings(data, cravingHighPacs)} Red dots on the baseline mark positive drug screens; red vertical lines mark relapse onsets; the dashed red line is the PACS threshold of ${cravingHighPacs}.`}
    >
      {chart}
    </ChartFigure>
  );
}
