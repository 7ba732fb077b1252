/**
 * Session times are wall-clock times at the clinic: a `datetime-local` value is read in the
 * clinic's time zone (the one its clinical days are counted in), whatever zone the device is in.
 */

const pad = (n: number) => String(Math.abs(n)).padStart(2, '0');
const LOCAL_PATTERN = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;

/** The zone's wall clock at an instant, as the fields of a `datetime-local` value. */
function wallClockAt(instant: Date, timeZone: string) {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
  }).formatToParts(instant);
  const field = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((part) => part.type === type)?.value);
  return {
    year: field('year'),
    month: field('month'),
    day: field('day'),
    hour: field('hour'),
    minute: field('minute'),
  };
}

/** Minutes the zone is ahead of UTC at an instant (negative west of Greenwich). */
function offsetMinutesAt(instantMs: number, timeZone: string): number {
  const wall = wallClockAt(new Date(instantMs), timeZone);
  const wallAsUtc = Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute);
  return Math.round((wallAsUtc - Math.floor(instantMs / 60_000) * 60_000) / 60_000);
}

/**
 * A `datetime-local` value (`2026-11-30T15:00`) as the instant the API needs: that wall time in the
 * clinic's zone with its UTC offset on that date (`2026-11-30T15:00:00-05:00`). A value that is not
 * a date and time is sent as typed, and the API names the field.
 */
export function toInstantWithOffset(local: string, timeZone: string): string {
  const match = LOCAL_PATTERN.exec(local);
  if (!match) return local;
  const [, year, month, day, hour, minute] = match.map(Number) as number[];
  const wallAsUtc = Date.UTC(year ?? 0, (month ?? 1) - 1, day ?? 1, hour ?? 0, minute ?? 0);
  if (Number.isNaN(wallAsUtc)) return local;
  // The offset at the wall time itself, found in two steps so a daylight-saving change is respected.
  const guess = offsetMinutesAt(wallAsUtc, timeZone);
  const offset = offsetMinutesAt(wallAsUtc - guess * 60_000, timeZone);
  const sign = offset < 0 ? '-' : '+';
  return `${local}:00${sign}${pad(Math.trunc(offset / 60))}:${pad(offset % 60)}`;
}

/** The current hour at the clinic, as a `datetime-local` value: a sensible default for a session. */
export function thisHourAtClinic(timeZone: string, now: Date = new Date()): string {
  const wall = wallClockAt(now, timeZone);
  return `${wall.year}-${pad(wall.month)}-${pad(wall.day)}T${pad(wall.hour)}:00`;
}

/** Whether the entered time has come: only then can a session have been held. */
export function hasBegun(local: string, timeZone: string, now: Date = new Date()): boolean {
  const at = Date.parse(toInstantWithOffset(local, timeZone));
  return !Number.isNaN(at) && at <= now.getTime();
}

/** A session's time on the clinic's clock, e.g. "Tue, Apr 28, 2026, 2:00 PM". */
export function formatSessionTime(instant: string, timeZone: string): string {
  return new Intl.DateTimeFormat('en-US', {
    timeZone,
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: 'numeric',
    minute: '2-digit',
  }).format(new Date(instant));
}
