import { expect, type Locator, type Page } from '@playwright/test';
import { URI } from 'otpauth';
import { LoginPage } from './login-page.js';
import { ShellPage } from './shell-page.js';

export interface NewUser {
  email: string;
  name: string;
  roles: string[];
  teams: string[];
}

export class AdminPage extends ShellPage {
  readonly usersTable: Locator;
  readonly teamsTable: Locator;
  readonly dialog: Locator;

  constructor(page: Page) {
    super(page);
    this.usersTable = page.getByRole('table', { name: 'Users' });
    this.teamsTable = page.getByRole('table', { name: 'Care teams' });
    this.dialog = page.getByRole('dialog');
  }

  /**
   * Signs in as the demo admin, who must turn on two-step sign-in at the first sign-in: the key
   * from the setup link goes into a TOTP generator, as an authenticator app would take it.
   * Returns the secret, for signing in again.
   */
  async signInFirstTime(email: string): Promise<string> {
    await new LoginPage(this.page).signIn(email);
    await this.heading('Set up two-step sign-in').waitFor();
    await this.page.getByRole('button', { name: 'Create a setup key' }).click();
    const uri = await this.page.getByLabel('Setup link').inputValue();
    const totp = URI.parse(uri);
    await this.page.getByLabel('6-digit code').fill(totp.generate());
    await this.page.getByRole('button', { name: 'Turn on two-step sign-in' }).click();
    await this.heading('Today').waitFor();
    return totp.secret.base32;
  }

  async openFromNavigation(): Promise<void> {
    await this.navigation.getByRole('link', { name: 'Admin' }).click();
    await this.heading('Administration').waitFor();
  }

  async openTab(name: 'Users' | 'Teams'): Promise<void> {
    await this.page.getByRole('tab', { name }).click();
  }

  userRow(email: string): Locator {
    return this.usersTable.getByRole('row').filter({ hasText: email });
  }

  teamRow(name: string): Locator {
    return this.teamsTable.getByRole('row').filter({ hasText: name });
  }

  leadApprovalSwitch(team: string): Locator {
    return this.teamsTable.getByRole('switch', { name: `Require lead approval for ${team}` });
  }

  /** Mantine's switch input is drawn over by its track: the label is what a person clicks. */
  async toggleLeadApproval(team: string): Promise<void> {
    await this.teamRow(team).locator('label').click();
  }

  async addTeam(name: string): Promise<void> {
    await this.page.getByRole('button', { name: 'Add care team' }).click();
    const form = this.page.getByRole('form', { name: 'Add care team' });
    await form.getByLabel('Name').fill(name);
    await form.getByRole('button', { name: 'Add care team' }).click();
    await expect(form).toBeHidden();
  }

  /** Opens the add-user form and fills it; the caller submits, to see errors or the password. */
  async fillNewUser(user: NewUser): Promise<Locator> {
    await this.page.getByRole('button', { name: 'Add user' }).click();
    const form = this.page.getByRole('form', { name: 'Add user' });
    await form.getByLabel('Email').fill(user.email);
    await form.getByLabel('Full name').fill(user.name);
    await this.pick(form, 'Roles', user.roles);
    await this.pick(form, 'Care teams', user.teams);
    return form;
  }

  private async pick(form: Locator, label: string, options: string[]): Promise<void> {
    for (const option of options) {
      await form.getByRole('combobox', { name: label }).click();
      await this.page.getByRole('option', { name: option, exact: true }).click();
    }
    // Closes the dropdown without Escape, which would close the dialog too.
    await form.getByLabel('Full name').click();
  }
}
