import { addDays, type ClinicalDate, type SessionStatus, type SessionType } from '@naltrack/domain';
import { clinicInstant, nextWeekday } from './clinic-time.js';
import type { DemoSession } from './demo-types.js';
import type { SeededRandom } from './seeded-random.js';

/** How reliably a patient comes while still engaged. */
export type AttendanceProfile = 'good' | 'fair' | 'poor';

export interface SessionPlan {
  /** Intake day; weekly sessions follow from the next week. */
  intakeOn: ClinicalDate;
  /** Last day the patient turns up; sessions booked after it are no-shows. */
  comesUntil: ClinicalDate;
  /** The clinic books sessions until this day (after today: future sessions are 'scheduled'). */
  bookedUntil: ClinicalDate;
  profile: AttendanceProfile;
  /** Forced outcomes of the most recent past sessions, oldest first (e.g. two no-shows). */
  lastOutcomes?: SessionStatus[];
}

export interface SessionContext {
  random: SeededRandom;
  today: ClinicalDate;
  timeZone: string;
  therapist: string;
  intakeClinician: string;
}

const SLOTS = [9 * 60, 10 * 60, 11 * 60, 13 * 60, 14 * 60, 15 * 60, 16 * 60] as const;
const GROUP_SLOTS = [12 * 60, 16 * 60 + 30] as const;
const MODALITIES = ['CBT', 'motivational interviewing', 'relapse prevention', 'contingency management'] as const;
const GROUP_MODALITIES = ['relapse prevention group', 'mutual help facilitation', 'skills group'] as const;

// Chance of a missed session (no-show or late cancel) while engaged; "good" patients also keep at
// least five in a row between misses, so their 90-day attendance stays >= 75% (readiness).
const MISS_CHANCE: Record<AttendanceProfile, number> = { good: 0.1, fair: 0.2, poor: 0.4 };
const MIN_ATTENDED_BETWEEN_MISSES: Record<AttendanceProfile, number> = { good: 5, fair: 1, poor: 0 };

/**
 * Weekly individual therapy (plus a weekly group for about a third of patients) from intake until
 * the clinic stops booking, at a fixed weekday and business-hours slot in the clinic's zone.
 * Sessions from today on are still 'scheduled': their outcome is not known yet.
 */
export function planSessions(ctx: SessionContext, plan: SessionPlan): DemoSession[] {
  const { random, today, timeZone } = ctx;
  const drafts: Omit<DemoSession, 'status'>[] = [];
  const add = (day: ClinicalDate, minutes: number, type: SessionType, modality: string | null, clinician: string) =>
    drafts.push({ scheduledAt: clinicInstant(day, minutes, timeZone), scheduledOn: day, type, modality, clinician });

  add(plan.intakeOn, random.pick([10 * 60, 11 * 60]), 'intake', null, ctx.intakeClinician);
  const modality = random.pick(MODALITIES);
  const slot = random.pick(SLOTS);
  for (let day = nextWeekday(addDays(plan.intakeOn, 3), random.int(1, 5)); day <= plan.bookedUntil; ) {
    add(day, slot, 'individual', modality, ctx.therapist);
    day = addDays(day, 7);
  }
  if (random.chance(0.35)) {
    const groupModality = random.pick(GROUP_MODALITIES);
    const groupSlot = random.pick(GROUP_SLOTS);
    for (let day = nextWeekday(addDays(plan.intakeOn, 7), random.int(1, 5)); day <= plan.bookedUntil; ) {
      add(day, groupSlot, 'group', groupModality, ctx.therapist);
      day = addDays(day, 7);
    }
  }
  drafts.sort((a, b) => (a.scheduledAt < b.scheduledAt ? -1 : a.scheduledAt > b.scheduledAt ? 1 : 0));

  let attendedInARow = Number.POSITIVE_INFINITY;
  const sessions = drafts.map((draft): DemoSession => {
    if (draft.scheduledOn >= today) return { ...draft, status: 'scheduled' };
    if (draft.type === 'intake') return { ...draft, status: 'attended' };
    if (draft.scheduledOn > plan.comesUntil) return { ...draft, status: 'no_show' };
    const status = engagedOutcome(random, plan.profile, attendedInARow);
    if (status === 'attended' || status === 'late') attendedInARow++;
    else if (status !== 'cancelled_by_clinic') attendedInARow = 0;
    return { ...draft, status };
  });

  const forced = plan.lastOutcomes ?? [];
  const past = sessions.filter((s) => s.scheduledOn < today && s.type !== 'intake');
  forced.forEach((status, i) => {
    const session = past[past.length - forced.length + i];
    if (session) session.status = status;
  });
  return sessions;
}

function engagedOutcome(random: SeededRandom, profile: AttendanceProfile, attendedInARow: number): SessionStatus {
  const roll = random.next();
  if (roll < 0.03) return 'cancelled_by_clinic';
  const mayMiss = attendedInARow >= MIN_ATTENDED_BETWEEN_MISSES[profile];
  if (mayMiss && roll < 0.03 + MISS_CHANCE[profile]) return random.chance(0.6) ? 'no_show' : 'cancelled_by_patient';
  return random.chance(profile === 'good' ? 0.06 : 0.12) ? 'late' : 'attended';
}
