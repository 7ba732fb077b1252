import {
  addDays,
  type ClinicalDate,
  type ClinicalSettings,
  type Diagnosis,
  type Formulation,
  heavyDrinkingThreshold,
  isEarlyRelapse,
  type PatientStatus,
  type PriorAgonist,
  type RelapseSubstance,
  type Sex,
  type UdsSubstance,
} from '@naltrack/domain';
import { onBusinessDay } from './clinic-time.js';
import { demoEmail, type TeamHandle } from './demo-names.js';
import type {
  DemoCourse,
  DemoMedicationEvent,
  DemoObservation,
  DemoRelapse,
  DemoSession,
  DemoStart,
} from './demo-types.js';
import {
  drinksObservation,
  type MonitoringContext,
  type MonitoringPlan,
  pacsObservations,
  planMonitoring,
  screenObservation,
  useObservation,
} from './monitoring-plan.js';
import type { SeededRandom } from './seeded-random.js';
import { planSessions, type SessionPlan } from './session-plan.js';

export interface TrajectoryContext {
  random: SeededRandom;
  /** The clinic day the cohort is built for; nothing but booked sessions lies after it. */
  today: ClinicalDate;
  timeZone: string;
  settings: ClinicalSettings;
  teamCode: string;
  sex: Sex;
  diagnoses: readonly Diagnosis[];
  /** This patient's position among the team's patients on the same trajectory: spreads variants evenly. */
  ordinal: number;
}

export type Trajectory = (ctx: TrajectoryContext) => DemoCourse;

const XR_DOSE_MG = 380;
const ORAL_DOSE_MG = 50;

/** Collects one patient's records while a trajectory describes their course. */
export class CourseBuilder {
  readonly starts: DemoStart[] = [];
  readonly medicationEvents: DemoMedicationEvent[] = [];
  readonly sessions: DemoSession[] = [];
  readonly observations: DemoObservation[] = [];
  readonly relapses: DemoRelapse[] = [];
  /** Set by a trajectory whose patient is tapering: the day the approved taper began. */
  taperStartedOn: ClinicalDate | null = null;
  readonly random: SeededRandom;
  readonly today: ClinicalDate;
  readonly settings: ClinicalSettings;
  readonly hasOud: boolean;
  readonly hasAud: boolean;
  private injections = 0;

  constructor(readonly ctx: TrajectoryContext) {
    this.random = ctx.random;
    this.today = ctx.today;
    this.settings = ctx.settings;
    this.hasOud = ctx.diagnoses.includes('OUD');
    this.hasAud = ctx.diagnoses.includes('AUD');
  }

  staff(handle: TeamHandle): string {
    return demoEmail(handle, this.ctx.teamCode);
  }

  /** The business day `days` before today, never after today. */
  daysAgo(days: number): ClinicalDate {
    const day = onBusinessDay(addDays(this.today, -days));
    return day > this.today ? addDays(this.today, -days - 2) : day;
  }

  /** Drinks that make a heavy drinking day for this patient (NIAAA, by sex). */
  get heavyDrinks(): number {
    return heavyDrinkingThreshold(this.ctx.sex, this.settings);
  }

  start(on: ClinicalDate, formulation: Formulation, isReinduction = false): void {
    const { random, settings } = this;
    const agonist: PriorAgonist | null =
      this.hasOud && random.chance(0.2) ? random.pick(['buprenorphine', 'methadone'] as const) : null;
    const opioidFreeDays = agonist ? settings.opioidFreeDaysAfterAgonist : settings.opioidFreeDays;
    this.starts.push({
      formulation,
      doseMg: formulation === 'oral' ? ORAL_DOSE_MG : XR_DOSE_MG,
      startedOn: on,
      // Induction prerequisites are met, so no demo start needs an override: the opioid-free days
      // are whole days between the last use and the start day, hence the extra day.
      lastOpioidUseOn: this.hasOud ? addDays(on, -(opioidFreeDays + 1 + random.int(0, 14))) : null,
      priorAgonist: agonist,
      naloxoneChallenge: this.hasOud ? random.pick(['negative', 'not_done'] as const) : null,
      opioidScreen: this.hasOud ? 'negative' : null,
      lft:
        formulation === 'oral' || random.chance(0.5)
          ? { alt: random.int(12, 95), ast: random.int(12, 90), uln: 40, bilirubinNormal: true }
          : null,
      isReinduction,
      startedBy: this.staff('prescriber'),
    });
  }

  inject(on: ClinicalDate): void {
    this.injections++;
    this.medicationEvents.push({
      kind: 'administered',
      formulation: 'xr_injection',
      occurredOn: on,
      daysSupply: null,
      doseMg: XR_DOSE_MG,
      observed: true,
      lot: `DEMO-LOT-${this.random.int(1000, 9999)}`,
      // Gluteal sites alternate between injections.
      site: this.injections % 2 === 1 ? 'left gluteal' : 'right gluteal',
      note: null,
      recordedBy: this.staff('nurse'),
    });
  }

  /** Injections from `first`, each `interval + jitter` days after the last, while on or before `until`. */
  injectionsFrom(first: ClinicalDate, until: ClinicalDate, jitter: readonly [number, number] = [0, 3]): ClinicalDate[] {
    const days: ClinicalDate[] = [];
    for (let day = first; day <= until; ) {
      this.inject(day);
      days.push(day);
      day = onBusinessDay(addDays(day, this.settings.injectionIntervalDays + this.random.int(jitter[0], jitter[1])));
    }
    return days;
  }

  dispense(on: ClinicalDate, daysSupply = 30): void {
    this.medicationEvents.push({
      kind: 'dispensed',
      formulation: 'oral',
      occurredOn: on,
      daysSupply,
      doseMg: ORAL_DOSE_MG,
      observed: null,
      lot: null,
      site: null,
      note: null,
      recordedBy: this.staff('prescriber'),
    });
  }

  /** 30-day dispenses from `first`; `gapAfter(k)` gives the days from dispense k to the next. */
  dispensesFrom(first: ClinicalDate, until: ClinicalDate, gapAfter: (k: number) => number): ClinicalDate[] {
    const days: ClinicalDate[] = [];
    for (let day = first, k = 0; day <= until; k++) {
      this.dispense(day);
      days.push(day);
      day = onBusinessDay(addDays(day, gapAfter(k)));
    }
    return days;
  }

  missedDose(on: ClinicalDate, formulation: Formulation, note: string): void {
    this.medicationEvents.push({
      kind: 'missed',
      formulation,
      occurredOn: on,
      daysSupply: null,
      doseMg: null,
      observed: null,
      lot: null,
      site: null,
      note,
      recordedBy: this.staff('nurse'),
    });
  }

  therapy(plan: SessionPlan): void {
    const context = {
      random: this.random,
      today: this.today,
      timeZone: this.ctx.timeZone,
      therapist: this.staff('therapist'),
      intakeClinician: this.staff('nurse'),
    };
    this.sessions.push(...planSessions(context, plan));
  }

  private get monitoringContext(): MonitoringContext {
    return {
      random: this.random,
      diagnoses: this.ctx.diagnoses,
      sex: this.ctx.sex,
      nurse: this.staff('nurse'),
      therapist: this.staff('therapist'),
      heavyDrinks: this.heavyDrinks,
      screeningWeeks: this.settings.screeningExpectedWeeks,
    };
  }

  monitor(plan: MonitoringPlan): void {
    this.observations.push(...planMonitoring(this.monitoringContext, plan));
  }

  /** A drug screen on a day, replacing a routine one taken the same day. */
  screen(on: ClinicalDate, positives: readonly UdsSubstance[]): void {
    this.removeSameDay('uds', on);
    this.observations.push(screenObservation(this.monitoringContext, on, positives));
  }

  pacs(on: ClinicalDate, total: number): void {
    this.removeSameDay('pacs', on);
    this.removeSameDay('craving_vas', on);
    this.observations.push(...pacsObservations(this.monitoringContext, on, total));
  }

  drinks(on: ClinicalDate, drinks: number): void {
    this.removeSameDay('drinks', on);
    this.observations.push(drinksObservation(this.monitoringContext, on, drinks));
  }

  reportedUse(on: ClinicalDate, substance: string): void {
    this.observations.push(useObservation(this.monitoringContext, on, substance));
  }

  /** A relapse a clinician recorded; `early` as the domain decides it for the start in force. */
  recordRelapse(onsetOn: ClinicalDate, substance: RelapseSubstance, note: string): void {
    const startedOn = this.starts[this.starts.length - 1]?.startedOn ?? null;
    this.relapses.push({
      onsetOn,
      substance,
      early: isEarlyRelapse(startedOn, onsetOn, this.settings),
      note,
      confirmedBy: this.staff('prescriber'),
    });
  }

  build(variant: string, status: PatientStatus, enrolledOn: ClinicalDate): DemoCourse {
    const byDay = <T extends { occurredOn?: string; observedOn?: string }>(a: T, b: T) =>
      (a.occurredOn ?? a.observedOn ?? '').localeCompare(b.occurredOn ?? b.observedOn ?? '');
    return {
      variant,
      status,
      enrolledOn,
      starts: this.starts,
      medicationEvents: [...this.medicationEvents].sort(byDay),
      sessions: this.sessions,
      observations: [...this.observations].sort(byDay),
      relapses: this.relapses,
      taperStartedOn: this.taperStartedOn,
    };
  }

  private removeSameDay(kind: DemoObservation['kind'], on: ClinicalDate): void {
    const index = this.observations.findIndex((o) => o.kind === kind && o.observedOn === on);
    if (index >= 0) this.observations.splice(index, 1);
  }
}
