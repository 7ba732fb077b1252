import { expect, type Locator, type Page } from '@playwright/test';
import { ShellPage } from './shell-page.js';

/** How the journeys tell one patient from another on later pages. */
export interface PatientIdentity {
  name: string;
  mrn: string;
}

export class PatientPage extends ShellPage {
  readonly medicationForm: Locator;
  readonly discontinuation: Locator;
  readonly proposalForm: Locator;
  readonly outreach: Locator;
  /** The caseload flags under the patient's name. */
  readonly headerFlags: Locator;

  constructor(page: Page) {
    super(page);
    this.medicationForm = page.getByRole('form', { name: 'Record medication event' });
    this.discontinuation = page.getByRole('region', { name: 'Discontinuation' });
    this.proposalForm = page.getByRole('form', { name: 'Propose taper or stop' });
    this.outreach = page.getByRole('region', { name: 'Outreach', exact: true });
    this.headerFlags = page.getByRole('list', { name: 'Flags' }).getByRole('listitem');
  }

  /**
   * "Family, Given" as the page's heading shows it. The page loads lazily, so the previous page's
   * heading ("Caseload") can still be on screen right after the address changes: wait for a name.
   */
  async patientName(): Promise<string> {
    const heading = this.page.getByRole('heading', { level: 1 });
    await expect(heading).toHaveText(/^\S.*, \S/);
    return ((await heading.textContent()) ?? '').trim();
  }

  /** The name and MRN the page's header shows. */
  async identity(): Promise<PatientIdentity> {
    const name = await this.patientName();
    const mrnLine = this.page.getByText(/^MRN \S+$/);
    const mrn = /^MRN (\S+)$/.exec(((await mrnLine.textContent()) ?? '').trim())?.[1];
    if (!mrn) throw new Error('the patient page shows no MRN');
    return { name, mrn };
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

  /** A task card in the Outreach panel, open or (once shown) done, e.g. "Injection overdue". */
  outreachTask(reason: string): Locator {
    return this.outreach.getByRole('article', { name: `Outreach task: ${reason}` });
  }

  /** The attempts a task card lists, oldest first. */
  outreachAttempts(task: Locator): Locator {
    return task.getByRole('list', { name: 'Attempts, oldest first' }).getByRole('listitem');
  }

  /** Logs one try at reaching the patient from the task's card, e.g. ('Phone', 'No answer'). */
  async logOutreachAttempt(task: Locator, channel: string, outcome: string): Promise<void> {
    const form = task.getByRole('form', { name: /^Log attempt/ });
    await form.getByRole('radio', { name: channel, exact: true }).check({ force: true });
    await form.getByLabel('Outcome').selectOption({ label: outcome });
    await form.getByRole('button', { name: 'Log attempt' }).click();
  }

  /** Done tasks are folded away under a button that counts them. */
  async showDoneOutreachTasks(): Promise<void> {
    await this.outreach.getByRole('button', { name: /^Show done tasks/ }).click();
  }
}
