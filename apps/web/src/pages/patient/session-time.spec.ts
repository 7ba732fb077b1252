import { formatSessionTime, hasBegun, thisHourAtClinic, toInstantWithOffset } from './session-time';

describe('session times at the clinic', () => {
  it('adds the clinic zone’s offset on that date, across daylight saving', () => {
    expect(toInstantWithOffset('2026-11-30T15:00', 'America/New_York')).toBe('2026-11-30T15:00:00-05:00');
    expect(toInstantWithOffset('2026-07-01T15:00', 'America/New_York')).toBe('2026-07-01T15:00:00-04:00');
    expect(toInstantWithOffset('2026-07-01T09:30', 'Asia/Kolkata')).toBe('2026-07-01T09:30:00+05:30');
    expect(toInstantWithOffset('2026-07-01T09:30', 'UTC')).toBe('2026-07-01T09:30:00+00:00');
    // The first hour after the spring change: 03:00 is already daylight time.
    expect(toInstantWithOffset('2026-03-08T03:00', 'America/New_York')).toBe('2026-03-08T03:00:00-04:00');
  });

  it('sends anything else as typed, for the API to name', () => {
    expect(toInstantWithOffset('', 'America/New_York')).toBe('');
    expect(toInstantWithOffset('2026-11-30', 'America/New_York')).toBe('2026-11-30');
  });

  it('defaults to the clinic’s current hour and knows when a session has begun', () => {
    const now = new Date('2026-11-25T03:20:00Z');
    // Still the evening before in New York.
    expect(thisHourAtClinic('America/New_York', now)).toBe('2026-11-24T22:00');
    expect(hasBegun('2026-11-24T22:00', 'America/New_York', now)).toBe(true);
    expect(hasBegun('2026-11-24T23:00', 'America/New_York', now)).toBe(false);
    expect(hasBegun('not a time', 'America/New_York', now)).toBe(false);
  });

  it('shows a session on the clinic’s clock', () => {
    expect(formatSessionTime('2026-04-28T18:00:00Z', 'America/New_York')).toBe('Tue, Apr 28, 2026, 2:00 PM');
  });
});
