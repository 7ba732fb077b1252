import { PART2_NOTICE } from '@naltrack/domain';
import { expect, test } from '@playwright/test';
import { expectAccessible, saveScreenshot } from './accessibility.js';
import { OverviewPage } from './pages/overview-page.js';

test.describe('the dashboard shell, served by the built app', () => {
  test('loads, shows the layout, a healthy system and the demo care teams', async ({ page }, testInfo) => {
    const consoleErrors: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') consoleErrors.push(message.text());
    });

    const overview = new OverviewPage(page);
    await overview.open();

    await expect(page).toHaveTitle(/Naltrack/);
    await expect(overview.banner).toContainText('Naltrack');
    await expect(overview.navigation.getByRole('link', { name: 'Overview' })).toBeVisible();
    await expect(overview.health).toContainText('System OK');
    await expect(overview.heading('Overview')).toBeVisible();
    await expect(page.getByText(PART2_NOTICE)).toBeVisible();
    for (const team of ['North Clinic', 'South Clinic', 'East Clinic']) {
      await expect(overview.teamRow(team)).toBeVisible();
    }

    await expectAccessible(page);
    await saveScreenshot(page, testInfo, 'overview');
    // A content-security-policy violation or a failed request shows up here.
    expect(consoleErrors).toEqual([]);
  });

  test('answers a client-side route with the app and shows not found', async ({ page }, testInfo) => {
    const shell = new OverviewPage(page);
    const response = await page.goto('/no/such/page');
    expect(response?.status()).toBe(200);
    await expect(shell.heading(/not found/i)).toBeVisible();
    await expect(shell.navigation.getByRole('link', { name: 'Overview' })).toBeVisible();
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
