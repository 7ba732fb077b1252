import { caseloadPdcWindow } from './pdc-window.js';

describe('caseloadPdcWindow', () => {
  const today = '2026-07-01';

  it('is the last 90 days, today included, without a start or with a start before them', () => {
    const last90 = { from: '2026-04-03', to: today, days: 90, sinceStart: false };
    expect(caseloadPdcWindow(today, null, 90)).toEqual(last90);
    expect(caseloadPdcWindow(today, '2026-01-15', 90)).toEqual(last90);
    // A start on the window's first day leaves the window whole.
    expect(caseloadPdcWindow(today, '2026-04-03', 90)).toEqual(last90);
  });

  it('starts at the current start when that falls inside the window', () => {
    expect(caseloadPdcWindow(today, '2026-04-04', 90)).toEqual({
      from: '2026-04-04',
      to: today,
      days: 89,
      sinceStart: true,
    });
    expect(caseloadPdcWindow(today, '2026-06-12', 90)).toEqual({
      from: '2026-06-12',
      to: today,
      days: 20,
      sinceStart: true,
    });
    expect(caseloadPdcWindow(today, today, 30)).toEqual({ from: today, to: today, days: 1, sinceStart: true });
  });

  it('has no window for a start after today', () => {
    expect(caseloadPdcWindow(today, '2026-07-02', 90)).toBeNull();
  });
});
