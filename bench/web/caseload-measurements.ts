import type { Browser, Page } from '@playwright/test';
import { median, percentile } from './statistics.js';

/** Rendered patient rows of the virtualized caseload table. */
const ROWS = 'tbody tr[data-index]';
/** Columns clicked in turn: each first click is a new query (nothing cached), as a clinician's would be. */
const SORT_COLUMNS = ['PDC 90', 'PDC 30', 'Days on NTX', 'Next injection', 'Latest PACS', 'Last session', 'MRN'];

export interface CaseloadFigures {
  /** Patients the caseload lists (its total). */
  patients: number;
  firstRowsMs: number;
  domRowsMax: number;
  scrollStepMs: number;
  scrollStepP95Ms: number;
  sortMs: number;
}

export async function signIn(page: Page, email: string, password: string): Promise<void> {
  await page.goto('/login');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('heading', { level: 1, name: 'Today' }).waitFor();
}

/** From navigation to the first row on screen, the page's code already cached (a return visit). */
async function timeToFirstRows(page: Page): Promise<number> {
  const started = performance.now();
  await page.goto('/caseload');
  await page.locator(`${ROWS}[data-index="0"]`).waitFor();
  return performance.now() - started;
}

/** Scroll distance per step; steps x this stays inside the first 100 rows, so both lists scroll alike. */
const SCROLL_STEP_PX = 200;

/**
 * Scrolls the table in steps, down and back up, and times each step until the rows of the new
 * position are rendered and painted. Returns the step times and the most rows in the DOM.
 */
function scrollSteps(page: Page, steps: number): Promise<{ times: number[]; maxRows: number }> {
  return page.evaluate(
    async ({ stepCount, stepPx }) => {
      const scroller = document.querySelector('table')?.parentElement;
      if (!scroller) throw new Error('no caseload table');
      const rowHeight = document.querySelector('tbody tr[data-index]')?.getBoundingClientRect().height ?? 34;
      const frame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));
      const times: number[] = [];
      let maxRows = 0;
      const stepTo = async (top: number) => {
        const started = performance.now();
        scroller.scrollTop = top;
        const wanted = Math.floor(scroller.scrollTop / rowHeight);
        while (!document.querySelector(`tbody tr[data-index="${wanted}"]`)) await frame();
        await frame();
        times.push(performance.now() - started);
        maxRows = Math.max(maxRows, document.querySelectorAll('tbody tr[data-index]').length);
      };
      for (let i = 0; i < stepCount; i++) await stepTo(scroller.scrollTop + stepPx);
      for (let i = 0; i < stepCount; i++) await stepTo(Math.max(scroller.scrollTop - stepPx, 0));
      return { times, maxRows };
    },
    { stepCount: steps, stepPx: SCROLL_STEP_PX },
  );
}

/** From the click on a column header to the re-sorted first row on screen. */
async function timeSort(page: Page, column: string): Promise<number> {
  const started = performance.now();
  await Promise.all([
    page.waitForResponse((response) => response.url().includes('/api/caseload') && response.ok()),
    page.getByRole('columnheader', { name: column }).getByRole('button').click(),
  ]);
  await page.locator(`${ROWS}[data-index="0"]`).waitFor();
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(resolve)));
  return performance.now() - started;
}

export async function measureCaseload(
  browser: Browser,
  baseUrl: string,
  account: { email: string; password: string },
  runs: number,
): Promise<CaseloadFigures> {
  const context = await browser.newContext({ baseURL: baseUrl, viewport: { width: 1440, height: 900 } });
  const page = await context.newPage();
  try {
    await signIn(page, account.email, account.password);
    await timeToFirstRows(page); // warms the page's chunk and the server's caches
    const firstRows: number[] = [];
    for (let i = 0; i < runs; i++) firstRows.push(await timeToFirstRows(page));
    const rowCount = Number(await page.locator('table[aria-rowcount]').getAttribute('aria-rowcount')) - 1;
    const initialRows = await page.locator(ROWS).count();

    const scroll = await scrollSteps(page, 8);
    const sorts: number[] = [];
    for (const column of SORT_COLUMNS) sorts.push(await timeSort(page, column));
    return {
      patients: rowCount,
      firstRowsMs: median(firstRows),
      domRowsMax: Math.max(initialRows, scroll.maxRows),
      scrollStepMs: median(scroll.times),
      scrollStepP95Ms: percentile(scroll.times, 0.95),
      sortMs: median(sorts),
    };
  } finally {
    await context.close();
  }
}
