/**
 * Clinical days are calendar dates in the clinic's time zone, written `YYYY-MM-DD`.
 * They are handled as whole UTC days so that daylight-saving changes never add or lose a day.
 */
export type ClinicalDate = string;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MS_PER_DAY = 86_400_000;

export function isClinicalDate(value: string): value is ClinicalDate {
  const match = ISO_DATE.exec(value);
  if (!match) return false;
  const [, y, m, d] = match.map(Number) as [number, number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

function toEpochDay(date: ClinicalDate): number {
  if (!isClinicalDate(date)) throw new RangeError(`Not a clinical date: ${date}`);
  return Date.parse(`${date}T00:00:00Z`) / MS_PER_DAY;
}

function fromEpochDay(day: number): ClinicalDate {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

export function addDays(date: ClinicalDate, days: number): ClinicalDate {
  return fromEpochDay(toEpochDay(date) + days);
}

/** Whole days from `from` to `to`; negative when `to` is earlier. */
export function daysBetween(from: ClinicalDate, to: ClinicalDate): number {
  return toEpochDay(to) - toEpochDay(from);
}

// Making a formatter costs far more than formatting with it, and every caseload rebuild asks.
const formatters = new Map<string, Intl.DateTimeFormat>();

/** The calendar date of an instant as seen in an IANA time zone (the clinic's). */
export function clinicalDateOf(instant: Date, timeZone: string): ClinicalDate {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    // en-CA formats as YYYY-MM-DD.
    formatter = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
    formatters.set(timeZone, formatter);
  }
  return formatter.format(instant);
}

/** Age in completed years on a given day. */
export function ageOn(birthDate: ClinicalDate, on: ClinicalDate): number {
  const [by, bm, bd] = birthDate.split('-').map(Number) as [number, number, number];
  const [y, m, d] = on.split('-').map(Number) as [number, number, number];
  return y - by - (m < bm || (m === bm && d < bd) ? 1 : 0);
}
