import {
  type ClinicalDate,
  CRAVING_CUE_LABELS,
  CRAVING_CUES,
  type CravingCue,
  type CuedCraving,
  countHighCravingCues,
} from '@naltrack/domain';

/** One month of high cravings: how many named each cue, and how many named none. */
export type CueMonth = { month: string; highCravings: number; noCue: number } & Record<CravingCue, number>;

const MONTHS_SHOWN = 12;

function monthsEndingWith(today: ClinicalDate, count: number): string[] {
  const [year = 0, month = 1] = today.split('-').map(Number);
  return Array.from({ length: count }, (_, i) =>
    new Date(Date.UTC(year, month - 1 - (count - 1 - i), 1)).toISOString().slice(0, 7),
  );
}

/** The last twelve months of high cravings (PACS at the clinic's threshold, VAS at 50) by cue. */
export function buildCueMonths(
  observations: readonly (CuedCraving & { observedOn: ClinicalDate })[],
  today: ClinicalDate,
  cravingHighPacs: number,
): CueMonth[] {
  return monthsEndingWith(today, MONTHS_SHOWN).map((month) => {
    const inMonth = observations.filter((o) => o.observedOn.startsWith(month));
    const { highCravings, byCue } = countHighCravingCues(inMonth, cravingHighPacs);
    const withoutCues = inMonth.filter((o) => (o.cues ?? []).length === 0);
    return { month, highCravings, noCue: countHighCravingCues(withoutCues, cravingHighPacs).highCravings, ...byCue };
  });
}

/** The cues named at least once in the months shown, in the vocabulary's order. */
export function cuesShown(months: readonly CueMonth[]): CravingCue[] {
  return CRAVING_CUES.filter((cue) => months.some((m) => m[cue] > 0));
}

/** The chart in words, for screen readers and for anyone who prefers them. */
export function summarizeCueMonths(months: readonly CueMonth[]): string {
  const high = months.reduce((sum, m) => sum + m.highCravings, 0);
  if (high === 0) return 'No high cravings in the last 12 months.';
  const ranked = cuesShown(months)
    .map((cue) => ({ cue, n: months.reduce((sum, m) => sum + m[cue], 0) }))
    .sort((a, b) => b.n - a.n);
  const noCue = months.reduce((sum, m) => sum + m.noCue, 0);
  const cues =
    ranked.length === 0
      ? 'none named a cue.'
      : `cues named: ${ranked.map(({ cue, n }) => `${CRAVING_CUE_LABELS[cue]} ${n}`).join(', ')}${noCue > 0 ? `; ${noCue} without a cue` : ''}.`;
  return `${high} high ${high === 1 ? 'craving' : 'cravings'} in the last 12 months; ${cues}`;
}
