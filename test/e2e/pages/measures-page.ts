import type { Locator, Page } from '@playwright/test';
import { ShellPage } from './shell-page.js';

export class MeasuresPage extends ShellPage {
  /** One card per measure, named by its title. */
  readonly cards: Locator;
  readonly careTeam: Locator;

  constructor(page: Page) {
    super(page);
    this.cards = page.getByRole('article');
    this.careTeam = page.getByLabel('Care team', { exact: true });
  }

  async openFromNavigation(): Promise<void> {
    await this.navigation.getByRole('link', { name: 'Measures' }).click();
    await this.heading('Quality measures').waitFor();
  }

  card(title: string): Locator {
    return this.page.getByRole('article', { name: title });
  }

  /** The rate a card shows, e.g. "67%". */
  rate(card: Locator): Locator {
    return card.getByLabel(/^Rate (\d+%|—)$/);
  }

  /** Opens a measure's drill-down and returns its two patient tables. */
  async openPatients(title: string): Promise<{ inNumerator: Locator; notInNumerator: Locator }> {
    const card = this.card(title);
    await card.getByRole('button', { name: 'Show patients' }).click();
    return {
      inNumerator: card.getByRole('table', { name: 'In the numerator' }),
      notInNumerator: card.getByRole('table', { name: 'Not in the numerator' }),
    };
  }
}
