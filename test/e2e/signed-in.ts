import { type Browser, expect, type Page } from '@playwright/test';
import { LoginPage } from './pages/login-page.js';

/** Each clinician in a browser of their own, at the size given: sessions are cookies. */
export async function signedIn(
  browser: Browser,
  email: string,
  viewport?: { width: number; height: number },
): Promise<Page> {
  const page = await (await browser.newContext(viewport ? { viewport } : {})).newPage();
  await new LoginPage(page).signIn(email);
  await expect(page.getByRole('heading', { level: 1, name: 'Today' })).toBeVisible();
  return page;
}

// The served app runs on the real clock in the default clinic time zone.
const CLINIC_TIME_ZONE = 'America/New_York';

/** The clinic's day `days` from today (YYYY-MM-DD), as the app counts days: not UTC's. */
export function clinicDayInDays(days: number): string {
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: CLINIC_TIME_ZONE }).format(new Date());
  const day = new Date(`${today}T00:00:00Z`);
  day.setUTCDate(day.getUTCDate() + days);
  return day.toISOString().slice(0, 10);
}
