import type { Locator, Page } from '@playwright/test';

export const DEMO_PASSWORD = 'naltrack-demo-password';

export class LoginPage {
  readonly email: Locator;
  readonly password: Locator;
  readonly submit: Locator;

  constructor(readonly page: Page) {
    this.email = page.getByLabel('Email');
    this.password = page.getByLabel('Password');
    this.submit = page.getByRole('button', { name: 'Sign in' });
  }

  async signIn(email: string, password = DEMO_PASSWORD): Promise<void> {
    await this.page.goto('/login');
    await this.email.fill(email);
    await this.password.fill(password);
    await this.submit.click();
  }
}
