// `npm run bench:export`: the adherence CSV for 100,000 patient-periods through the export service's
// streaming path, next to `COPY (the same query) TO STDOUT`, each side in its own process so that
// each one's peak memory is its own. A benchmark, not a test: it prints figures and asserts nothing.
import { fileURLToPath } from 'node:url';
import { BENCH_CONFIG, benchPeriod } from './export/bench-config.js';
import { benchClinician, prepareBenchDatabase } from './export/bench-database.js';
import { benchReport } from './export/bench-report.js';
import type { CopyExportInput } from './export/copy-export.js';
import { runSide, type SideResult } from './export/measure.js';
import type { ServiceExportInput, ServiceExportResult } from './export/service-export.js';

const config = BENCH_CONFIG;
const { from, to } = benchPeriod(config);
const patientPeriods = config.patients * config.months;
const side = (name: string) => fileURLToPath(new URL(`./export/${name}.js`, import.meta.url));

console.log(
  `Export benchmark: ${config.patients.toLocaleString('en-US')} patients x ${config.months} months = ` +
    `${patientPeriods.toLocaleString('en-US')} patient-periods, ${from} to ${to}`,
);
const startedAt = Date.now();
await prepareBenchDatabase(config);
const clinician = await benchClinician(config);

console.log('Exporting CSV through AdherenceExportService…');
const service = await runSide<ServiceExportResult>(side('service-export'), {
  config,
  from,
  to,
  clinician,
} satisfies ServiceExportInput);
if (service.rows !== patientPeriods) {
  console.warn(`warning: the export wrote ${service.rows} patient-periods, expected ${patientPeriods}`);
}

console.log('Running COPY (the same query) TO STDOUT into /dev/null…');
const copy = await runSide<SideResult>(side('copy-export'), {
  databaseUrl: config.databaseUrl,
  query: service.query,
} satisfies CopyExportInput);

console.log('');
console.log(benchReport({ patientPeriods, service, copy }));
console.log(`\nDone in ${Math.round((Date.now() - startedAt) / 1000)} s.`);
