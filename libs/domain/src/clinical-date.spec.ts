import { addDays, ageOn, clinicalDateOf, daysBetween, isClinicalDate } from './clinical-date.js';

describe('clinical dates', () => {
  it('accepts real calendar dates only', () => {
    expect(isClinicalDate('2024-02-29')).toBe(true);
    expect(isClinicalDate('2023-02-29')).toBe(false);
    expect(isClinicalDate('2024-13-01')).toBe(false);
    expect(isClinicalDate('2024-1-01')).toBe(false);
    expect(isClinicalDate('not a date')).toBe(false);
  });

  it('adds days across month, year and daylight-saving boundaries', () => {
    expect(addDays('2024-01-31', 1)).toBe('2024-02-01');
    expect(addDays('2024-12-31', 1)).toBe('2025-01-01');
    expect(addDays('2024-03-09', 28)).toBe('2024-04-06');
    expect(addDays('2024-03-01', -1)).toBe('2024-02-29');
  });

  it('counts whole days between dates', () => {
    expect(daysBetween('2024-01-01', '2024-12-31')).toBe(365);
    expect(daysBetween('2024-03-10', '2024-03-01')).toBe(-9);
  });

  it('agrees with the UTC calendar on every day of five centuries', () => {
    const MS_PER_DAY = 86_400_000;
    const first = Date.UTC(1800, 0, 1) / MS_PER_DAY;
    const last = Date.UTC(2300, 0, 1) / MS_PER_DAY;
    const wrong: string[] = [];
    for (let day = first; day < last; day++) {
      const iso = new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
      if (addDays('1970-01-01', day) !== iso || daysBetween('1970-01-01', iso) !== day || !isClinicalDate(iso)) {
        wrong.push(iso);
      }
    }
    expect(wrong).toEqual([]);
    expect(['1900-02-29', '2100-02-29', '2026-04-31', '2026-00-10', '2026-12-06 '].filter(isClinicalDate)).toEqual([]);
    expect(['2000-02-29', '2400-02-29'].every(isClinicalDate)).toBe(true);
  });

  it('refuses malformed dates rather than guessing', () => {
    expect(() => addDays('2024-02-30', 1)).toThrow(RangeError);
  });

  it('reads the calendar day of an instant in the clinic time zone', () => {
    const lateEvening = new Date('2024-06-01T03:30:00Z');
    expect(clinicalDateOf(lateEvening, 'America/New_York')).toBe('2024-05-31');
    expect(clinicalDateOf(lateEvening, 'Europe/Berlin')).toBe('2024-06-01');
  });

  it('computes age in completed years', () => {
    expect(ageOn('1990-06-15', '2024-06-14')).toBe(33);
    expect(ageOn('1990-06-15', '2024-06-15')).toBe(34);
  });
});
