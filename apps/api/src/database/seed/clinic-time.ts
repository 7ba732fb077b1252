import { addDays, type ClinicalDate, daysBetween } from '@naltrack/domain';

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/** How far the zone's wall clock is ahead of UTC at an instant, in milliseconds. */
function zoneOffsetMs(instantMs: number, timeZone: string): number {
  const parts: Record<string, number> = {};
  for (const part of formatterFor(timeZone).formatToParts(instantMs)) {
    if (part.type !== 'literal') parts[part.type] = Number(part.value);
  }
  const wall = Date.UTC(
    parts.year ?? 0,
    (parts.month ?? 1) - 1,
    parts.day ?? 1,
    parts.hour ?? 0,
    parts.minute ?? 0,
    parts.second ?? 0,
  );
  return wall - Math.floor(instantMs / 1000) * 1000;
}

const noonOffsets = new Map<string, number>();

/**
 * The instant a wall-clock time on a clinic day happens in the clinic's zone, as ISO 8601.
 * Daylight-saving changes happen at night, so the zone's offset at noon holds through business
 * hours; it is computed once per day and zone.
 */
export function clinicInstant(day: ClinicalDate, minutesAfterMidnight: number, timeZone: string): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const key = `${timeZone} ${day}`;
  let offset = noonOffsets.get(key);
  if (offset === undefined) {
    const noon = Date.UTC(y, m - 1, d, 12);
    offset = zoneOffsetMs(noon - zoneOffsetMs(noon, timeZone), timeZone);
    noonOffsets.set(key, offset);
  }
  return new Date(Date.UTC(y, m - 1, d, 0, minutesAfterMidnight) - offset).toISOString();
}

/** 0 = Sunday ... 6 = Saturday, like Date#getUTCDay. */
export function weekdayOf(day: ClinicalDate): number {
  return new Date(`${day}T00:00:00Z`).getUTCDay();
}

/** The first day on or after `day` that falls on `weekday`. */
export function nextWeekday(day: ClinicalDate, weekday: number): ClinicalDate {
  return addDays(day, (weekday - weekdayOf(day) + 7) % 7);
}

/** Moves a Saturday to the Friday before and a Sunday to the Monday after: the clinic is closed. */
export function onBusinessDay(day: ClinicalDate): ClinicalDate {
  const weekday = weekdayOf(day);
  return weekday === 6 ? addDays(day, -1) : weekday === 0 ? addDays(day, 1) : day;
}

/** Days every `step` days from `from` through `to`. */
export function everyNDays(from: ClinicalDate, to: ClinicalDate, step: number): ClinicalDate[] {
  const days: ClinicalDate[] = [];
  for (let offset = 0; offset <= daysBetween(from, to); offset += step) days.push(addDays(from, offset));
  return days;
}
