import type { Download, Locator, Page } from '@playwright/test';
import { ShellPage } from './shell-page.js';

export class ReportsPage extends ShellPage {
  readonly form: Locator;
  readonly recentExports: Locator;

  constructor(page: Page) {
    super(page);
    this.form = page.getByRole('form', { name: 'Export adherence report' });
    this.recentExports = page.getByRole('heading', { name: 'Recent exports' });
  }

  async openFromNavigation(): Promise<void> {
    await this.navigation.getByRole('link', { name: 'Reports' }).click();
    await this.heading('Reports').waitFor();
  }

  /** Exports one care team's report in a format and returns the file the browser saved. */
  async exportTeam(team: string, format: 'csv' | 'pdf' | 'fhir', from?: string): Promise<Download> {
    if (from) await this.form.getByLabel('From').fill(from);
    await this.form.getByLabel('Format').selectOption(format);
    await this.form.getByLabel('Care team', { exact: true }).selectOption({ label: team });
    const download = this.page.waitForEvent('download');
    await this.form.getByRole('button', { name: 'Export' }).click();
    return download;
  }
}
