import { addDays } from '@naltrack/domain';
import { CourseBuilder, type Trajectory } from '../course-builder.js';
import { easingCravings, enrolBefore, lowCravingCap } from './trajectory-kit.js';

/**
 * Discontinued: a course of three months or more that ended months ago (a completed taper or a
 * team decision), with therapy ending a few weeks after the last dose.
 */
export const discontinued: Trajectory = (ctx) => {
  const b = new CourseBuilder(ctx);
  const { random } = b;
  const lastDoseBy = b.daysAgo(random.int(60, 150));
  const startedOn = b.daysAgo(random.int(210, 335));
  const enrolledOn = enrolBefore(b, startedOn);
  const formulation = random.chance(0.5) ? 'xr_injection' : 'oral';
  b.start(startedOn, formulation);
  const doses =
    formulation === 'xr_injection'
      ? b.injectionsFrom(startedOn, lastDoseBy)
      : b.dispensesFrom(startedOn, lastDoseBy, () => 30 + random.int(-2, 2));
  const lastDose = doses[doses.length - 1] ?? startedOn;
  const endedOn = addDays(lastDose, random.int(7, 28));

  b.therapy({ intakeOn: enrolledOn, comesUntil: endedOn, bookedUntil: endedOn, profile: 'good' });
  b.monitor({
    from: enrolledOn,
    to: endedOn,
    startedOn,
    cravings: easingCravings(b, startedOn, { cap: lowCravingCap(b) }),
  });
  return b.build('discontinued', 'discontinued', enrolledOn);
};
