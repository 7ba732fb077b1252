import { expect, test } from '@playwright/test';
import { expectAccessible, saveScreenshot } from './accessibility.js';
import { LoginPage } from './pages/login-page.js';

test.describe('caseload to patient', () => {
  test('a prescriber filters the caseload to early relapse and opens a patient', async ({ page }, testInfo) => {
    await new LoginPage(page).signIn('prescriber.north@example.org');
    await page.getByRole('link', { name: 'Caseload' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Caseload' })).toBeVisible();
    const rows = page.getByRole('row').filter({ has: page.getByRole('cell') });
    await expect(rows.first()).toBeVisible();
    await expectAccessible(page);
    await saveScreenshot(page, testInfo, 'caseload');

    await page.getByText(/^Early relapse \(\d+\)$/).click();
    await expect(page).toHaveURL(/flag=early_relapse/);
    await expect(rows.first()).toContainText(/Early relapse/);

    await rows.first().click();
    await expect(page).toHaveURL(/\/patients\/[0-9a-f-]{36}$/);
    await expect(page.getByRole('region', { name: 'PDC', exact: true })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Timeline' })).toBeVisible();
    await expectAccessible(page);
    await saveScreenshot(page, testInfo, 'patient');

    // Names and MRNs stay out of addresses and browser storage.
    const storage = await page.evaluate(() => JSON.stringify({ ...localStorage, ...sessionStorage }));
    expect(storage).not.toMatch(/DEMO-\d{6}/);
    expect(page.url()).not.toMatch(/DEMO-|%20/);
  });
});
