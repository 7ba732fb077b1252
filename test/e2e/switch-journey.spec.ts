import { expect, test } from '@playwright/test';
import { expectAccessible, saveScreenshot } from './accessibility.js';
import { ApprovalsPage } from './pages/approvals-page.js';
import { CaseloadPage } from './pages/caseload-page.js';
import { PatientPage } from './pages/patient-page.js';
import { clinicDayInDays, signedIn } from './signed-in.js';

test.describe('medication switch approved by the team', () => {
  test('a prescriber proposes a switch for a patient relapsing on naltrexone; the team approves it and the hand-off completes it', async ({
    browser,
  }, testInfo) => {
    const prescriberPage = await signedIn(browser, 'prescriber.north@example.org');
    const caseload = new CaseloadPage(prescriberPage);
    await caseload.openFromNavigation();
    await caseload.filterByFlag('Early relapse');
    await expect(caseload.rows.first()).toContainText('Early relapse');
    // The first row is the stop journey's patient; this one has no open request.
    await caseload.rows.last().click();
    await expect(prescriberPage).toHaveURL(/\/patients\/[0-9a-f-]{36}$/);
    const patient = new PatientPage(prescriberPage);
    const patientUrl = prescriberPage.url();
    await expect(patient.proposalForm).toBeVisible();
    const identity = await patient.identity();

    const form = patient.proposalForm;
    await form.getByLabel('Kind').selectOption({ label: 'Switch medication' });
    await form.getByLabel('Reason code').selectOption({ label: 'Lack of efficacy' });
    await form.getByLabel('Effective on (new medication starts)').fill(clinicDayInDays(30));
    await form
      .getByRole('textbox', { name: /^Reason/ })
      .fill('Relapsing on naltrexone; the team considers another medication.');
    await form.getByRole('textbox', { name: /^Start plan/ }).fill('First dose with the team, reviewed the next day.');
    await form.getByRole('button', { name: 'Propose switch' }).click();
    await expect(patient.discontinuation).toContainText('Medication switch proposed');
    await expect(patient.discontinuation.getByRole('list', { name: 'Switch facts' })).toContainText(
      'Relapses on naltrexone',
    );
    await expectAccessible(prescriberPage);

    for (const email of ['therapist.north@example.org', 'psychiatrist.north@example.org']) {
      const page = await signedIn(browser, email);
      const approvals = new ApprovalsPage(page);
      await approvals.openFromNavigation();
      const item = approvals.request(identity);
      await expect(item.getByRole('list', { name: 'Switch facts' })).toContainText('Adherence');
      await expectAccessible(page);
      await saveScreenshot(page, testInfo, `switch-approvals-${email.split('.')[0]}`);
      await approvals.approve(identity, 'Agree with the switch.');
      await expect(item).toHaveCount(0);
      await page.context().close();
    }

    await prescriberPage.goto(patientUrl);
    const handOff = patient.discontinuation.getByRole('form', { name: 'Record the hand-off' });
    await handOff.getByRole('textbox', { name: /^Hand-off/ }).fill('First dose booked with the team.');
    await handOff.getByRole('button', { name: 'Complete switch' }).click();
    await expect(patient.discontinuation).toContainText('Now on');
    await expect(prescriberPage.getByText('Switched medication').first()).toBeVisible();
    await saveScreenshot(prescriberPage, testInfo, 'patient-after-switch');
    await prescriberPage.context().close();
  });
});
