import { type ClinicalDate, daysBetween } from './clinical-date.js';
import { type ClinicalSettings, DEFAULT_CLINICAL_SETTINGS } from './clinical-settings.js';
import { consecutiveRuns, type DayRun, fromDayIndex, toDayIndex } from './day-index.js';
import { isOpioidSubstance } from './observations.js';
import type { Diagnosis, Sex } from './vocabulary.js';

export const RELAPSE_RULES = ['xbot_4_weeks', 'xbot_7_days', 'heavy_drinking_day'] as const;
export type RelapseRule = (typeof RELAPSE_RULES)[number];
export const RELAPSE_SUBSTANCES = ['opioids', 'alcohol'] as const;
export type RelapseSubstance = (typeof RELAPSE_SUBSTANCES)[number];

export interface RelapseObservation {
  observedOn: ClinicalDate;
  kind: 'uds' | 'self_reported_use' | 'drinks';
  /** Drug screen results per substance (kind uds). */
  results?: Readonly<Record<string, 'positive' | 'negative'>>;
  /** The substance used (kind self_reported_use). */
  substance?: string;
  /** Drinks that day (drinks) or amount used (self_reported_use; > 0 means use). */
  value?: number;
}

export interface DetectedRelapse {
  onsetOn: ClinicalDate;
  detectedOn: ClinicalDate;
  substance: RelapseSubstance;
  rule: RelapseRule;
  early: boolean;
}

export interface RelapseDetectionInput {
  diagnoses: readonly Diagnosis[];
  sex: Sex;
  naltrexoneStartedOn: ClinicalDate | null;
  observations: readonly RelapseObservation[];
  settings?: ClinicalSettings;
}

/** Drinks that make a heavy drinking day. Sex other/unknown gets the lower (female) threshold. */
export function heavyDrinkingThreshold(sex: Sex, settings: ClinicalSettings = DEFAULT_CLINICAL_SETTINGS): number {
  return sex === 'male' ? settings.heavyDrinkingDrinksMale : settings.heavyDrinkingDrinksFemale;
}

/**
 * Early = onset within the first earlyRelapseDays (84) days of treatment: start + 0..83 days.
 * So onset at 11 weeks (day 77) is early; at exactly 12 weeks (day 84) or 13 weeks it is not.
 */
export function isEarlyRelapse(
  startedOn: ClinicalDate | null,
  onsetOn: ClinicalDate,
  settings: ClinicalSettings = DEFAULT_CLINICAL_SETTINGS,
): boolean {
  if (startedOn === null) return false;
  const days = daysBetween(startedOn, onsetOn);
  return days >= 0 && days < settings.earlyRelapseDays;
}

interface Candidate {
  onset: number;
  detected: number;
  rule: RelapseRule;
  substance: RelapseSubstance;
  /** Days the episode spans, to recognise the same episode found by both X:BOT rules. */
  span: DayRun;
}

/**
 * Relapses found in observations; a single use is a lapse and yields nothing. Observations before
 * the naltrexone start are pre-treatment use and ignored. Missing screens are not counted as use.
 * The result depends only on the set of observations, never on their order.
 */
export function detectRelapses(input: RelapseDetectionInput): DetectedRelapse[] {
  const settings = input.settings ?? DEFAULT_CLINICAL_SETTINGS;
  const start = input.naltrexoneStartedOn;
  const observations = input.observations.filter((o) => start === null || o.observedOn >= start);

  const candidates: Candidate[] = [];
  if (input.diagnoses.includes('OUD')) candidates.push(...opioidRelapses(observations, start, settings));
  if (input.diagnoses.includes('AUD')) candidates.push(...alcoholRelapses(observations, input.sex, settings));

  return candidates
    .map((c) => ({
      onsetOn: fromDayIndex(c.onset),
      detectedOn: fromDayIndex(c.detected),
      substance: c.substance,
      rule: c.rule,
      early: isEarlyRelapse(start, fromDayIndex(c.onset), settings),
    }))
    .sort(
      (a, b) =>
        compare(a.onsetOn, b.onsetOn) ||
        compare(a.detectedOn, b.detectedOn) ||
        compare(a.substance, b.substance) ||
        compare(a.rule, b.rule),
    );
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function opioidRelapses(
  observations: readonly RelapseObservation[],
  start: ClinicalDate | null,
  settings: ClinicalSettings,
): Candidate[] {
  const useDays = new Set<number>();
  const selfReportedDays = new Set<number>();
  for (const o of observations) {
    const day = toDayIndex(o.observedOn);
    if (
      o.kind === 'uds' &&
      Object.entries(o.results ?? {}).some(([s, r]) => r === 'positive' && isOpioidSubstance(s))
    ) {
      useDays.add(day);
    }
    if (o.kind === 'self_reported_use' && isOpioidSubstance(o.substance) && (o.value ?? 0) > 0) {
      useDays.add(day);
      selfReportedDays.add(day);
    }
  }
  if (useDays.size === 0) return [];

  // Weeks are counted from the start (or, without one, from the first observation).
  const anchor =
    start !== null
      ? toDayIndex(start)
      : observations.map((o) => toDayIndex(o.observedOn)).reduce((a, b) => Math.min(a, b));
  const firstUseInWeek = new Map<number, number>();
  for (const day of useDays) {
    const week = Math.floor((day - anchor) / 7);
    const known = firstUseInWeek.get(week);
    if (known === undefined || day < known) firstUseInWeek.set(week, day);
  }

  const found: Candidate[] = [];
  // Each maximal run of use weeks is one episode: a new relapse needs a week without use first.
  for (const run of consecutiveRuns(firstUseInWeek.keys())) {
    if (run.end - run.start + 1 < settings.xbotConsecutiveWeeks) continue;
    const onset = firstUseInWeek.get(run.start);
    const detected = firstUseInWeek.get(run.start + settings.xbotConsecutiveWeeks - 1);
    if (onset === undefined || detected === undefined) continue;
    const span = { start: anchor + 7 * run.start, end: anchor + 7 * run.end + 6 };
    found.push({ onset, detected, rule: 'xbot_4_weeks', substance: 'opioids', span });
  }
  for (const run of consecutiveRuns(selfReportedDays)) {
    if (run.end - run.start + 1 < settings.xbotConsecutiveDays) continue;
    const detected = run.start + settings.xbotConsecutiveDays - 1;
    found.push({ onset: run.start, detected, rule: 'xbot_7_days', substance: 'opioids', span: run });
  }
  return oneRelapsePerEpisode(found);
}

/**
 * Both X:BOT rules can fire on the same stretch of use; keep the one detected first and fold
 * later detections that overlap its span into it, so one episode is one relapse.
 */
function oneRelapsePerEpisode(candidates: Candidate[]): Candidate[] {
  const ordered = [...candidates].sort(
    (a, b) => a.detected - b.detected || RELAPSE_RULES.indexOf(a.rule) - RELAPSE_RULES.indexOf(b.rule),
  );
  const kept: Candidate[] = [];
  for (const c of ordered) {
    const same = kept.find((k) => c.span.start <= k.span.end && k.span.start <= c.span.end);
    if (same) {
      same.span = { start: Math.min(same.span.start, c.span.start), end: Math.max(same.span.end, c.span.end) };
    } else {
      kept.push({ ...c, span: { ...c.span } });
    }
  }
  return kept;
}

function alcoholRelapses(
  observations: readonly RelapseObservation[],
  sex: Sex,
  settings: ClinicalSettings,
): Candidate[] {
  const threshold = heavyDrinkingThreshold(sex, settings);
  // A day is heavy when any report for it reaches the threshold; reports are not summed, since a
  // second entry for a day is usually a correction rather than more drinking.
  const heavyDays = observations
    .filter((o) => o.kind === 'drinks' && typeof o.value === 'number' && o.value >= threshold)
    .map((o) => toDayIndex(o.observedOn));
  // Consecutive heavy days are one episode, dated from its first day.
  return consecutiveRuns(heavyDays).map((run) => ({
    onset: run.start,
    detected: run.start,
    rule: 'heavy_drinking_day',
    substance: 'alcohol',
    span: run,
  }));
}
