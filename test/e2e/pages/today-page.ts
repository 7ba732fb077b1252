import type { Locator, Page } from '@playwright/test';
import { ShellPage } from './shell-page.js';

/** The landing page: the signed-in clinician's counts and worklists. */
export class TodayPage extends ShellPage {
  readonly counts: Locator;
  readonly outreachTasks: Locator;

  constructor(page: Page) {
    super(page);
    this.counts = page.getByRole('list', { name: 'Counts' });
    this.outreachTasks = this.section('Your outreach tasks');
  }

  async openFromNavigation(): Promise<void> {
    await this.navigation.getByRole('link', { name: 'Today' }).click();
    await this.heading('Today').waitFor();
  }

  section(title: string): Locator {
    return this.page.getByRole('region', { name: title, exact: true });
  }

  /** The user's open tasks for one reason, e.g. "Injection overdue", in the order the page lists them. */
  taskLines(reason: string): Locator {
    return this.outreachTasks.getByRole('listitem').filter({ hasText: `${reason} · due` });
  }

  /** The MRN a line shows, e.g. "DEMO-000029". */
  async mrnOf(line: Locator): Promise<string> {
    const match = /^MRN (\S+)$/.exec(((await line.getByText(/^MRN /).textContent()) ?? '').trim());
    if (!match?.[1]) throw new Error('the line shows no MRN');
    return match[1];
  }

  /** Opens the patient of a line by the link on their name. */
  async openPatient(line: Locator): Promise<void> {
    await line.getByRole('link').click();
  }
}
