import { addDays, type Diagnosis, daysBetween } from '@naltrack/domain';
import { CourseBuilder, type Trajectory } from '../course-builder.js';
import { bookedAhead, easingCravings, enrolBefore } from './trajectory-kit.js';

const VARIANTS = ['referred', 'inducting', 'reinduction', 'not_started', 'referred_on_methadone'] as const;

const variantOf = (ordinal: number) => VARIANTS[ordinal % VARIANTS.length] ?? 'referred';

/**
 * The patient referred while on methadone maintenance is referred for alcohol: the methadone clinic
 * treats the opioid use disorder. Other new patients keep the diagnoses the cohort drew.
 */
export function newStartDiagnoses(ordinal: number): Diagnosis[] | null {
  return variantOf(ordinal) === 'referred_on_methadone' ? ['AUD'] : null;
}

/**
 * New to the programme: referred and assessed but not started, inducting with a start in the last
 * ten days, back for a re-induction months after an earlier course lapsed, started 8-10 days ago
 * with no tablets collected or injection given since, or referred for alcohol while taking
 * methadone daily (self-reported, and positive on the intake screen), so a start today is refused.
 */
export const newStart: Trajectory = (ctx) => {
  const b = new CourseBuilder(ctx);
  const { random, today } = b;
  const variant = variantOf(ctx.ordinal);
  const formulation = random.chance(b.hasOud ? 0.6 : 0.3) ? 'xr_injection' : 'oral';

  if (variant === 'referred' || variant === 'referred_on_methadone') {
    const onMethadone = variant === 'referred_on_methadone';
    const enrolledOn = b.daysAgo(onMethadone ? random.int(3, 6) : random.int(0, 14));
    b.therapy({ intakeOn: enrolledOn, comesUntil: today, bookedUntil: bookedAhead(b), profile: 'good' });
    // Intake assessment only; pre-treatment drinking stays below "heavy", which would count as
    // a relapse for a patient without a start.
    b.monitor({
      from: enrolledOn,
      to: enrolledOn,
      startedOn: null,
      cravings: () => random.int(6, 17),
      positives: () => (onMethadone ? ['methadone'] : []),
    });
    if (onMethadone) {
      b.reportedUse(enrolledOn, 'methadone');
      b.reportedUse(b.daysAgo(random.int(0, 2)), 'methadone');
    }
    return b.build(variant, 'referred', enrolledOn);
  }

  const notStarted = variant === 'not_started';
  const startedOn = b.daysAgo(notStarted ? random.int(8, 10) : random.int(0, 10));
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
  if (notStarted) {
    b.missedDose(
      addDays(startedOn, 2),
      formulation,
      formulation === 'xr_injection'
        ? 'Did not come for the first injection'
        : 'Has not collected the tablets from the pharmacy',
    );
  } else if (formulation === 'xr_injection') b.inject(startedOn);
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
