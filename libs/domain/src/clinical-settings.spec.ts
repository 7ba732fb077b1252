import { DEFAULT_CLINICAL_SETTINGS, resolveSettings } from './clinical-settings.js';

describe('clinical settings', () => {
  it('has the defaults from the design', () => {
    expect(DEFAULT_CLINICAL_SETTINGS).toMatchObject({
      xrInjectionCoverageDays: 28,
      hedisXrInjectionCoverageDays: 31,
      gapMinDays: 8,
      adherentPdc: 0.8,
      earlyRelapseDays: 84,
      heavyDrinkingDrinksMale: 5,
      heavyDrinkingDrinksFemale: 4,
      maxDaysSupply: 365,
      opioidFreeDays: 7,
      opioidFreeDaysAfterAgonist: 14,
      screeningExpectedWeeks: 24,
      relapseEndOpioidDays: 14,
      relapseEndAlcoholDays: 14,
      earlyRelapseFlagDays: 90,
      notStartedDays: 7,
      readiness: { minDaysOnNaltrexone: 180, relapseFreeDays: 90, minPdc: 0.8, minAttendance: 0.75, windowDays: 90 },
    });
  });

  it('cannot be changed by accident', () => {
    expect(Object.isFrozen(DEFAULT_CLINICAL_SETTINGS)).toBe(true);
    expect(Object.isFrozen(DEFAULT_CLINICAL_SETTINGS.readiness)).toBe(true);
  });

  it('lays overrides over the defaults, nested ones too', () => {
    const settings = resolveSettings({ gapMinDays: 10, readiness: { minPdc: 0.9 } });
    expect(settings.gapMinDays).toBe(10);
    expect(settings.readiness.minPdc).toBe(0.9);
    expect(settings.readiness.windowDays).toBe(90);
    expect(settings.xrInjectionCoverageDays).toBe(28);
    expect(DEFAULT_CLINICAL_SETTINGS.gapMinDays).toBe(8);
  });

  it('returns the defaults for no overrides and ignores undefined values', () => {
    expect(resolveSettings()).toEqual(DEFAULT_CLINICAL_SETTINGS);
    expect(resolveSettings(null)).toEqual(DEFAULT_CLINICAL_SETTINGS);
    expect(resolveSettings({ gapMinDays: undefined })).toEqual(DEFAULT_CLINICAL_SETTINGS);
  });

  it('drops keys it does not know', () => {
    const settings = resolveSettings(JSON.parse('{"bogus": 1, "readiness": {"alsoBogus": 2}}'));
    expect(settings).toEqual(DEFAULT_CLINICAL_SETTINGS);
  });

  it('refuses out-of-range values and names the setting', () => {
    expect(() => resolveSettings({ gapMinDays: 0 })).toThrow(/gapMinDays/);
    expect(() => resolveSettings({ adherentPdc: 1.5 })).toThrow(RangeError);
    expect(() => resolveSettings({ readiness: { windowDays: 2.5 } })).toThrow(/readiness\.windowDays/);
    expect(() => resolveSettings(JSON.parse('{"gapMinDays": "8"}'))).toThrow(RangeError);
  });
});
