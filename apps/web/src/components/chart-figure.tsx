import { Text } from '@mantine/core';
import { type ReactElement, type ReactNode, useId } from 'react';
import { ResponsiveContainer } from 'recharts';

interface ChartFigureProps {
  /** The figure's accessible name, e.g. "Cravings over time". */
  label: string;
  /** The chart in words: what screen readers read, and the caption everyone sees. */
  summary: ReactNode;
  height: number;
  /** A fixed width (tests, print); otherwise the chart fills its container. */
  width?: number | undefined;
  captionSize?: 'xs' | 'sm';
  /** A recharts chart, given `width` and `height` when fixed. */
  children: ReactElement;
}

/**
 * A chart as a figure: the SVG is hidden from assistive technology (a picture of the caption) and
 * the caption describes it, so every chart has words as well as shapes.
 */
export function ChartFigure({ label, summary, height, width, captionSize = 'sm', children }: ChartFigureProps) {
  const summaryId = useId();
  return (
    <figure style={{ margin: 0 }} aria-label={label} aria-describedby={summaryId}>
      <div aria-hidden style={{ width: width ?? '100%', height }}>
        {width ? (
          children
        ) : (
          <ResponsiveContainer width="100%" height={height}>
            {children}
          </ResponsiveContainer>
        )}
      </div>
      <Text component="figcaption" id={summaryId} size={captionSize} c="gray.7" mt="xs">
        {summary}
      </Text>
    </figure>
  );
}
