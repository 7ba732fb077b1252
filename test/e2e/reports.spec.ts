import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { expectAccessible, saveScreenshot } from './accessibility.js';
import { LoginPage } from './pages/login-page.js';
import { ReportsPage } from './pages/reports-page.js';

const PART2_NOTICE = '42 CFR part 2 prohibits unauthorized use or disclosure of these records.';

test.describe('reports', () => {
  test('a prescriber exports a team’s adherence CSV, which opens with the Part 2 notice', async ({
    page,
  }, testInfo) => {
    await new LoginPage(page).signIn('prescriber.north@example.org');
    const reports = new ReportsPage(page);
    await reports.openFromNavigation();
    await expect(reports.recentExports).toBeVisible();
    await expect(page.getByText(/No background exports in the last 7 days/)).toBeVisible();
    await expectAccessible(page);
    await saveScreenshot(page, testInfo, 'reports');

    const download = await reports.exportTeam('North Clinic', 'csv');
    expect(download.suggestedFilename()).toMatch(
      /^adherence-team-[0-9a-f]{8}-\d{4}-\d{2}-\d{2}-to-\d{4}-\d{2}-\d{2}\.csv$/,
    );
    const csv = await readFile((await download.path()) ?? '', 'utf8');
    expect(csv.split(/\r?\n/)[0]).toContain(PART2_NOTICE);
    expect(csv.startsWith(PART2_NOTICE) || csv.startsWith(`"${PART2_NOTICE}"`)).toBe(true);
    // One row per patient and month follows the notice and the header.
    expect(csv.trim().split(/\r?\n/).length).toBeGreaterThan(3);
    await expect(reports.form.getByText(`Downloaded ${download.suggestedFilename()}.`)).toBeVisible();
    await expectAccessible(page);
    await saveScreenshot(page, testInfo, 'reports-downloaded');
  });
});
