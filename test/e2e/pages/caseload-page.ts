import type { Locator, Page } from '@playwright/test';
import { ShellPage } from './shell-page.js';

export class CaseloadPage extends ShellPage {
  /** Patient rows (the header row has no cells). */
  readonly rows: Locator;

  constructor(page: Page) {
    super(page);
    this.rows = page.getByRole('row').filter({ has: page.getByRole('cell') });
  }

  async openFromNavigation(): Promise<void> {
    await this.navigation.getByRole('link', { name: 'Caseload' }).click();
    await this.heading('Caseload').waitFor();
  }

  /** Clicks a flag chip, e.g. "Early relapse (30)". */
  async filterByFlag(label: string): Promise<void> {
    await this.page.getByText(new RegExp(`^${label} \\(\\d+\\)$`)).click();
  }
}
