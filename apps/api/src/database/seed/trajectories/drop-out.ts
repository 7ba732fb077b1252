import { addDays, type ClinicalDate, daysBetween } from '@naltrack/domain';
import { CourseBuilder, type Trajectory } from '../course-builder.js';
import { bookedAhead, easingCravings, enrolBefore } from './trajectory-kit.js';

const VARIANTS = ['xr_stopped', 'oral_stopped', 'lost_to_follow_up'] as const;

/**
 * Stopped coming. Still "active": the XR injection is more than a week past due, or oral supply
 * ran out more than 8 days ago, and the booked sessions are no-shows. Lost to follow-up: the
 * team gave up booking after a few weeks of no-shows and changed the status.
 */
export const dropOut: Trajectory = (ctx) => {
  const b = new CourseBuilder(ctx);
  const { random, settings } = b;
  const variant = VARIANTS[ctx.ordinal % VARIANTS.length] ?? 'xr_stopped';
  const formulation =
    variant === 'xr_stopped' || (variant === 'lost_to_follow_up' && random.chance(0.5)) ? 'xr_injection' : 'oral';

  // Days since the last dose the patient could have had.
  const overdueAfter =
    formulation === 'xr_injection'
      ? settings.injectionIntervalDays + settings.injectionGraceDays + 1
      : 30 + settings.stoppedOralDays;
  const stoppedDaysAgo = variant === 'lost_to_follow_up' ? random.int(60, 150) : overdueAfter + random.int(1, 45);
  const lastDoseBy = b.daysAgo(stoppedDaysAgo);
  const startedOn = b.daysAgo(Math.min(335, stoppedDaysAgo + random.int(28, 200)));
  const enrolledOn = enrolBefore(b, startedOn);
  b.start(startedOn, formulation);

  let doses: ClinicalDate[];
  if (formulation === 'xr_injection') {
    doses = b.injectionsFrom(startedOn, lastDoseBy);
    const last = doses[doses.length - 1] ?? startedOn;
    b.missedDose(
      addDays(last, settings.injectionIntervalDays),
      formulation,
      'Did not come to the injection appointment',
    );
  } else {
    // Refills never early, so supply ends 30 days after the last one.
    doses = b.dispensesFrom(startedOn, lastDoseBy, () => 30 + random.int(0, 4));
  }
  const lastDose = doses[doses.length - 1] ?? startedOn;
  const comesUntil = addDays(lastDose, random.int(0, 14));

  const lost = variant === 'lost_to_follow_up';
  b.therapy({
    intakeOn: enrolledOn,
    comesUntil,
    // The team keeps booking an active patient; after weeks of no-shows it stops.
    bookedUntil: lost ? addDays(comesUntil, random.int(21, 35)) : bookedAhead(b),
    profile: 'fair',
  });
  const stopped = daysBetween(startedOn, comesUntil);
  b.monitor({
    from: enrolledOn,
    to: comesUntil,
    startedOn,
    cravings: easingCravings(b, startedOn, { floor: stopped > 90 ? random.int(6, 14) : random.int(10, 18) }),
  });
  return b.build(variant, lost ? 'lost_to_follow_up' : 'active', enrolledOn);
};
