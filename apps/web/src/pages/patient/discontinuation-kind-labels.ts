import type { DiscontinuationKind } from '@naltrack/domain';

/** A request's kind as a heading or line names it: "Medication switch proposed". */
export const DISCONTINUATION_KIND_LABELS: Record<DiscontinuationKind, string> = {
  taper: 'Taper',
  stop: 'Stop',
  switch: 'Medication switch',
};
