import { ClinicalClock } from './clinical-clock.js';

describe('ClinicalClock', () => {
  it('counts the day in the clinic zone at the instant CLINICAL_NOW holds', () => {
    // 23:30 on New Year's Eve in New York is already 1 January in UTC.
    const clock = new ClinicalClock({
      clinicalNow: new Date('2027-01-01T04:30:00Z'),
      clinicTimeZone: 'America/New_York',
    });
    expect(clock.today()).toBe('2026-12-31');
    expect(clock.now().toISOString()).toBe('2027-01-01T04:30:00.000Z');
  });

  it('follows the real time when nothing holds it', () => {
    const clock = new ClinicalClock({ clinicalNow: null, clinicTimeZone: 'UTC' });
    const before = Date.now();
    const now = clock.now().getTime();
    expect(now).toBeGreaterThanOrEqual(before);
    expect(now).toBeLessThanOrEqual(Date.now());
  });

  it('hands out copies: a caller cannot move the held clock', () => {
    const clock = new ClinicalClock({
      clinicalNow: new Date('2028-02-29T17:00:00Z'),
      clinicTimeZone: 'America/New_York',
    });
    clock.now().setFullYear(2000);
    expect(clock.today()).toBe('2028-02-29');
  });
});
