import type { Locator, Page } from '@playwright/test';

/** The layout every page shares: header, navigation, health, Part 2 notice. */
export class ShellPage {
  readonly banner: Locator;
  readonly navigation: Locator;
  readonly health: Locator;
  readonly main: Locator;

  constructor(readonly page: Page) {
    this.banner = page.getByRole('banner');
    this.navigation = page.getByRole('navigation').first();
    this.health = page.getByRole('status').filter({ hasText: 'System health' });
    this.main = page.getByRole('main');
  }

  async open(path = '/'): Promise<void> {
    await this.page.goto(path);
  }

  heading(name: string | RegExp): Locator {
    return this.page.getByRole('heading', { level: 1, name });
  }
}
