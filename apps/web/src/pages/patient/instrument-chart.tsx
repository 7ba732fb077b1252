import { useMantineTheme } from '@mantine/core';
import { INSTRUMENT_LABELS, type InstrumentKind } from '@naltrack/domain';
import { CartesianGrid, Legend, Line, LineChart, ReferenceLine, Tooltip, XAxis, YAxis } from 'recharts';
import { ChartFigure } from '../../components/chart-figure';
import { dayToDate } from './cravings-data';
import { BAND_LINES, INSTRUMENT_MAX, type InstrumentPoint, summarizeInstrument } from './instrument-data';
import { formatDate, formatShortDate } from './patient-format';

const CHART_HEIGHT = 220;

interface InstrumentChartProps {
  kind: InstrumentKind;
  points: InstrumentPoint[];
  /** A fixed width (tests, print); otherwise the chart fills its container. */
  width?: number;
}

/** One instrument's scores over time with the lines where its bands begin; the BAM draws its three scores. */
export function InstrumentChart({ kind, points, width }: InstrumentChartProps) {
  const theme = useMantineTheme();
  const label = INSTRUMENT_LABELS[kind];
  const lines =
    kind === 'bam'
      ? [
          { key: 'use', name: 'Use', color: theme.colors.red[7] },
          { key: 'risk', name: 'Risk', color: theme.colors.orange[7] },
          { key: 'protective', name: 'Protective', color: theme.colors.teal[7] },
        ]
      : [{ key: 'total', name: `${label} total`, color: theme.colors.blue[7] }];

  return (
    <ChartFigure
      label={`${label} over time`}
      height={CHART_HEIGHT}
      width={width}
      summary={`${summarizeInstrument(kind, points)} Dashed lines mark where the bands begin.`}
    >
      <LineChart
        accessibilityLayer={false}
        data={points}
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
        <YAxis domain={[0, INSTRUMENT_MAX[kind]]} fontSize={12} width={32} allowDecimals={false} />
        <Tooltip
          labelFormatter={(day) => formatDate(dayToDate(Number(day)))}
          itemStyle={{ color: theme.colors.dark[7] }}
        />
        {kind === 'bam' ? <Legend /> : null}
        {BAND_LINES[kind].map((band) => (
          <ReferenceLine
            key={band.label}
            y={band.y}
            stroke={theme.colors.gray[6]}
            strokeDasharray="4 4"
            label={{ value: band.label, position: 'insideTopLeft', fontSize: 11, fill: theme.colors.gray[7] }}
          />
        ))}
        {lines.map((line) => (
          <Line
            key={line.key}
            type="monotone"
            dataKey={line.key}
            name={line.name}
            stroke={line.color}
            strokeWidth={2}
            connectNulls
            isAnimationActive={false}
          />
        ))}
      </LineChart>
    </ChartFigure>
  );
}
