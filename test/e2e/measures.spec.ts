import { expect, test } from '@playwright/test';
import { expectAccessible, saveScreenshot } from './accessibility.js';
import { LoginPage } from './pages/login-page.js';
import { MeasuresPage } from './pages/measures-page.js';

const MEASURES = [
  'Adherence (PDC ≥ 80%)',
  'Continuity of pharmacotherapy (180 days)',
  'Retention at 90 days',
  'Retention at 180 days',
  'Early relapse',
  'Initiation of treatment (14 days)',
  'Engagement in treatment (34 days)',
  'Measurement-based care (PHQ-9 or BAM)',
];

/** Outreach measures count tasks, not patients; the first is a distribution in days, not a rate. */
const OUTREACH_RATES = ['Flags reached by their due day', 'Re-engagement within 14 days of outreach'];
const OUTREACH_DAYS = 'Days from flag to first outreach';

test.describe('quality measures', () => {
  test('a prescriber reads every measure’s rate and opens the patients behind one', async ({ page }, testInfo) => {
    await new LoginPage(page).signIn('prescriber.north@example.org');
    const measures = new MeasuresPage(page);
    await measures.openFromNavigation();

    await expect(measures.cards).toHaveCount(MEASURES.length + OUTREACH_RATES.length + 1);
    for (const title of MEASURES) {
      const card = measures.card(title);
      await expect(measures.rate(card)).toHaveText(/^\d+%$/);
      await expect(card).toContainText(/\d+ of \d+ patients?/);
      await expect(card.getByRole('figure', { name: 'Rate by month' })).toBeVisible();
    }
    for (const title of OUTREACH_RATES) {
      const card = measures.card(title);
      await expect(measures.rate(card)).toHaveText(/^\d+%$/);
      await expect(card).toContainText(/\d+ of \d+ tasks?/);
      await expect(card.getByRole('figure', { name: 'Rate by month' })).toBeVisible();
    }
    const days = measures.card(OUTREACH_DAYS);
    await expect(days.getByLabel(/^Median \d+ days?$/)).toHaveText(/^\d+ days?$/);
    await expect(days).toContainText(/\d+ of \d+ tasks? reached/);
    await expect(days.getByRole('figure', { name: 'Days by month' })).toBeVisible();
    await expect(page).toHaveURL(/\/measures$/);
    await expectAccessible(page);
    await saveScreenshot(page, testInfo, 'measures');

    // The team choice lands in the address, which holds no PHI.
    await measures.careTeam.selectOption({ label: 'North Clinic' });
    await expect(page).toHaveURL(/careTeamId=[0-9a-f-]{36}/);
    await expect(measures.rate(measures.card('Retention at 90 days'))).toHaveText(/^\d+%$/);

    const { inNumerator, notInNumerator } = await measures.openPatients('Retention at 90 days');
    await expect(inNumerator.getByRole('link').first()).toBeVisible();
    await expect(notInNumerator).toContainText(/Supplied through day \d+|Never supplied/);
    await expectAccessible(page);
    await saveScreenshot(page, testInfo, 'measures-drill-down');

    await inNumerator.getByRole('link').first().click();
    await expect(page).toHaveURL(/\/patients\/[0-9a-f-]{36}$/);
    await expect(page.getByRole('heading', { name: 'Timeline' })).toBeVisible();
  });
});
