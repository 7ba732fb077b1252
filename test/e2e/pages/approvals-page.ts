import type { Locator, Page } from '@playwright/test';
import type { PatientIdentity } from './patient-page.js';
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

  /** A patient's request: by name and MRN, since two demo patients may share a name. */
  request(patient: PatientIdentity): Locator {
    return this.page.getByRole('article', { name: patient.name }).filter({ hasText: `MRN ${patient.mrn} ·` });
  }

  async approve(patient: PatientIdentity, comment: string): Promise<void> {
    const item = this.request(patient);
    await item.getByLabel('Comment').fill(comment);
    await item.getByRole('button', { name: 'Approve' }).click();
  }
}
