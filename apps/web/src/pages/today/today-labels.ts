import type { TodaySignalLine } from '../../api/today';

export const SIGNAL_LABELS: Record<TodaySignalLine['kind'], string> = {
  positive_screen: 'Positive screen',
  craving_high: 'High craving',
};
