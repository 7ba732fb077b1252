import { addDays, daysBetween } from '@naltrack/domain';
import { CourseBuilder, type Trajectory } from '../course-builder.js';
import { bookedAhead, easingCravings, enrolBefore, lowCravingCap } from './trajectory-kit.js';

/**
 * Oral naltrexone with falling adherence: each 30-day refill comes later than the one before,
 * leaving gaps of a week and more, so PDC over 90 days drops below 80%.
 */
export const fallingOral: Trajectory = (ctx) => {
  const b = new CourseBuilder(ctx);
  const { random, today } = b;
  const startedOn = b.daysAgo(random.int(150, 320));
  const enrolledOn = enrolBefore(b, startedOn);
  b.start(startedOn, 'oral');
  // Refill k is 3k-3k+4 days late (capped at four weeks): on time at first, then drifting.
  const dispensed = b.dispensesFrom(startedOn, today, (k) => 30 + Math.min(28, 3 * (k + 1) + random.int(0, 4)));

  let variant = 'drifting';
  if (ctx.ordinal % 3 === 1) {
    // The patient says so when asked about the gaps.
    variant = 'reports_missed_doses';
    for (const day of dispensed.slice(-2)) {
      b.missedDose(addDays(day, -random.int(2, 6)), 'oral', 'Ran out of tablets before the refill');
    }
  }

  b.therapy({ intakeOn: enrolledOn, comesUntil: today, bookedUntil: bookedAhead(b), profile: 'fair' });
  const heavyOn =
    ctx.ordinal % 3 === 0 && b.hasAud ? b.daysAgo(random.int(30, daysBetween(startedOn, today) - 100)) : null;
  b.monitor({
    from: enrolledOn,
    to: b.daysAgo(random.int(0, 6)),
    startedOn,
    cravings: easingCravings(b, startedOn, { floor: random.int(7, 11), cap: lowCravingCap(b) }),
  });
  if (heavyOn) {
    // A heavy drinking day well after the first 12 weeks: a relapse, but not an early one.
    variant = 'late_heavy_drinking';
    b.drinks(heavyOn, b.heavyDrinks + random.int(0, 3));
  }
  return b.build(variant, 'active', enrolledOn);
};
