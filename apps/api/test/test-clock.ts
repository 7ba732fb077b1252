import { addDays, type ClinicalDate, clinicalDateOf } from '@naltrack/domain';

/** The test app's clinic zone (the default): clinical days in tests are counted in it. */
export const CLINIC_TIME_ZONE = 'America/New_York';

/**
 * The instant the test app's clinical clock is held at (its CLINICAL_NOW): jest.config.js sets an
 * ordinary day, NALTRACK_TEST_NOW another. Specs count from it, never from the real calendar.
 */
export const TEST_NOW = new Date(process.env.NALTRACK_TEST_NOW ?? '');

/** The clinic's day at TEST_NOW. */
export const TEST_TODAY: ClinicalDate = clinicalDateOf(TEST_NOW, CLINIC_TIME_ZONE);

/** The clinic day `days` after (or before) TEST_TODAY. */
export const daysFromToday = (days: number): ClinicalDate => addDays(TEST_TODAY, days);

/** The instant `hours` after (or before) TEST_NOW, as ISO 8601. */
export const hoursFromNow = (hours: number): string => new Date(TEST_NOW.getTime() + hours * 3_600_000).toISOString();
