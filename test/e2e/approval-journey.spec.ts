import { expect, type Page, test } from '@playwright/test';
import { expectAccessible, saveScreenshot } from './accessibility.js';
import { ApprovalsPage } from './pages/approvals-page.js';
import { CaseloadPage } from './pages/caseload-page.js';
import { PatientPage } from './pages/patient-page.js';
import { clinicDayInDays, signedIn } from './signed-in.js';

/** Names and MRNs stay out of addresses and browser storage. */
async function expectNoPatientIdentifiersStored(page: Page, patientName: string): Promise<void> {
  const storage = await page.evaluate(() => JSON.stringify({ ...localStorage, ...sessionStorage }));
  expect(storage).not.toMatch(/DEMO-\d{6}/);
  for (const part of patientName.split(', ')) {
    expect(storage).not.toContain(part);
    expect(decodeURIComponent(page.url())).not.toContain(part);
  }
  expect(page.url()).not.toMatch(/DEMO-/);
}

test.describe('discontinuation approved by the team', () => {
  test('a prescriber records an injection and proposes a stop; the therapist and a second prescriber approve', async ({
    browser,
  }, testInfo) => {
    // The prescriber reviews early relapses and opens the first patient.
    const prescriberPage = await signedIn(browser, 'prescriber.north@example.org');
    const caseload = new CaseloadPage(prescriberPage);
    await caseload.openFromNavigation();
    await caseload.filterByFlag('Early relapse');
    await expect(prescriberPage).toHaveURL(/flag=early_relapse/);
    await expect(caseload.rows.first()).toContainText('Early relapse');
    await caseload.rows.first().click();
    await expect(prescriberPage).toHaveURL(/\/patients\/[0-9a-f-]{36}$/);
    const patient = new PatientPage(prescriberPage);
    const patientUrl = prescriberPage.url();
    const identity = await patient.identity();
    const patientName = identity.name;

    // An injection today: the next injection falls due in 28 days, on time.
    const nextInjection = patient.metric('Next injection');
    const before = (await nextInjection.textContent()) ?? '';
    await patient.recordInjection('E2E-LOT-1', 'left gluteal');
    await expect(patient.medicationForm.getByRole('status')).toContainText('Recorded');
    await expect(nextInjection).toContainText('On time');
    await expect(nextInjection).not.toHaveText(before);
    await expect(patient.metric('PDC')).toBeVisible();

    await patient.proposeStop(clinicDayInDays(30), 'Patient asks to stop; stable, engaged in therapy, team to review.');
    await expect(patient.discontinuation).toContainText('Pending approval');
    await expect(patient.discontinuation).toContainText('You proposed this request');
    await expectAccessible(prescriberPage);
    await saveScreenshot(prescriberPage, testInfo, 'patient-after-proposal');
    await expectNoPatientIdentifiersStored(prescriberPage, patientName);

    // The therapist finds it in the approvals inbox, with the badge in the navigation.
    for (const [email, screenshot] of [
      ['therapist.north@example.org', 'approvals-therapist'],
      ['psychiatrist.north@example.org', 'approvals-second-prescriber'],
    ] as const) {
      const page = await signedIn(browser, email);
      const approvals = new ApprovalsPage(page);
      await expect(approvals.badge).toBeVisible();
      await approvals.openFromNavigation();
      const item = approvals.request(identity);
      await expect(item).toContainText('Readiness');
      await expect(item.getByRole('group', { name: 'Recent metrics' })).toContainText('PDC 90 d');
      await expectAccessible(page);
      await saveScreenshot(page, testInfo, screenshot);
      await approvals.approve(identity, 'Agree with stopping; follow up in four weeks.');
      await expect(item).toHaveCount(0);
      await expectNoPatientIdentifiersStored(page, patientName);
      await page.context().close();
    }

    // Back with the prescriber: the request is approved by both.
    await prescriberPage.goto(patientUrl);
    await expect(patient.discontinuation).toContainText('Approved');
    await expect(
      patient.discontinuation.getByRole('list', { name: 'Decisions so far' }).getByRole('listitem'),
    ).toHaveCount(2);
    await prescriberPage.context().close();
  });
});
