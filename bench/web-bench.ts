// `npm run bench:web`: the built app in Debian's chromium, on a server database
// (BENCH_WEB_DATABASE_URL, default the local PostgreSQL).
// First, the sign-in page on a first visit: bytes transferred with `Accept-Encoding: gzip, br`, and
// Lighthouse's LCP and TBT on its mobile preset, each against its target.
// Then the caseload page with 100 and with 10,000 patients: DOM rows, time to first rows, scroll and
// sort times, and each as a ratio 10,000 / 100 measured in the same run, so a busy machine moves both
// sides alike. `-- --first-visit-only` stops after the sign-in page.
// Exits non-zero when a target is missed.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../test/e2e/chromium.js';
import { startApp } from './web/app-server.js';
import { BENCH_EMAIL, prepareCaseloadDatabase } from './web/bench-database.js';
import { type CaseloadFigures, measureCaseload } from './web/caseload-measurements.js';
import { type FirstVisit, measureSignInFirstVisit, SIGN_IN_PATH } from './web/first-visit.js';
import { type LighthouseFigures, measureLighthouseMobile } from './web/lighthouse-mobile.js';
import { signInVerdicts, verdictLine } from './web/sign-in-targets.js';

// Compiled to bench/dist/bench/.
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const serverUrl = process.env.BENCH_WEB_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const firstVisitOnly = process.argv.includes('--first-visit-only');
const SIZES = firstVisitOnly ? ([100] as const) : ([100, 10_000] as const);
const RUNS = 7;
const LIGHTHOUSE_RUNS = 5;
const DOM_ROWS_LIMIT = 60;
const DEMO_PASSWORD = 'naltrack-demo-password';

function databaseUrl(patients: number): string {
  const url = new URL(serverUrl);
  url.pathname = `/naltrack_bench_web_${patients}`;
  return url.href;
}

const ms = (value: number) => `${value.toFixed(0)} ms`;
const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;

const figures: CaseloadFigures[] = [];
let firstVisit: FirstVisit | undefined;
let lighthouse: LighthouseFigures | undefined;
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
try {
  for (const [index, patients] of SIZES.entries()) {
    const url = databaseUrl(patients);
    await prepareCaseloadDatabase(url, patients, root);
    const app = await startApp(root, url, 3400 + index);
    try {
      if (index === 0) {
        process.stdout.write('measuring the sign-in page on a first visit…\n');
        firstVisit = await measureSignInFirstVisit(browser, app.baseUrl);
        lighthouse = await measureLighthouseMobile(`${app.baseUrl}${SIGN_IN_PATH}`, LIGHTHOUSE_RUNS);
      }
      if (firstVisitOnly) continue;
      process.stdout.write(`measuring the caseload with ${patients} patients…\n`);
      figures.push(await measureCaseload(browser, app.baseUrl, { email: BENCH_EMAIL, password: DEMO_PASSWORD }, RUNS));
    } finally {
      await app.stop();
    }
  }
} finally {
  await browser.close();
}
if (!firstVisit || !lighthouse) throw new Error('the sign-in page was not measured');

for (const response of firstVisit.responses) {
  process.stdout.write(`  ${kib(response.bytes).padStart(10)}  ${response.encoding.padEnd(8)} ${response.url}\n`);
}
process.stdout.write(
  `Lighthouse mobile, median of ${LIGHTHOUSE_RUNS} runs: performance ${lighthouse.performanceScore.toFixed(2)}, ` +
    `LCP ${ms(lighthouse.lcpMs)}, TBT ${ms(lighthouse.tbtMs)}\n`,
);
const verdicts = signInVerdicts(firstVisit, lighthouse);
for (const verdict of verdicts) process.stdout.write(`${verdictLine(verdict)}\n`);

interface CaseloadRatios {
  firstRows: number;
  scrollStep: number;
  sort: number;
}
let ratios: CaseloadRatios | undefined;
let domOk = true;
if (!firstVisitOnly) {
  const [small, large] = figures as [CaseloadFigures, CaseloadFigures];
  for (const f of figures) {
    process.stdout.write(
      `caseload ${f.patients} patients: DOM rows ${f.domRowsMax} (limit ${DOM_ROWS_LIMIT}), first rows ${ms(f.firstRowsMs)}, ` +
        `scroll step ${ms(f.scrollStepMs)} (p95 ${ms(f.scrollStepP95Ms)}), sort ${ms(f.sortMs)}\n`,
    );
  }
  const measured = {
    firstRows: large.firstRowsMs / small.firstRowsMs,
    scrollStep: large.scrollStepMs / small.scrollStepMs,
    sort: large.sortMs / small.sortMs,
  };
  ratios = measured;
  process.stdout.write(
    `ratio ${large.patients} / ${small.patients}: first rows ${measured.firstRows.toFixed(2)}x, ` +
      `scroll step ${measured.scrollStep.toFixed(2)}x, sort ${measured.sort.toFixed(2)}x\n`,
  );
  domOk = figures.every((f) => f.domRowsMax < DOM_ROWS_LIMIT);
  process.stdout.write(`DOM rows stay under ${DOM_ROWS_LIMIT}: ${domOk ? 'yes' : 'NO'}\n`);
}

// A first-visit-only run keeps the caseload figures of the last full run.
const resultsFile = path.join(root, 'bench/web-results.json');
const previous: { figures?: CaseloadFigures[]; ratios?: CaseloadRatios } = existsSync(resultsFile)
  ? JSON.parse(readFileSync(resultsFile, 'utf8'))
  : {};
const results = {
  measuredAt: new Date().toISOString(),
  signIn: { verdicts, firstVisit, lighthouse },
  figures: firstVisitOnly ? previous.figures : figures,
  ratios: firstVisitOnly ? previous.ratios : ratios,
};
writeFileSync(resultsFile, `${JSON.stringify(results, null, 2)}\n`);
if (!domOk || verdicts.some((v) => !v.met)) process.exitCode = 1;
