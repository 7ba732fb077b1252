import type { PdcWindow } from '@naltrack/domain';
import { formatDate } from './patient-format';

/** The PDC's window in words, as the card and the strip both say it. */
export function pdcWindowWords(window: Pick<PdcWindow, 'from' | 'days' | 'sinceStart'>): string {
  if (!window.sinceStart) return `last ${window.days} days`;
  return `since start ${formatDate(window.from)} (${window.days} ${window.days === 1 ? 'day' : 'days'})`;
}
