import { addDays, daysBetween, type SessionStatus, type UdsSubstance } from '@naltrack/domain';
import { onBusinessDay } from '../clinic-time.js';
import { CourseBuilder, type Trajectory } from '../course-builder.js';
import { bookedAhead, easingCravings, enrolBefore, highCraving, lowCravingCap } from './trajectory-kit.js';

const VARIANTS = ['craving_high', 'positive_screen', 'missed_sessions', 'all_three', 'bridged_with_tablets'] as const;

/**
 * On naltrexone and taking it, but in difficulty now: latest PACS >= 15, a positive screen in
 * the last two weeks (a lapse, not a relapse), the last two sessions missed, or all three. Or on
 * XR-NTX and past the injection's due date by more than the grace week, bridged with oral tablets
 * dispensed after the missed appointment that still cover today: overdue, but not stopped.
 */
export const struggling: Trajectory = (ctx) => {
  const b = new CourseBuilder(ctx);
  const { random, today, settings } = b;
  const variant = VARIANTS[ctx.ordinal % VARIANTS.length] ?? 'all_three';
  const craving = variant === 'craving_high' || variant === 'all_three';
  const positive = variant === 'positive_screen' || variant === 'all_three';
  const missing = variant === 'missed_sessions' || variant === 'all_three';
  const bridged = variant === 'bridged_with_tablets';

  const interval = settings.injectionIntervalDays;
  // Bridged: the last injection 38-42 days ago (past its due date and the grace week), and the ones
  // before it on time back to the start. daysAgo may move a day to a business day.
  const lastInjection = bridged ? b.daysAgo(random.int(39, 41)) : null;
  const startedOn = lastInjection
    ? addDays(lastInjection, -interval * random.int(2, 8))
    : b.daysAgo(random.int(30, 300));
  const daysOn = daysBetween(startedOn, today);
  const enrolledOn = enrolBefore(b, startedOn);
  const xr = bridged || random.chance(b.hasOud ? 0.6 : 0.4);
  b.start(startedOn, xr ? 'xr_injection' : 'oral');
  if (lastInjection) {
    // 28 days apart keeps the weekday, so no injection moves off a business day.
    b.injectionsFrom(startedOn, lastInjection, [0, 0]);
    const missedOn = addDays(lastInjection, interval);
    b.missedDose(missedOn, 'xr_injection', 'Missed the injection appointment; oral tablets to bridge');
    b.dispense(onBusinessDay(addDays(missedOn, random.int(1, 4))));
  } else if (xr) b.injectionsFrom(startedOn, today);
  else b.dispensesFrom(startedOn, today, () => 30 + random.int(-3, 1));

  const lastOutcomes: SessionStatus[] = missing
    ? Array.from({ length: random.int(2, 3) }, () => 'no_show' as const)
    : ['attended'];
  b.therapy({ intakeOn: enrolledOn, comesUntil: today, bookedUntil: bookedAhead(b), profile: 'fair', lastOutcomes });

  const easing = easingCravings(b, startedOn, { floor: random.int(5, 10), cap: lowCravingCap(b) });
  const risingFrom = addDays(today, -42);
  b.monitor({
    from: enrolledOn,
    to: b.daysAgo(random.int(2, 6)),
    startedOn,
    cravings: (day) => (craving && day >= risingFrom && day >= startedOn ? highCraving(b) : easing(day)),
  });
  // The latest PACS is recent and, for this variant, high.
  if (craving) b.pacs(b.daysAgo(random.int(0, 1)), highCraving(b));

  if (positive) {
    // One positive screen (a lapse): within the flag's window, with no positive in the weeks before.
    const on = b.daysAgo(random.int(0, b.settings.positiveScreenDays - 4));
    const substance: UdsSubstance = b.hasOud
      ? random.pick(['opioids', 'fentanyl', 'cocaine'] as const)
      : random.pick(['alcohol', 'alcohol', 'cannabis'] as const);
    b.screen(on, [substance]);
    b.reportedUse(on, substance === 'fentanyl' ? 'opioids' : substance);
  }
  if (variant === 'all_three' && daysOn > 150) {
    // A relapse the team recorded months ago, long after the first 12 weeks.
    const onset = addDays(startedOn, random.int(100, daysBetween(startedOn, today) - 40));
    b.recordRelapse(onset, b.hasOud ? 'opioids' : 'alcohol', 'Relapse reported by the patient at review');
  }
  return b.build(variant, 'active', enrolledOn);
};
