import { type ClinicalDate, daysBetween } from './clinical-date.js';
import { type ClinicalSettings, DEFAULT_CLINICAL_SETTINGS } from './clinical-settings.js';
import { consecutiveRuns, fromDayIndex, toDayIndex } from './day-index.js';
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

/** A relapse a clinician recorded (or a detection they confirmed), as stored. */
export interface RecordedRelapse {
  substance: RelapseSubstance;
  onsetOn: ClinicalDate;
  /** The last day of use the clinician knows of; the onset when not given. */
  lastUseOn?: ClinicalDate | null;
}

/** A relapse from its onset to its end: ongoing while use continues, ended by a run of non-use. */
export interface RelapseEpisode {
  substance: RelapseSubstance;
  onsetOn: ClinicalDate;
  /** The day the rules detected it; null for one only a clinician recorded. */
  detectedOn: ClinicalDate | null;
  /** The rule that detected it first; null for one only a clinician recorded. */
  rule: RelapseRule | null;
  /**
   * The last day of use in the episode. A screening week without the expected screen counts as use
   * (X:BOT) and is dated by its last day.
   */
  lastUseOn: ClinicalDate;
  /** The day the run of non-use that ends the episode was complete; null while it is ongoing. */
  endedOn: ClinicalDate | null;
  /** Onset within the early window of the course's start. */
  early: boolean;
  /** A clinician recorded this relapse or confirmed its detection. */
  recorded: boolean;
}

export interface RelapseDetectionInput {
  diagnoses: readonly Diagnosis[];
  sex: Sex;
  /** The course's start: earlier records are pre-treatment use, and its screening schedule starts here. */
  naltrexoneStartedOn: ClinicalDate | null;
  observations: readonly RelapseObservation[];
  /** Relapses clinicians recorded or confirmed in this course. */
  recorded?: readonly RecordedRelapse[];
  /** The clinic's today: later records are ignored, and an episode ends only once its run of non-use is complete. */
  today: ClinicalDate;
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

/**
 * The longest time between a relapse's onset and the day a rule can detect it: X:BOT's run of
 * weeks (28 days). A cohort counts a course's early relapses only once this much time has passed
 * after its early window, so the reported figure does not change later.
 */
export function relapseDetectionLagDays(settings: ClinicalSettings = DEFAULT_CLINICAL_SETTINGS): number {
  return Math.max(7 * settings.xbotConsecutiveWeeks, settings.xbotConsecutiveDays);
}

function endDays(substance: RelapseSubstance, settings: ClinicalSettings): number {
  return substance === 'opioids' ? settings.relapseEndOpioidDays : settings.relapseEndAlcoholDays;
}

/** Use of one substance: the days that count as use, and the rules' detections in them. */
interface SubstanceUse {
  substance: RelapseSubstance;
  /** Sorted day indexes of use (for opioids, with the first and last day of each unscreened expected week). */
  useDays: number[];
  detections: Detection[];
}

interface Detection {
  onset: number;
  detected: number;
  rule: RelapseRule;
}

interface Building {
  substance: RelapseSubstance;
  onset: number;
  detected: number | null;
  rule: RelapseRule | null;
  lastUse: number;
  recorded: boolean;
}

/**
 * The relapse episodes of one naltrexone course, in onset order. A single use is a lapse and
 * yields nothing. Observations before the start and after today are ignored. The result depends
 * only on the set of inputs, never on their order.
 *
 * - OUD (X:BOT): 4 consecutive weeks (counted from the start) with opioid use by screen or
 *   self-report, or 7 consecutive days of self-reported use. In the weeks the screening schedule
 *   expects a screen (settings.screeningExpectedWeeks after the start) a week that has ended
 *   without a urine screen counts as a week of use.
 * - AUD: a heavy drinking day (heavyDrinkingThreshold).
 * - An episode continues while use recurs within the end window of the last use (2 weeks for
 *   opioids, 14 days for heavy drinking) and ends on the day that many days without use are
 *   complete; until then it is ongoing.
 * - A recorded relapse is an episode from its onset; detections that overlap it are the same
 *   episode (the clinician's onset stands). Recorded relapses are never merged with each other.
 */
export function relapseEpisodes(input: RelapseDetectionInput): RelapseEpisode[] {
  const settings = input.settings ?? DEFAULT_CLINICAL_SETTINGS;
  const start = input.naltrexoneStartedOn;
  const today = toDayIndex(input.today);
  const inCourse = (day: ClinicalDate) => (start === null || day >= start) && day <= input.today;
  const observations = input.observations.filter((o) => inCourse(o.observedOn));

  const uses: SubstanceUse[] = [
    opioidUse(observations, input.diagnoses.includes('OUD'), start, today, settings),
    alcoholUse(observations, input.diagnoses.includes('AUD'), input.sex, settings),
  ];
  const episodes: Building[] = [];
  for (const use of uses) {
    const window = endDays(use.substance, settings);
    const chainFrom = (day: number) => lastUseInChain(use.useDays, day, window);
    const own: Building[] = (input.recorded ?? [])
      .filter((r) => r.substance === use.substance && inCourse(r.onsetOn))
      .map((r) => {
        const onset = toDayIndex(r.onsetOn);
        const stated = r.lastUseOn && r.lastUseOn > r.onsetOn ? Math.min(toDayIndex(r.lastUseOn), today) : onset;
        return {
          substance: use.substance,
          onset,
          detected: null,
          rule: null,
          lastUse: chainFrom(stated),
          recorded: true,
        };
      });
    const byOnset = [...use.detections].sort(
      (a, b) =>
        a.onset - b.onset || a.detected - b.detected || RELAPSE_RULES.indexOf(a.rule) - RELAPSE_RULES.indexOf(b.rule),
    );
    for (const d of byOnset) {
      const lastUse = chainFrom(d.onset);
      const same =
        own.find((e) => e.recorded && d.onset <= e.lastUse && e.onset <= lastUse) ??
        own.find((e) => !e.recorded && d.onset <= e.lastUse);
      if (!same) {
        own.push({
          substance: use.substance,
          onset: d.onset,
          detected: d.detected,
          rule: d.rule,
          lastUse,
          recorded: false,
        });
        continue;
      }
      if (same.detected === null || d.detected < same.detected) {
        same.detected = d.detected;
        same.rule = d.rule;
      }
      same.lastUse = Math.max(same.lastUse, lastUse);
    }
    episodes.push(...own);
  }

  return episodes
    .map((e) => {
      const ended = e.lastUse + endDays(e.substance, settings);
      return {
        substance: e.substance,
        onsetOn: fromDayIndex(e.onset),
        detectedOn: e.detected === null ? null : fromDayIndex(e.detected),
        rule: e.rule,
        lastUseOn: fromDayIndex(e.lastUse),
        endedOn: ended <= today ? fromDayIndex(ended) : null,
        early: isEarlyRelapse(start, fromDayIndex(e.onset), settings),
        recorded: e.recorded,
      };
    })
    .sort(
      (a, b) =>
        compare(a.onsetOn, b.onsetOn) ||
        compare(a.substance, b.substance) ||
        Number(b.recorded) - Number(a.recorded) ||
        compare(a.lastUseOn, b.lastUseOn),
    );
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The last use reached from `from` by uses each within `window` days of the one before. */
function lastUseInChain(sortedUseDays: readonly number[], from: number, window: number): number {
  let last = from;
  for (const day of sortedUseDays) {
    if (day <= last) continue;
    if (day - last > window) break;
    last = day;
  }
  return last;
}

function hasOpioidResult(o: RelapseObservation): boolean {
  return o.kind === 'uds' && Object.keys(o.results ?? {}).some(isOpioidSubstance);
}

function opioidUse(
  observations: readonly RelapseObservation[],
  oud: boolean,
  start: ClinicalDate | null,
  today: number,
  settings: ClinicalSettings,
): SubstanceUse {
  const useDays = new Set<number>();
  const selfReportedDays = new Set<number>();
  const screenDays = new Set<number>();
  for (const o of observations) {
    const day = toDayIndex(o.observedOn);
    if (hasOpioidResult(o)) screenDays.add(day);
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
  // Weeks are counted from the start (or, without one, from the first observation).
  const anchor =
    start !== null
      ? toDayIndex(start)
      : observations.map((o) => toDayIndex(o.observedOn)).reduce((a, b) => Math.min(a, b), today);
  const weekOf = (day: number) => Math.floor((day - anchor) / 7);
  /** Per positive week: the day it counts from (onset) and the day it is known (detection). */
  const weeks = new Map<number, { first: number; known: number }>();
  for (const day of useDays) {
    const week = weekOf(day);
    const known = weeks.get(week);
    if (known === undefined || day < known.first) weeks.set(week, { first: day, known: day });
  }
  const unscreened = start === null || !oud ? [] : unscreenedWeeks(anchor, today, screenDays, settings);
  for (const week of unscreened) {
    const weekStart = anchor + 7 * week;
    // A week without its screen counts from its first day and is known once it has ended, unless a
    // reported use in it came first.
    if (!weeks.has(week)) weeks.set(week, { first: weekStart, known: weekStart + 6 });
    // The whole week is presumed use: it continues an episode from its first day, and ends on its last.
    useDays.add(weekStart);
    useDays.add(weekStart + 6);
  }
  const sortedUseDays = [...useDays].sort((a, b) => a - b);
  // Opioid use still extends an opioid relapse a clinician recorded; the X:BOT rules detect only in OUD.
  if (!oud) return { substance: 'opioids', useDays: sortedUseDays, detections: [] };

  const detections: Detection[] = [];
  for (const run of consecutiveRuns(weeks.keys())) {
    if (run.end - run.start + 1 < settings.xbotConsecutiveWeeks) continue;
    const first = weeks.get(run.start);
    const fourth = weeks.get(run.start + settings.xbotConsecutiveWeeks - 1);
    if (first && fourth) detections.push({ onset: first.first, detected: fourth.known, rule: 'xbot_4_weeks' });
  }
  for (const run of consecutiveRuns(selfReportedDays)) {
    if (run.end - run.start + 1 < settings.xbotConsecutiveDays) continue;
    detections.push({ onset: run.start, detected: run.start + settings.xbotConsecutiveDays - 1, rule: 'xbot_7_days' });
  }
  return { substance: 'opioids', useDays: sortedUseDays, detections };
}

/** Expected screening weeks that have ended (before today) without a urine screen for opioids. */
function unscreenedWeeks(anchor: number, today: number, screenDays: ReadonlySet<number>, settings: ClinicalSettings) {
  const weeks: number[] = [];
  for (let week = 0; week < settings.screeningExpectedWeeks; week++) {
    const first = anchor + 7 * week;
    if (first + 6 >= today) break;
    let screened = false;
    for (let day = first; day <= first + 6 && !screened; day++) screened = screenDays.has(day);
    if (!screened) weeks.push(week);
  }
  return weeks;
}

function alcoholUse(
  observations: readonly RelapseObservation[],
  aud: boolean,
  sex: Sex,
  settings: ClinicalSettings,
): SubstanceUse {
  const threshold = heavyDrinkingThreshold(sex, settings);
  // A day is heavy when any report for it reaches the threshold; reports are not summed, since a
  // second entry for a day is usually a correction rather than more drinking.
  const heavyDays = [
    ...new Set(
      observations
        .filter((o) => o.kind === 'drinks' && typeof o.value === 'number' && o.value >= threshold)
        .map((o) => toDayIndex(o.observedOn)),
    ),
  ].sort((a, b) => a - b);
  // Heavy drinking still extends an alcohol relapse a clinician recorded; the rule detects only in AUD.
  const detections: Detection[] = aud
    ? heavyDays.map((day) => ({ onset: day, detected: day, rule: 'heavy_drinking_day' }))
    : [];
  return { substance: 'alcohol', useDays: heavyDays, detections };
}
