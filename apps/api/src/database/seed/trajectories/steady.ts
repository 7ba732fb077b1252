import { daysBetween } from '@naltrack/domain';
import { CourseBuilder, type Trajectory } from '../course-builder.js';
import type { DemoCourse } from '../demo-types.js';
import { bookedAhead, easingCravings, enrolBefore, lowCravingCap } from './trajectory-kit.js';

/**
 * On naltrexone and doing well: doses on time, good attendance, low cravings, no recent use.
 * Three in five have been on it more than 180 days and meet the discontinuation readiness items.
 */
function steady(b: CourseBuilder, formulation: 'xr_injection' | 'oral'): DemoCourse {
  const { random, today } = b;
  const stable = b.ctx.ordinal % 5 < 3;
  const startedOn = b.daysAgo(stable ? random.int(190, 335) : random.int(35, 175));
  const enrolledOn = enrolBefore(b, startedOn);
  b.start(startedOn, formulation);
  if (formulation === 'xr_injection') b.injectionsFrom(startedOn, today);
  // Refills come a few days early or just in time: supply never runs out.
  else b.dispensesFrom(startedOn, today, () => 30 + random.int(-4, 1));

  b.therapy({
    intakeOn: enrolledOn,
    comesUntil: today,
    bookedUntil: bookedAhead(b),
    profile: 'good',
    lastOutcomes: ['attended'],
  });
  b.monitor({
    from: enrolledOn,
    to: b.daysAgo(random.int(0, 6)),
    startedOn,
    cravings: easingCravings(b, startedOn, { cap: lowCravingCap(b) }),
  });
  // An early single use is a lapse, not a relapse; it shows in the record but flags nothing now.
  const days = daysBetween(startedOn, today);
  if (b.hasOud && stable && random.chance(0.25)) {
    const lapseOn = b.daysAgo(random.int(40, days - 30));
    b.screen(lapseOn, [random.pick(['opioids', 'fentanyl'] as const)]);
    b.reportedUse(lapseOn, 'opioids');
  }
  const tapering = stable && days > 270 && b.ctx.ordinal % 2 === 0;
  return b.build(stable ? 'stable' : 'recent', tapering ? 'tapering' : 'active', enrolledOn);
}

export const steadyXr: Trajectory = (ctx) => steady(new CourseBuilder(ctx), 'xr_injection');

export const steadyOral: Trajectory = (ctx) => steady(new CourseBuilder(ctx), 'oral');
