import {
  addDays,
  type ClinicalDate,
  type Diagnosis,
  PACS_ITEM_COUNT,
  PACS_ITEM_MAX,
  type ScreenResult,
  type Sex,
  type UdsSubstance,
} from '@naltrack/domain';
import { onBusinessDay } from './clinic-time.js';
import type { DemoObservation } from './demo-types.js';
import { instrumentObservations } from './instrument-observations.js';
import type { SeededRandom } from './seeded-random.js';

export interface MonitoringPlan {
  /** First assessment (intake). */
  from: ClinicalDate;
  /** Last contact, inclusive. */
  to: ClinicalDate;
  /** OUD screens are weekly in the screening schedule's weeks after this day, then every two weeks. */
  startedOn: ClinicalDate | null;
  /** The PACS total (0-30) on a day: the craving trend. */
  cravings: (day: ClinicalDate) => number;
  /** Substances positive on a drug screen that day; none when omitted. */
  positives?: (day: ClinicalDate) => readonly UdsSubstance[];
  /** Drinks reported for a day (AUD); light drinking below the heavy threshold when omitted. */
  drinks?: (day: ClinicalDate) => number;
}

export interface MonitoringContext {
  random: SeededRandom;
  diagnoses: readonly Diagnosis[];
  /** The AUDIT-C's threshold depends on it. */
  sex: Sex;
  nurse: string;
  therapist: string;
  /** Fewest drinks that make a heavy drinking day for this patient. */
  heavyDrinks: number;
  /**
   * Weeks after a start in which the X:BOT schedule expects a weekly urine screen (a week without
   * one counts as a week of use), so OUD screens are weekly for that long.
   */
  screeningWeeks: number;
}

const OUD_PANEL: readonly UdsSubstance[] = ['opioids', 'fentanyl', 'buprenorphine', 'methadone', 'cocaine', 'cannabis'];
const AUD_PANEL: readonly UdsSubstance[] = ['alcohol', 'cocaine', 'cannabis', 'benzodiazepines'];

/** Five PACS items (0-6 each) that add up to `total`. */
export function pacsItems(random: SeededRandom, total: number): number[] {
  const items: number[] = new Array(PACS_ITEM_COUNT).fill(0);
  const target = Math.max(0, Math.min(PACS_ITEM_COUNT * PACS_ITEM_MAX, Math.round(total)));
  for (let added = 0; added < target; ) {
    const i = random.int(0, PACS_ITEM_COUNT - 1);
    if ((items[i] ?? 0) < PACS_ITEM_MAX) {
      items[i] = (items[i] ?? 0) + 1;
      added++;
    }
  }
  return items;
}

const blank = { items: null, value: null, results: null, substance: null, score: null } as const;

export function pacsObservations(ctx: MonitoringContext, day: ClinicalDate, total: number): DemoObservation[] {
  const items = pacsItems(ctx.random, total);
  const sum = items.reduce((a, b) => a + b, 0);
  // The VAS tracks the PACS total loosely, as two craving measures of one person do.
  const vas = Math.max(0, Math.min(100, Math.round((sum / 30) * 100) + ctx.random.int(-8, 8)));
  return [
    { ...blank, kind: 'pacs', observedOn: day, items, value: sum, recordedBy: ctx.therapist },
    { ...blank, kind: 'craving_vas', observedOn: day, value: vas, recordedBy: ctx.therapist },
  ];
}

export function screenObservation(
  ctx: MonitoringContext,
  day: ClinicalDate,
  positives: readonly UdsSubstance[],
): DemoObservation {
  const panel = new Set<UdsSubstance>();
  if (ctx.diagnoses.includes('OUD')) for (const s of OUD_PANEL) panel.add(s);
  if (ctx.diagnoses.includes('AUD')) for (const s of AUD_PANEL) panel.add(s);
  for (const s of positives) panel.add(s);
  const results: Record<string, ScreenResult> = {};
  for (const s of panel) results[s] = positives.includes(s) ? 'positive' : 'negative';
  return { ...blank, kind: 'uds', observedOn: day, results, recordedBy: ctx.nurse };
}

export function drinksObservation(ctx: MonitoringContext, day: ClinicalDate, drinks: number): DemoObservation {
  return { ...blank, kind: 'drinks', observedOn: day, value: drinks, recordedBy: ctx.therapist };
}

export function useObservation(ctx: MonitoringContext, day: ClinicalDate, substance: string): DemoObservation {
  return { ...blank, kind: 'self_reported_use', observedOn: day, substance, value: 1, recordedBy: ctx.therapist };
}

/**
 * Routine measurement from intake to last contact: PACS and craving VAS every 2-4 weeks, urine
 * drug screens (weekly in the screening schedule's first weeks of OUD treatment, then fortnightly;
 * monthly for AUD alone), drinks per day weekly and breath alcohol at assessments for AUD, and the
 * instruments (PHQ-9, GAD-7, BAM; AUDIT-C for AUD) at intake and at the last assessment.
 */
export function planMonitoring(ctx: MonitoringContext, plan: MonitoringPlan): DemoObservation[] {
  const { random } = ctx;
  const observations: DemoObservation[] = [];
  const hasAud = ctx.diagnoses.includes('AUD');
  for (let day = plan.from; day <= plan.to; day = onBusinessDay(addDays(day, random.int(14, 28)))) {
    observations.push(...pacsObservations(ctx, day, plan.cravings(day)));
    if (hasAud)
      observations.push({ ...blank, kind: 'breath_alcohol', observedOn: day, value: 0, recordedBy: ctx.nurse });
  }

  const weeklyUntil = addDays(plan.startedOn ?? plan.from, 7 * ctx.screeningWeeks);
  const oud = ctx.diagnoses.includes('OUD');
  // Screens keep the intake weekday, so screen weeks line up with treatment weeks for X:BOT.
  for (let day = plan.from; day <= plan.to; day = addDays(day, !oud ? 28 : day < weeklyUntil ? 7 : 14)) {
    observations.push(screenObservation(ctx, day, plan.positives?.(day) ?? []));
  }

  if (hasAud) {
    const light = Math.max(0, Math.min(2, ctx.heavyDrinks - 1));
    for (let day = plan.from; day <= plan.to; day = addDays(day, 7)) {
      const drinks = plan.drinks?.(day) ?? (random.chance(0.7) ? 0 : random.int(0, light));
      observations.push(drinksObservation(ctx, day, drinks));
    }
  }
  const pacs = observations.filter((o) => o.kind === 'pacs');
  observations.push(...instrumentObservations(pacs, { sex: ctx.sex, hasAud, therapist: ctx.therapist }));
  return observations;
}
