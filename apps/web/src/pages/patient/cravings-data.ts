import { type ClinicalDate, daysBetween } from '@naltrack/domain';
import type { Observation } from '../../api/observations';
import type { Relapse } from '../../api/relapses';
import { formatDate } from './patient-format';

/** One day on the chart; x is a day number so irregular visits are spaced by real time. */
export interface CravingPoint {
  day: number;
  on: ClinicalDate;
  pacs: number | null;
  vas: number | null;
}

export interface CravingMarker {
  day: number;
  on: ClinicalDate;
  label: string;
}

export interface CravingsData {
  points: CravingPoint[];
  positiveScreens: CravingMarker[];
  relapses: CravingMarker[];
}

const EPOCH: ClinicalDate = '1970-01-01';
const dayNumber = (on: ClinicalDate) => daysBetween(EPOCH, on);

function positiveSubstances(observation: Observation): string[] {
  return Object.entries(observation.results ?? {})
    .filter(([, result]) => result === 'positive')
    .map(([substance]) => substance);
}

/** Merges PACS and VAS by day (oldest first) and picks out positive screens and relapse onsets. */
export function buildCravingsData(observations: readonly Observation[], relapses: readonly Relapse[]): CravingsData {
  const byDay = new Map<ClinicalDate, CravingPoint>();
  const positiveScreens: CravingMarker[] = [];
  for (const observation of observations) {
    const on = observation.observedOn;
    if ((observation.kind === 'pacs' || observation.kind === 'craving_vas') && observation.value !== null) {
      const point = byDay.get(on) ?? { day: dayNumber(on), on, pacs: null, vas: null };
      // Lists come newest first: the first value seen for a day is that day's latest.
      if (observation.kind === 'pacs') point.pacs ??= observation.value;
      else point.vas ??= observation.value;
      byDay.set(on, point);
    }
    if (observation.kind === 'uds') {
      const substances = positiveSubstances(observation);
      if (substances.length > 0) positiveScreens.push({ day: dayNumber(on), on, label: substances.join(', ') });
    }
  }
  return {
    points: [...byDay.values()].sort((a, b) => a.day - b.day),
    positiveScreens: positiveScreens.sort((a, b) => a.day - b.day),
    relapses: relapses
      .map((relapse) => ({
        day: dayNumber(relapse.onsetOn),
        on: relapse.onsetOn,
        label: `${relapse.substance}${relapse.early ? ', early' : ''}`,
      }))
      .sort((a, b) => a.day - b.day),
  };
}

export function dayToDate(day: number): ClinicalDate {
  return new Date(day * 86_400_000).toISOString().slice(0, 10);
}

/** The chart in words, for screen readers and for anyone who prefers text; `threshold`: the clinic's high PACS. */
export function summarizeCravings(data: CravingsData, threshold: number): string {
  const pacs = data.points.filter((p): p is CravingPoint & { pacs: number } => p.pacs !== null);
  const parts: string[] = [];
  const latest = pacs.at(-1);
  if (latest) {
    const high = pacs.filter((p) => p.pacs >= threshold).length;
    const side = latest.pacs >= threshold ? 'at or above' : 'below';
    parts.push(
      `${pacs.length} PACS scores; latest ${latest.pacs} on ${formatDate(latest.on)}, ${side} the threshold of ${threshold}; ${high} at or above it.`,
    );
  } else {
    parts.push('No PACS scores recorded.');
  }
  const vas = data.points.filter((p) => p.vas !== null);
  const latestVas = vas.at(-1);
  if (latestVas)
    parts.push(`${vas.length} craving VAS scores; latest ${latestVas.vas} of 100 on ${formatDate(latestVas.on)}.`);
  parts.push(
    data.positiveScreens.length === 0
      ? 'No positive drug screens.'
      : `${data.positiveScreens.length} positive drug screens, latest ${formatDate(data.positiveScreens.at(-1)?.on)} (${data.positiveScreens.at(-1)?.label}).`,
  );
  parts.push(
    data.relapses.length === 0
      ? 'No relapses.'
      : `${data.relapses.length} relapse onsets, latest ${formatDate(data.relapses.at(-1)?.on)}.`,
  );
  return parts.join(' ');
}
