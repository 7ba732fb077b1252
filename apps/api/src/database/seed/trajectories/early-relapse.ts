import { addDays, type ClinicalDate, daysBetween } from '@naltrack/domain';
import { onBusinessDay } from '../clinic-time.js';
import { CourseBuilder, type Trajectory } from '../course-builder.js';
import type { DemoCourse } from '../demo-types.js';
import { bookedAhead, easingCravings, enrolBefore, highCraving, screenDayOnOrAfter } from './trajectory-kit.js';

/**
 * Relapse within 12 weeks of the start. OUD: an XR start in the last four months, a missed third
 * injection, then four weekly positive opioid screens (X:BOT). AUD: a heavy drinking day.
 */
export const earlyRelapse: Trajectory = (ctx) => {
  const b = new CourseBuilder(ctx);
  return b.hasOud ? opioidRelapse(b) : heavyDrinking(b);
};

function opioidRelapse(b: CourseBuilder): DemoCourse {
  const { random, today } = b;
  const daysAgo = random.int(95, 125);
  const startedOn = b.daysAgo(daysAgo);
  const enrolledOn = enrolBefore(b, startedOn);
  b.start(startedOn, 'xr_injection');
  b.inject(startedOn);
  const second = onBusinessDay(addDays(startedOn, b.settings.injectionIntervalDays + random.int(0, 3)));
  b.inject(second);
  b.missedDose(
    onBusinessDay(addDays(second, b.settings.injectionIntervalDays)),
    'xr_injection',
    'Did not come to the injection appointment',
  );

  // Onset is a routine (weekly) screen day 7-11 weeks in, so 4 weekly positives end before today.
  const onset = screenDayOnOrAfter(enrolledOn, addDays(startedOn, random.int(49, Math.min(70, daysAgo - 35))));
  const stillUsing = b.ctx.ordinal % 2 === 1;
  const useEnds: ClinicalDate = stillUsing ? addDays(today, 1) : addDays(onset, 28 + random.int(0, 6));
  if (!stillUsing) b.injectionsFrom(onBusinessDay(addDays(onset, random.int(21, 30))), today);

  const easing = easingCravings(b, startedOn);
  const using = (day: ClinicalDate) => day >= onset && day < useEnds;
  b.therapy({
    intakeOn: enrolledOn,
    comesUntil: today,
    bookedUntil: bookedAhead(b),
    profile: stillUsing ? 'poor' : 'fair',
    lastOutcomes: stillUsing && b.ctx.ordinal % 4 === 1 ? ['no_show', 'no_show'] : undefined,
  });
  b.monitor({
    from: enrolledOn,
    to: b.daysAgo(random.int(0, 3)),
    startedOn,
    cravings: (day) => (day >= addDays(onset, -7) && day < useEnds ? highCraving(b) : easing(day)),
    positives: (day) => (using(day) ? [random.pick(['opioids', 'fentanyl'] as const)] : []),
  });
  b.reportedUse(onset, 'opioids');
  if (b.ctx.ordinal % 3 === 0)
    b.recordRelapse(onset, 'opioids', 'Four weeks of positive screens; reviewed by the team');
  return b.build(stillUsing ? 'opioids_still_using' : 'opioids_re_engaged', 'active', enrolledOn);
}

function heavyDrinking(b: CourseBuilder): DemoCourse {
  const { random, today } = b;
  const daysAgo = random.int(30, 120);
  const startedOn = b.daysAgo(daysAgo);
  const enrolledOn = enrolBefore(b, startedOn);
  const formulation = b.ctx.ordinal % 2 === 0 ? 'xr_injection' : 'oral';
  b.start(startedOn, formulation);
  // Doses come, if sometimes late, around the slip.
  if (formulation === 'xr_injection') b.injectionsFrom(startedOn, today, [0, 6]);
  else b.dispensesFrom(startedOn, today, () => 30 + random.int(0, 6));

  // Drinks are asked weekly from intake; the heavy day is one of those days, 10-76 days in.
  const heavyOn = screenDayOnOrAfter(enrolledOn, addDays(startedOn, random.int(10, Math.min(70, daysAgo - 10))));
  b.therapy({ intakeOn: enrolledOn, comesUntil: today, bookedUntil: bookedAhead(b), profile: 'fair' });
  const easing = easingCravings(b, startedOn);
  b.monitor({
    from: enrolledOn,
    to: b.daysAgo(random.int(0, 2)),
    startedOn,
    cravings: (day) => (Math.abs(daysBetween(heavyOn, day)) <= 10 ? highCraving(b) : easing(day)),
  });
  b.drinks(heavyOn, b.heavyDrinks + random.int(0, 4));
  b.reportedUse(heavyOn, 'alcohol');
  if (b.ctx.ordinal % 2 === 0) b.recordRelapse(heavyOn, 'alcohol', 'Heavy drinking day reported at session');
  return b.build('heavy_drinking', 'active', enrolledOn);
}
