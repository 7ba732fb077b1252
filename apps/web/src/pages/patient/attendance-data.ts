import { attendanceRate, type ClinicalDate, isAttended, type SessionStatus } from '@naltrack/domain';

/** One month of therapy sessions with an outcome, by what happened. */
export interface AttendanceMonth {
  /** `YYYY-MM`. */
  month: string;
  attended: number;
  noShow: number;
  cancelledByPatient: number;
  cancelledByClinic: number;
  /** The domain's attendance rate for the month (0-1), null when no session counts. */
  rate: number | null;
}

const MONTHS_SHOWN = 12;

function monthsEndingWith(today: ClinicalDate, count: number): string[] {
  const [year = 0, month = 1] = today.split('-').map(Number);
  return Array.from({ length: count }, (_, i) => {
    const d = new Date(Date.UTC(year, month - 1 - (count - 1 - i), 1));
    return d.toISOString().slice(0, 7);
  });
}

/** The last twelve months of sessions (scheduled ones have no outcome yet and are left out). */
export function buildAttendanceMonths(
  sessions: readonly { scheduledOn: ClinicalDate; status: SessionStatus }[],
  today: ClinicalDate,
): AttendanceMonth[] {
  return monthsEndingWith(today, MONTHS_SHOWN).map((month) => {
    const inMonth = sessions.filter((s) => s.scheduledOn.startsWith(month) && s.status !== 'scheduled');
    const count = (status: SessionStatus) => inMonth.filter((s) => s.status === status).length;
    return {
      month,
      attended: inMonth.filter((s) => isAttended(s.status)).length,
      noShow: count('no_show'),
      cancelledByPatient: count('cancelled_by_patient'),
      cancelledByClinic: count('cancelled_by_clinic'),
      rate: attendanceRate(inMonth),
    };
  });
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** The chart in words, for screen readers and for anyone who prefers them. */
export function summarizeAttendance(months: readonly AttendanceMonth[]): string {
  const total = (key: 'attended' | 'noShow' | 'cancelledByPatient') => months.reduce((sum, m) => sum + m[key], 0);
  const sessions = months.reduce(
    (sum, m) => sum + m.attended + m.noShow + m.cancelledByPatient + m.cancelledByClinic,
    0,
  );
  if (sessions === 0) return 'No therapy sessions with an outcome in the last twelve months.';
  const latest = months.at(-1);
  const latestRate = latest?.rate == null ? 'no counted session' : `${Math.round(latest.rate * 100)}% attended`;
  return (
    `Last twelve months: ${plural(total('attended'), 'session', 'sessions')} attended, ` +
    `${plural(total('noShow'), 'no-show', 'no-shows')}, ${total('cancelledByPatient')} cancelled by the patient. ` +
    `This month: ${latestRate}.`
  );
}
