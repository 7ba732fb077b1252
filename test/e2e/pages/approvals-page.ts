import type { Locator, Page } from '@playwright/test';
import { ShellPage } from './shell-page.js';

export class ApprovalsPage extends ShellPage {
  /** The navigation's count of requests awaiting the user's decision. */
  readonly badge: Locator;

  constructor(page: Page) {
    super(page);
    this.badge = this.navigation.getByLabel(/awaiting your decision/);
  }

  async openFromNavigation(): Promise<void> {
    await this.navigation.getByRole('link', { name: /^Approvals/ }).click();
    await this.heading('Approvals').waitFor();
  }

  request(patientName: string): Locator {
    return this.page.getByRole('article', { name: patientName });
  }

  async approve(patientName: string, comment: string): Promise<void> {
    const item = this.request(patientName);
    await item.getByLabel('Comment').fill(comment);
    await item.getByRole('button', { name: 'Approve' }).click();
  }
}
