import type { Locator, Page } from '@playwright/test';
import { ShellPage } from './shell-page.js';

export class AuditPage extends ShellPage {
  readonly events: Locator;
  readonly rows: Locator;
  readonly filters: Locator;
  readonly verification: Locator;

  constructor(page: Page) {
    super(page);
    this.events = page.getByRole('table', { name: 'Events' });
    this.rows = this.events.getByRole('row').filter({ has: page.getByRole('cell') });
    this.filters = page.getByRole('form', { name: 'Filter audit events' });
    this.verification = page.getByRole('region', { name: 'Chain verification' });
  }

  async openFromNavigation(): Promise<void> {
    await this.navigation.getByRole('link', { name: 'Audit' }).click();
    await this.heading('Audit trail').waitFor();
  }

  async filter(values: { action?: string; from?: string; to?: string }): Promise<void> {
    if (values.action !== undefined) await this.filters.getByRole('combobox', { name: 'Action' }).fill(values.action);
    if (values.from !== undefined) await this.filters.getByLabel('From').fill(values.from);
    if (values.to !== undefined) await this.filters.getByLabel('To').fill(values.to);
    await this.filters.getByRole('button', { name: 'Apply filters' }).click();
  }

  /** The Action column of every row shown. */
  async actions(): Promise<string[]> {
    return this.rows.locator('td:nth-child(4)').allInnerTexts();
  }

  async verify(): Promise<void> {
    await this.verification.getByRole('button', { name: 'Verify chain' }).click();
  }
}
