import { addDays, daysBetween } from '@naltrack/domain';
import { CourseBuilder, type Trajectory } from '../course-builder.js';
import { bookedAhead, easingCravings, enrolBefore } from './trajectory-kit.js';

const VARIANTS = ['referred', 'inducting', 'reinduction'] as const;

/**
 * New to the programme: referred and assessed but not started, inducting with a start in the last
 * ten days, or back for a re-induction months after an earlier course lapsed.
 */
export const newStart: Trajectory = (ctx) => {
  const b = new CourseBuilder(ctx);
  const { random, today } = b;
  const variant = VARIANTS[ctx.ordinal % VARIANTS.length] ?? 'referred';
  const formulation = random.chance(b.hasOud ? 0.6 : 0.3) ? 'xr_injection' : 'oral';

  if (variant === 'referred') {
    const enrolledOn = b.daysAgo(random.int(0, 14));
    b.therapy({ intakeOn: enrolledOn, comesUntil: today, bookedUntil: bookedAhead(b), profile: 'good' });
    // Intake assessment only; pre-treatment drinking stays below "heavy", which would count as
    // a relapse for a patient without a start.
    b.monitor({ from: enrolledOn, to: enrolledOn, startedOn: null, cravings: () => random.int(6, 17) });
    return b.build(variant, 'referred', enrolledOn);
  }

  const startedOn = b.daysAgo(random.int(0, 10));
  let enrolledOn = enrolBefore(b, startedOn);
  if (variant === 'reinduction') {
    // The first course: some months of doses, then it lapsed; now the patient is back.
    const firstOn = b.daysAgo(random.int(250, 330));
    enrolledOn = enrolBefore(b, firstOn);
    const until = addDays(firstOn, random.int(60, 120));
    const first = random.chance(0.5) ? 'xr_injection' : 'oral';
    b.start(firstOn, first);
    if (first === 'xr_injection') b.injectionsFrom(firstOn, until);
    else b.dispensesFrom(firstOn, until, () => 30 + random.int(0, 5));
  }
  b.start(startedOn, formulation, variant === 'reinduction');
  if (formulation === 'xr_injection') b.inject(startedOn);
  else b.dispense(startedOn);

  b.therapy({ intakeOn: enrolledOn, comesUntil: today, bookedUntil: bookedAhead(b), profile: 'good' });
  const firstOn = b.starts[0]?.startedOn ?? startedOn;
  b.monitor({
    from: enrolledOn,
    to: b.daysAgo(random.int(0, Math.min(3, daysBetween(enrolledOn, today)))),
    startedOn: firstOn,
    cravings: easingCravings(b, firstOn),
  });
  return b.build(variant, 'inducting', enrolledOn);
};
