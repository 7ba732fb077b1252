import { PART2_NOTICE } from '@naltrack/domain';
import { expect, test } from '@playwright/test';
import { expectAccessible, saveScreenshot } from './accessibility.js';
import { LoginPage } from './pages/login-page.js';
import { ShellPage } from './pages/shell-page.js';

test.describe('the dashboard shell, served by the built app', () => {
  test('asks for sign-in, then shows the layout, a healthy system and the team of the demo lead', async ({
    page,
  }, testInfo) => {
    const consoleErrors: string[] = [];
    page.on('console', (message) => {
      // The signed-out check of /api/auth/me answers 401 by design.
      if (message.type() === 'error' && !message.text().includes('401')) consoleErrors.push(message.text());
    });

    await page.goto('/');
    await expect(page).toHaveURL(/\/login$/);
    await expectAccessible(page);
    await saveScreenshot(page, testInfo, 'sign-in');

    const login = new LoginPage(page);
    await login.signIn('lead.north@example.org', 'not-the-password');
    await expect(page.getByRole('alert')).toContainText(/not correct/);

    await login.signIn('lead.north@example.org');
    // The landing page is Today: the lead's worklist, with their care teams aside.
    const today = new ShellPage(page);
    const teamRow = (name: string) =>
      page.getByRole('table', { name: 'Care teams' }).getByRole('row').filter({ hasText: name });

    await expect(page).toHaveTitle(/Naltrack/);
    await expect(today.banner).toContainText('Naltrack');
    await expect(today.navigation.getByRole('link', { name: 'Today' })).toBeVisible();
    await expect(today.health).toContainText('System OK');
    await expect(today.heading('Today')).toBeVisible();
    await expect(page.getByRole('list', { name: 'Counts' })).toBeVisible();
    await expect(page.getByText(PART2_NOTICE)).toBeVisible();
    await expect(teamRow('North Clinic')).toBeVisible();
    // Another team's data is not shown to this lead.
    await expect(teamRow('South Clinic')).toHaveCount(0);

    await expectAccessible(page);
    await saveScreenshot(page, testInfo, 'today');
    // A content-security-policy violation or a failed request shows up here.
    expect(consoleErrors).toEqual([]);
  });

  test('answers a client-side route with the app and shows not found', async ({ page }, testInfo) => {
    await new LoginPage(page).signIn('nurse.south@example.org');
    await expect(page.getByRole('heading', { level: 1, name: 'Today' })).toBeVisible();
    const shell = new ShellPage(page);
    const response = await page.goto('/no/such/page');
    expect(response?.status()).toBe(200);
    await expect(shell.heading(/not found/i)).toBeVisible();
    await expect(shell.navigation.getByRole('link', { name: 'Today' })).toBeVisible();
    await expectAccessible(page);
    await saveScreenshot(page, testInfo, 'not-found');
  });

  test('serves the API documentation', async ({ page, request }) => {
    const health = await request.get('/api/health');
    expect(health.status()).toBe(200);
    expect(await health.json()).toEqual({ status: 'ok', database: 'up' });

    await page.goto('/api/docs');
    await expect(page.getByText('Naltrack API').first()).toBeVisible();
  });
});
