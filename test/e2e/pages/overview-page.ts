import type { Locator, Page } from '@playwright/test';
import { ShellPage } from './shell-page.js';

export class OverviewPage extends ShellPage {
  readonly careTeams: Locator;

  constructor(page: Page) {
    super(page);
    this.careTeams = page.getByRole('table');
  }

  teamRow(name: string): Locator {
    return this.careTeams.getByRole('row').filter({ hasText: name });
  }
}
