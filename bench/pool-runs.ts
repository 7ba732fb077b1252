// `npm run bench:pool -- <run> <run> ...`: how far one run's verdicts can be trusted. Each run is a
// results file of `npm run bench`, or a git revision whose bench/results.json to read. The rounds
// of every run are pooled figure by figure; for each figure it prints the pooled median ratio and
// quartiles, and how often a run drawn from those rounds (as many rounds as the runs had, drawn
// with replacement, 10,000 draws from a fixed seed) would meet the target on its median; then how
// often such a run would meet every target at once. BENCH_POOL_ROUNDS draws runs of that many
// rounds instead: would more rounds make the verdicts hold?
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { type Figure, median, type Target, verdictOf } from './scale/figures.js';
import { percentile } from './scale/load.js';

const DRAWS = 10_000;

interface Results {
  measuredAt: string;
  settings: { rounds: number };
  figures: Figure[];
}

interface Pooled {
  id: string;
  target: Target;
  ratios: number[];
}

function readRun(run: string): Results {
  const text = existsSync(run)
    ? readFileSync(run, 'utf8')
    : execFileSync('git', ['show', `${run}:bench/results.json`], { encoding: 'utf8' });
  return JSON.parse(text) as Results;
}

/** A small seeded generator (mulberry32), so that the same runs always print the same shares. */
function seeded(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

const runs = process.argv.slice(2);
if (runs.length < 2) {
  console.error('usage: npm run bench:pool -- <results file or git revision> <another> ...');
  process.exit(2);
}
const results = runs.map(readRun);
const pooled = new Map<string, Pooled>();
for (const run of results) {
  for (const figure of run.figures) {
    const entry = pooled.get(figure.id) ?? { id: figure.id, target: figure.target, ratios: [] };
    entry.ratios.push(...figure.rounds.map((round) => round.ratio));
    pooled.set(figure.id, entry);
  }
}
const rounds = Number(process.env.BENCH_POOL_ROUNDS ?? Math.min(...results.map((run) => run.settings.rounds)));
if (!Number.isInteger(rounds) || rounds < 1) throw new Error('BENCH_POOL_ROUNDS must be a positive whole number');
const random = seeded(20261207);
const metAlone = new Map<string, number>();
let metTogether = 0;
for (let draw = 0; draw < DRAWS; draw++) {
  let every = true;
  for (const { id, target, ratios } of pooled.values()) {
    const drawn = Array.from({ length: rounds }, () => ratios[Math.floor(random() * ratios.length)] ?? Number.NaN);
    const met = verdictOf(median(drawn), target) !== false;
    if (met) metAlone.set(id, (metAlone.get(id) ?? 0) + 1);
    every &&= met;
  }
  if (every) metTogether++;
}

console.log(`${results.length} runs (${results.map((run) => run.measuredAt).join(', ')}), ${rounds} rounds a run\n`);
console.log(`${'figure'.padEnd(32)} ${'target'.padEnd(8)} rounds  median  quartiles    runs meeting it`);
for (const { id, target, ratios } of pooled.values()) {
  const shown = target === null ? 'none' : 'max' in target ? `<= ${target.max}` : `>= ${target.min}`;
  const quartiles = `${percentile(ratios, 25).toFixed(2)}-${percentile(ratios, 75).toFixed(2)}`;
  const share = `${Math.round((100 * (metAlone.get(id) ?? 0)) / DRAWS)}%`;
  console.log(
    `${id.padEnd(32)} ${shown.padEnd(8)} ${String(ratios.length).padStart(6)}  ${median(ratios).toFixed(2).padStart(6)}  ${quartiles.padEnd(11)}  ${share.padStart(15)}`,
  );
}
console.log(`\nRuns of ${rounds} rounds meeting every target: ${((100 * metTogether) / DRAWS).toFixed(1)}%`);
