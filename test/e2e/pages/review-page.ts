import type { Download, Locator, Page } from '@playwright/test';
import { ShellPage } from './shell-page.js';

/** The agenda's sections, in the order the meeting goes through them. */
export const AGENDA_SECTION_TITLES = [
  'Discontinuations awaiting approval',
  'Early relapses',
  'Relapses during a taper',
  'Stopped without team approval',
  'XR injections overdue',
  'Outreach stalled',
] as const;

/** Case review: a team's agenda for a day, decisions noted item by item, and the agenda as a PDF. */
export class ReviewPage extends ShellPage {
  readonly toolbar: Locator;
  /** The section headings, each with its count when it has items. */
  readonly sectionHeadings: Locator;

  constructor(page: Page) {
    super(page);
    this.toolbar = page.getByRole('group', { name: 'Team and day' });
    this.sectionHeadings = this.main.getByRole('heading', { level: 2 });
  }

  async openFromNavigation(): Promise<void> {
    await this.navigation.getByRole('link', { name: 'Case review' }).click();
    await this.heading('Case review').waitFor();
  }

  /** A section by its title; the accessible name also carries the count, e.g. "Early relapses (13)". */
  section(title: string): Locator {
    return this.page.getByRole('region', { name: new RegExp(`^${title}( \\(\\d+\\))?$`) });
  }

  /** Items nobody has marked discussed yet, across the sections. */
  undiscussedItems(): Locator {
    return this.page.getByRole('article').filter({ has: this.page.getByRole('button', { name: 'Mark discussed' }) });
  }

  /** The same item however its content changes: by the heading that names it (kind and patient id). */
  async pinned(item: Locator): Promise<Locator> {
    const headingId = await item.getAttribute('aria-labelledby');
    if (!headingId) throw new Error('the agenda item has no heading');
    return this.page.locator(`article[aria-labelledby="${headingId}"]`);
  }

  async markDiscussed(item: Locator, decisionNote: string): Promise<void> {
    await item.getByRole('button', { name: 'Mark discussed' }).click();
    const form = item.getByRole('form', { name: 'Mark discussed' });
    await form.getByRole('textbox', { name: /^Decision note/ }).fill(decisionNote);
    await form.getByRole('button', { name: 'Save decision' }).click();
  }

  discussed(item: Locator): Locator {
    return item.getByRole('group', { name: 'Discussed' });
  }

  async downloadAgenda(): Promise<Download> {
    const download = this.page.waitForEvent('download');
    await this.toolbar.getByRole('link', { name: 'Download agenda (PDF)' }).click();
    return download;
  }
}
