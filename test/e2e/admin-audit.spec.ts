import { expect, type Page, test } from '@playwright/test';
import { expectAccessible, saveScreenshot } from './accessibility.js';
import { AdminPage } from './pages/admin-page.js';
import { AuditPage } from './pages/audit-page.js';
import { LoginPage } from './pages/login-page.js';

const today = () => {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
};

/** The page at rest: the pointer leaves the button it just pressed, whose hover shade is not what is checked. */
async function expectAccessibleAtRest(page: Page): Promise<void> {
  await page.mouse.move(0, 0);
  await expectAccessible(page);
}

test.describe('administration and audit', () => {
  test('the demo admin turns on two-step sign-in, adds a care team and a user, and switches a team setting', async ({
    page,
  }, testInfo) => {
    const admin = new AdminPage(page);
    await admin.signInFirstTime('admin@example.org');
    // Admins read no clinical data: no caseload in their navigation.
    await expect(admin.navigation.getByRole('link', { name: 'Caseload' })).toHaveCount(0);
    await admin.openFromNavigation();

    await expect(admin.userRow('prescriber.north@example.org')).toContainText('Prescriber');
    await expect(admin.userRow('admin@example.org')).toContainText('On');
    await expectAccessibleAtRest(page);
    await saveScreenshot(page, testInfo, 'admin-users');

    // A new team, then its lead-approval setting switched on; it holds after a reload.
    const suffix = Date.now().toString(36);
    const team = `Training Clinic ${suffix}`;
    await admin.openTab('Teams');
    await expect(page).toHaveURL(/\/admin\?tab=teams$/);
    await admin.addTeam(team);
    await expect(admin.leadApprovalSwitch(team)).not.toBeChecked();
    await admin.toggleLeadApproval(team);
    await expect(admin.leadApprovalSwitch(team)).toBeChecked();
    await expect(admin.leadApprovalSwitch(team)).toBeEnabled();
    await page.reload();
    await expect(admin.leadApprovalSwitch(team)).toBeChecked();
    await expect(admin.leadApprovalSwitch('North Clinic')).not.toBeChecked();
    await expectAccessibleAtRest(page);
    await saveScreenshot(page, testInfo, 'admin-teams');

    // A taken email is refused at the Email field; a free one gets the user and a one-time password.
    await admin.openTab('Users');
    const email = `therapist.${suffix}@example.org`;
    const form = await admin.fillNewUser({
      email: 'therapist.north@example.org',
      name: 'Toni Training',
      roles: ['Therapist'],
      teams: [team],
    });
    await form.getByRole('button', { name: 'Add user' }).click();
    await expect(form.getByLabel('Email')).toHaveAttribute('aria-invalid', 'true');
    await expect(form.getByText('email is already in use')).toBeVisible();
    await expectAccessibleAtRest(page);
    await saveScreenshot(page, testInfo, 'admin-add-user-error');

    await form.getByLabel('Email').fill(email);
    const password = await form.getByLabel('Initial password').inputValue();
    await form.getByRole('button', { name: 'Add user' }).click();
    await expect(admin.dialog.getByText('User added')).toBeVisible();
    await expect(admin.dialog.getByText(password)).toBeVisible();
    await saveScreenshot(page, testInfo, 'admin-user-added');
    await admin.dialog.getByRole('button', { name: 'Done' }).click();
    await expect(admin.userRow(email)).toContainText('Therapist');
    await expect(admin.userRow(email)).toContainText(team);

    // The new user signs in with the password that was shown once.
    await page.context().clearCookies();
    await new LoginPage(page).signIn(email, password);
    await expect(admin.heading('Today')).toBeVisible();
  });

  test('the demo auditor filters the trail and verifies the chain; the admin page is not for them', async ({
    page,
  }, testInfo) => {
    await new LoginPage(page).signIn('auditor@example.org');
    const audit = new AuditPage(page);
    await audit.heading('Today').waitFor();
    await audit.openFromNavigation();
    await expect(audit.rows.first()).toBeVisible();
    await expectAccessibleAtRest(page);
    await saveScreenshot(page, testInfo, 'audit-trail');

    await audit.filter({ action: 'POST /api/auth/login', from: today() });
    await expect(page).toHaveURL(/action=POST\+%2Fapi%2Fauth%2Flogin/);
    await expect(page).toHaveURL(new RegExp(`from=${today()}`));
    await expect(audit.rows.first()).toContainText('POST /api/auth/login');
    expect(new Set(await audit.actions())).toEqual(new Set(['POST /api/auth/login']));
    // Events carry ids only: no patient names or MRNs on this page.
    await expect(audit.events).not.toContainText(/DEMO-\d{6}/);

    await audit.verify();
    await expect(audit.verification.getByText('Chain intact')).toBeVisible();
    await expect(audit.verification).toContainText(/All [\d,]+ events verified/);
    await expectAccessibleAtRest(page);
    await saveScreenshot(page, testInfo, 'audit-verified');

    await page.goto('/admin');
    await expect(audit.heading('Not available for your role')).toBeVisible();
    await expectAccessibleAtRest(page);
  });
});
