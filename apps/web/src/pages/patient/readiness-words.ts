import type { DiscontinuationRequest } from '../../api/discontinuation';

type ReadinessItem = NonNullable<DiscontinuationRequest['readiness']>['items'][number];

/** Comparators a target may open with, as words ("≥ 80%" reads "at least 80%"). */
const COMPARATORS: readonly [prefix: string, words: string][] = [
  ['≥ ', 'at least '],
  ['≤ ', 'at most '],
  ['Below ', 'below '],
  ['Above ', 'above '],
];

/**
 * A checklist item as a sentence: the requirement, whether it is met, and what the record shows,
 * e.g. "No relapse in the last 90 days — met (days since last use in a relapse: 120)". Stored
 * requests keep the words of their day, so any target still reads.
 */
export function readinessWords(item: ReadinessItem): { requirement: string; met: string; record: string } {
  const comparator = COMPARATORS.find(([prefix]) => item.target.startsWith(prefix));
  const requirement = comparator
    ? `${item.label} ${comparator[1]}${item.target.slice(comparator[0].length)}`
    : item.target;
  let record: string;
  if (item.value === null) record = 'no data';
  else if (comparator) record = `now ${item.value}`;
  else if (typeof item.value === 'number') record = `${item.label.toLowerCase()}: ${item.value}`;
  else record = item.value;
  return { requirement, met: item.met ? 'met' : 'not met', record };
}
