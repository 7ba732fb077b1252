import type { Locator, Page } from '@playwright/test';
import { ShellPage } from './shell-page.js';

export class PatientPage extends ShellPage {
  readonly medicationForm: Locator;
  readonly discontinuation: Locator;
  readonly proposalForm: Locator;

  constructor(page: Page) {
    super(page);
    this.medicationForm = page.getByRole('form', { name: 'Record medication event' });
    this.discontinuation = page.getByRole('region', { name: 'Discontinuation' });
    this.proposalForm = page.getByRole('form', { name: 'Propose taper or stop' });
  }

  /** "Family, Given" as the page's heading shows it. */
  async patientName(): Promise<string> {
    return ((await this.page.getByRole('heading', { level: 1 }).textContent()) ?? '').trim();
  }

  metric(label: string): Locator {
    return this.page.getByRole('region', { name: label });
  }

  async recordInjection(lot: string, site: string): Promise<void> {
    const form = this.medicationForm;
    await form.getByLabel('Kind').selectOption({ label: 'Administered' });
    await form.getByLabel('Formulation').selectOption({ label: 'XR-NTX injection' });
    await form.getByLabel('Lot').fill(lot);
    await form.getByLabel('Injection site').fill(site);
    await form.getByRole('button', { name: 'Record event' }).click();
  }

  async proposeStop(effectiveOn: string, reason: string): Promise<void> {
    const form = this.proposalForm;
    await form.getByLabel('Kind').selectOption({ label: 'Stop' });
    await form.getByLabel('Effective on (last day)').fill(effectiveOn);
    await form.getByRole('textbox', { name: /^Reason/ }).fill(reason);
    await form.getByRole('button', { name: 'Propose stop' }).click();
  }
}
