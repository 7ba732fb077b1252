// `npm run bench:web`: the caseload page in Debian's chromium with 100 and with 10,000 patients,
// on the built app and a server database (BENCH_WEB_DATABASE_URL, default the local PostgreSQL).
// Prints DOM rows, time to first rows, scroll and sort times, and each as a ratio 10,000 / 100
// measured in the same run, so a busy machine moves both sides alike.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../test/e2e/chromium.js';
import { startApp } from './web/app-server.js';
import { BENCH_EMAIL, prepareCaseloadDatabase } from './web/bench-database.js';
import { type CaseloadFigures, measureCaseload } from './web/caseload-measurements.js';

// Compiled to bench/dist/bench/.
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const serverUrl = process.env.BENCH_WEB_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const SIZES = [100, 10_000] as const;
const RUNS = 7;
const DOM_ROWS_LIMIT = 60;
const DEMO_PASSWORD = 'naltrack-demo-password';

function databaseUrl(patients: number): string {
  const url = new URL(serverUrl);
  url.pathname = `/naltrack_bench_web_${patients}`;
  return url.href;
}

const ms = (value: number) => `${value.toFixed(0)} ms`;

const figures: CaseloadFigures[] = [];
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
try {
  for (const [index, patients] of SIZES.entries()) {
    const url = databaseUrl(patients);
    await prepareCaseloadDatabase(url, patients, root);
    const app = await startApp(root, url, 3400 + index);
    try {
      process.stdout.write(`measuring the caseload with ${patients} patients…\n`);
      figures.push(await measureCaseload(browser, app.baseUrl, { email: BENCH_EMAIL, password: DEMO_PASSWORD }, RUNS));
    } finally {
      await app.stop();
    }
  }
} finally {
  await browser.close();
}

const [small, large] = figures as [CaseloadFigures, CaseloadFigures];
for (const f of figures) {
  process.stdout.write(
    `caseload ${f.patients} patients: DOM rows ${f.domRowsMax} (limit ${DOM_ROWS_LIMIT}), first rows ${ms(f.firstRowsMs)}, ` +
      `scroll step ${ms(f.scrollStepMs)} (p95 ${ms(f.scrollStepP95Ms)}), sort ${ms(f.sortMs)}\n`,
  );
}
const ratios = {
  firstRows: large.firstRowsMs / small.firstRowsMs,
  scrollStep: large.scrollStepMs / small.scrollStepMs,
  sort: large.sortMs / small.sortMs,
};
process.stdout.write(
  `ratio ${large.patients} / ${small.patients}: first rows ${ratios.firstRows.toFixed(2)}x, ` +
    `scroll step ${ratios.scrollStep.toFixed(2)}x, sort ${ratios.sort.toFixed(2)}x\n`,
);
const domOk = figures.every((f) => f.domRowsMax < DOM_ROWS_LIMIT);
process.stdout.write(`DOM rows stay under ${DOM_ROWS_LIMIT}: ${domOk ? 'yes' : 'NO'}\n`);
writeFileSync(
  path.join(root, 'bench/web-results.json'),
  `${JSON.stringify({ measuredAt: new Date().toISOString(), figures, ratios }, null, 2)}\n`,
);
if (!domOk) process.exitCode = 1;
