import type { ClinicalDate } from './clinical-date.js';
import { isOpioidSubstance } from './observations.js';

/** An observation as the patient's record holds it; only drug screens and self-reports matter here. */
export interface OpioidUseObservation {
  observedOn: ClinicalDate;
  kind: string;
  results?: Readonly<Record<string, 'positive' | 'negative'>> | null;
  substance?: string | null;
  /** Amount used (self_reported_use; > 0 means use, as for relapse). */
  value?: number | null;
}

/** One day of opioid use the record shows. */
export interface RecordedOpioidUse {
  on: ClinicalDate;
  /** The opioids named that day, lower case (e.g. fentanyl, methadone). */
  substances: string[];
  /** Where the date comes from, as a clinician reads it: "positive fentanyl screen". */
  source: string;
}

export interface OpioidRecord {
  /** The latest day of opioid use (positive screen or self-report) on or before the start day. */
  lastUse: RecordedOpioidUse | null;
  /** The latest screen positive for an opioid on or before the start day. */
  lastPositiveScreen: RecordedOpioidUse | null;
}

const nameOf = (substance: string) => (substance === 'opioids' ? 'opioid' : substance);
const listOf = (names: readonly string[]) => names.map(nameOf).join(' and ');

/**
 * The opioid use a patient's own record shows up to a naltrexone start, so that the induction
 * check does not rest on the form alone: a screen positive for any opioid or a self-report of
 * opioid use counts, whatever the patient's diagnosis.
 */
export function recordedOpioidUse(
  observations: readonly OpioidUseObservation[],
  startedOn: ClinicalDate,
): OpioidRecord {
  let lastUse: RecordedOpioidUse | null = null;
  let lastPositiveScreen: RecordedOpioidUse | null = null;
  const byDay = new Map<ClinicalDate, { screened: Set<string>; reported: Set<string> }>();
  for (const o of observations) {
    if (o.observedOn > startedOn) continue;
    const screened =
      o.kind === 'uds'
        ? Object.entries(o.results ?? {})
            .filter(([s, r]) => r === 'positive' && isOpioidSubstance(s))
            .map(([s]) => s)
        : [];
    const reported =
      o.kind === 'self_reported_use' && isOpioidSubstance(o.substance) && (o.value ?? 0) > 0
        ? [(o.substance ?? '').trim().toLowerCase()]
        : [];
    if (screened.length === 0 && reported.length === 0) continue;
    const day = byDay.get(o.observedOn) ?? { screened: new Set<string>(), reported: new Set<string>() };
    for (const s of screened) day.screened.add(s);
    for (const s of reported) day.reported.add(s);
    byDay.set(o.observedOn, day);
  }
  for (const [on, day] of [...byDay.entries()].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const screened = [...day.screened].sort();
    const reported = [...day.reported].sort();
    const screen = screened.length > 0 ? `positive ${listOf(screened)} screen` : null;
    const report = reported.length > 0 ? `self-reported ${listOf(reported)} use` : null;
    const source = [screen, report].filter((part) => part !== null).join('; ');
    lastUse = { on, substances: [...new Set([...screened, ...reported])], source };
    if (screen !== null) lastPositiveScreen = { on, substances: screened, source: screen };
  }
  return { lastUse, lastPositiveScreen };
}
