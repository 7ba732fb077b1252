import { expect, test } from '@playwright/test';
import { expectAccessible, saveScreenshot } from './accessibility.js';
import { TodayPage } from './pages/today-page.js';
import { signedIn } from './signed-in.js';

const SUICIDE_RISK = 'Suicide risk: safety assessment needed';

test.describe('safety', () => {
  test('a therapist records a PHQ-9 with item 9 positive: the team sees it first on Today until a safety assessment', async ({
    browser,
  }, testInfo) => {
    const therapist = await signedIn(browser, 'therapist.north@example.org');
    await therapist.getByRole('link', { name: 'Caseload' }).click();
    const rows = therapist.getByRole('row').filter({ has: therapist.getByRole('cell') });
    const row = rows.filter({ hasNotText: 'Suicide risk' }).first();
    await expect(row).toContainText(/DEMO-\d{6}/);
    const mrn = /DEMO-\d{6}/.exec((await row.textContent()) ?? '')?.[0];
    if (!mrn) throw new Error('the caseload row shows no MRN');
    await row.click();
    await expect(therapist).toHaveURL(/\/patients\/[0-9a-f-]{36}$/);
    const alert = therapist.getByRole('alert').filter({ hasText: SUICIDE_RISK });
    await expect(therapist.getByRole('heading', { name: 'Timeline' })).toBeVisible();
    await expect(alert).toHaveCount(0);

    // Mild symptoms, and item 9 answered "more than half the days".
    await therapist.getByRole('tab', { name: 'Instrument' }).click();
    const form = therapist.getByRole('form', { name: 'Record instrument' });
    await form.getByLabel('Instrument').selectOption({ label: 'PHQ-9' });
    for (let item = 1; item <= 9; item++) {
      await form.getByLabel(new RegExp(`^${item}\\. `)).selectOption({ value: item === 9 ? '2' : '1' });
    }
    await form.getByRole('button', { name: 'Record instrument' }).click();
    await expect(alert).toBeVisible();
    await expect(alert).toContainText('answered 2 of 3');
    await expectAccessible(therapist);
    await saveScreenshot(therapist, testInfo, 'patient-suicide-risk');

    // A nurse of the same team finds the patient at the top of Today.
    const nurse = await signedIn(browser, 'nurse.north@example.org');
    const today = new TodayPage(nurse);
    const section = today.section(SUICIDE_RISK);
    await expect(nurse.getByRole('region').first()).toHaveAccessibleName(SUICIDE_RISK);
    await expect(section.getByRole('listitem').filter({ hasText: mrn })).toContainText('PHQ-9 item 9 answered 2');
    await saveScreenshot(nurse, testInfo, 'today-suicide-risk');

    // The therapist assesses the same day: the flag clears for everyone.
    const assessment = alert.getByRole('form', { name: 'Record safety assessment' });
    await assessment.getByLabel('Outcome').selectOption({ label: 'Low risk' });
    await assessment
      .getByLabel(/Safety plan/)
      .fill('Passive thoughts, no plan; safety plan written; crisis line given');
    await assessment.getByRole('button', { name: 'Record safety assessment' }).click();
    await expect(alert).toHaveCount(0);
    await nurse.reload();
    await expect(today.counts).toBeVisible();
    await expect(section.getByRole('listitem').filter({ hasText: mrn })).toHaveCount(0);
    await nurse.context().close();
    await therapist.context().close();
  });
});
