// Both chart kinds in one chunk: they share recharts, so a page with both loads it once.
export { MeasureDistributionChart } from './measure-distribution-chart';
export { MeasureTrendChart } from './measure-trend-chart';
