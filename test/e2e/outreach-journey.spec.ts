import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { expectAccessible, saveScreenshot } from './accessibility.js';
import { CaseloadPage } from './pages/caseload-page.js';
import { PatientPage } from './pages/patient-page.js';
import { AGENDA_SECTION_TITLES, ReviewPage } from './pages/review-page.js';
import { TodayPage } from './pages/today-page.js';
import { signedIn } from './signed-in.js';

const INJECTION_OVERDUE = 'Injection overdue';

test.describe('from flag to outreach', () => {
  test('a nurse works an overdue injection from Today: two calls, the injection, and the task closes itself', async ({
    browser,
  }, testInfo) => {
    // Today lists the nurse's open tasks; the demo gives her overdue XR injections to chase.
    const page = await signedIn(browser, 'nurse.north@example.org');
    const today = new TodayPage(page);
    await expect(today.counts).toBeVisible();
    const line = today.taskLines(INJECTION_OVERDUE).first();
    await expect(line).toBeVisible();
    const mrn = await today.mrnOf(line);
    await expectAccessible(page);
    await saveScreenshot(page, testInfo, 'today-nurse');

    await today.openPatient(line);
    await expect(page).toHaveURL(/\/patients\/[0-9a-f-]{36}$/);
    const patient = new PatientPage(page);
    await expect(page.getByText(mrn, { exact: true })).toBeVisible();
    await expect(patient.headerFlags.filter({ hasText: INJECTION_OVERDUE })).toHaveCount(1);

    // Two calls from the task's card: the first unanswered, the second reaching the patient.
    const task = patient.outreachTask(INJECTION_OVERDUE);
    await expect(task).toHaveCount(1);
    await expect(task).toContainText('for Nurse North Clinic (demo)');
    const attempts = patient.outreachAttempts(task);
    const before = await attempts.count();
    await patient.logOutreachAttempt(task, 'Phone', 'No answer');
    await expect(task.getByRole('status')).toContainText('Attempt logged');
    await expect(attempts).toHaveCount(before + 1);
    await patient.logOutreachAttempt(task, 'Phone', 'Reached');
    await expect(attempts).toHaveCount(before + 2);
    await expect(attempts.nth(before)).toContainText('Phone: No answer · Nurse North Clinic (demo)');
    await expect(attempts.nth(before + 1)).toContainText('Phone: Reached · Nurse North Clinic (demo)');
    await expectAccessible(page);
    await saveScreenshot(page, testInfo, 'patient-outreach');

    // The patient comes in for the injection: the flag clears, and with it the task.
    await patient.recordInjection('E2E-OUTREACH-1', 'right gluteal');
    await expect(patient.medicationForm.getByRole('status')).toContainText('Recorded');
    await expect(patient.headerFlags.filter({ hasText: INJECTION_OVERDUE })).toHaveCount(0);
    await expect(task).toHaveCount(0);
    await patient.showDoneOutreachTasks();
    const done = patient.outreachTask(INJECTION_OVERDUE).first();
    await expect(done).toContainText('Flag cleared');
    await expect(patient.outreachAttempts(done)).toHaveCount(before + 2);
    await expect(done.getByRole('button', { name: 'Log attempt' })).toHaveCount(0);

    // Back on Today, the patient's injection is no longer among the nurse's tasks.
    await today.openFromNavigation();
    await expect(today.outreachTasks).toBeVisible();
    await expect(today.taskLines(INJECTION_OVERDUE).filter({ hasText: mrn })).toHaveCount(0);
    await page.context().close();
  });
});

test.describe('case review', () => {
  test('a team lead goes through the agenda, notes a decision and downloads the agenda PDF', async ({
    browser,
  }, testInfo) => {
    const page = await signedIn(browser, 'lead.north@example.org');
    const review = new ReviewPage(page);
    await review.openFromNavigation();
    for (const [index, title] of AGENDA_SECTION_TITLES.entries()) {
      await expect(review.sectionHeadings.nth(index)).toHaveText(new RegExp(`^${title}( \\(\\d+\\))?$`));
      await expect(review.section(title)).toBeVisible();
    }
    await expect(review.sectionHeadings).toHaveCount(AGENDA_SECTION_TITLES.length);

    // The first item nobody has discussed yet, whichever the other journeys left.
    const item = await review.pinned(review.undiscussedItems().first());
    await expect(review.discussed(item)).toHaveCount(0);
    const note = 'Call the patient this week; bring forward the next session.';
    await review.markDiscussed(item, note);
    await expect(review.discussed(item)).toContainText(note);
    await expect(review.discussed(item)).toContainText('Discussed · Team Lead North Clinic (demo)');
    await expect(item.getByRole('button', { name: 'Mark discussed' })).toHaveCount(0);
    await expectAccessible(page);
    await saveScreenshot(page, testInfo, 'case-review');

    const download = await review.downloadAgenda();
    expect(download.suggestedFilename()).toMatch(/\.pdf$/);
    const pdf = await readFile((await download.path()) ?? '');
    expect(pdf.subarray(0, 4).toString('latin1')).toBe('%PDF');
    await page.context().close();
  });
});

test.describe('caseload on a tablet', () => {
  test('at 1024 × 768 the columns fit, and the column chooser adds one back', async ({ browser }) => {
    const page = await signedIn(browser, 'nurse.north@example.org', { width: 1024, height: 768 });
    const caseload = new CaseloadPage(page);
    await caseload.openFromNavigation();
    await expect(caseload.rows.first()).toBeVisible();
    const table = page.getByRole('table', { name: 'Patients' });
    const fits = () =>
      table.evaluate((element) => {
        const scroller = element.parentElement;
        return scroller !== null && scroller.scrollWidth <= scroller.clientWidth;
      });
    expect(await fits()).toBe(true);
    await expect(table.getByRole('columnheader', { name: /Outreach/ })).toBeVisible();
    await expect(table.getByRole('columnheader', { name: /^MRN/ })).toHaveCount(0);

    await page.getByRole('button', { name: 'Columns' }).click();
    await page.getByRole('checkbox', { name: 'MRN' }).check();
    await expect(table.getByRole('columnheader', { name: /^MRN/ })).toBeVisible();
    await page.context().close();
  });
});
