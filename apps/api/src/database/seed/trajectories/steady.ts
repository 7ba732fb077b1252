import { addDays, type ClinicalDate, type Diagnosis, daysBetween } from '@naltrack/domain';
import { CourseBuilder, type Trajectory } from '../course-builder.js';
import type { DemoCourse } from '../demo-types.js';
import { bookedAhead, easingCravings, enrolBefore, lowCravingCap, screenDayOnOrAfter } from './trajectory-kit.js';

/** Every twentieth steady patient tells the story for certain: OUD, relapsing during the taper. */
const opioidRelapseInTaper = (ordinal: number) => ordinal % 20 === 0;

export function steadyDiagnoses(ordinal: number): Diagnosis[] | null {
  return opioidRelapseInTaper(ordinal) ? ['OUD'] : null;
}

/**
 * On naltrexone and doing well: doses on time, good attendance, low cravings, no recent use.
 * Three in five have been on it more than 180 days and meet the discontinuation readiness items.
 * Some of those are tapering under an approved request that began one to three weeks ago. Every
 * other one of them relapsed during it instead (the taper began six to eight weeks ago): opioid
 * screens positive every week from a few days into the taper to this week (OUD), or a heavy
 * drinking day the team recorded (AUD).
 */
function steady(b: CourseBuilder, formulation: 'xr_injection' | 'oral'): DemoCourse {
  const { random, today } = b;
  const { ordinal } = b.ctx;
  const stable = ordinal % 5 < 3;
  // Long enough on naltrexone to be tapering, whatever the draw.
  const earliest = opioidRelapseInTaper(ordinal) ? 280 : 190;
  const startedOn = b.daysAgo(stable ? random.int(earliest, 335) : random.int(35, 175));
  const enrolledOn = enrolBefore(b, startedOn);
  const days = daysBetween(startedOn, today);
  const tapering = stable && days > 270 && ordinal % 2 === 0;
  // Tapering patients all have even ordinals: alternate among them.
  const relapsing = tapering && Math.floor(ordinal / 2) % 2 === 0;
  if (tapering) b.taperStartedOn = addDays(today, -((relapsing ? 40 : 7) + (ordinal % 14)));
  // The first day of use: a routine screen day a few days into the taper.
  const onset = b.taperStartedOn && relapsing ? screenDayOnOrAfter(enrolledOn, addDays(b.taperStartedOn, 3)) : null;
  const opioidRelapse = onset !== null && b.hasOud;

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
  const substance = opioidRelapse ? random.pick(['opioids', 'fentanyl'] as const) : null;
  b.monitor({
    from: enrolledOn,
    to: b.daysAgo(random.int(0, 6)),
    startedOn,
    cravings: easingCravings(b, startedOn, { cap: lowCravingCap(b) }),
    positives: (day) => (substance !== null && onset !== null && day >= onset ? [substance] : []),
  });
  // An early single use is a lapse, not a relapse; it shows in the record but flags nothing now.
  if (b.hasOud && stable && random.chance(0.25) && !relapsing) {
    const lapseOn = b.daysAgo(random.int(40, days - 30));
    b.screen(lapseOn, [random.pick(['opioids', 'fentanyl'] as const)]);
    b.reportedUse(lapseOn, 'opioids');
  }
  if (onset !== null) relapseDuringTaper(b, onset, substance);
  const variant = relapsing ? 'relapse_during_taper' : stable ? 'stable' : 'recent';
  return b.build(variant, tapering ? 'tapering' : 'active', enrolledOn);
}

/**
 * OUD: the team screens weekly once use is reported, and every screen from the onset to this week
 * is positive, an ongoing relapse by X:BOT's four weeks. AUD: a heavy drinking day the team recorded.
 */
function relapseDuringTaper(b: CourseBuilder, onset: ClinicalDate, opioid: 'opioids' | 'fentanyl' | null): void {
  if (opioid !== null) {
    for (let day = onset; day <= b.today; day = addDays(day, 7)) b.screen(day, [opioid]);
    b.reportedUse(onset, 'opioids');
    return;
  }
  b.drinks(onset, b.heavyDrinks + b.random.int(0, 4));
  b.reportedUse(onset, 'alcohol');
  b.recordRelapse(onset, 'alcohol', 'Reported heavy drinking during the taper.');
}

export const steadyXr: Trajectory = (ctx) => steady(new CourseBuilder(ctx), 'xr_injection');

export const steadyOral: Trajectory = (ctx) => steady(new CourseBuilder(ctx), 'oral');
