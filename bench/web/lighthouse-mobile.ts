import { launch } from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../test/e2e/chromium.js';
import { median } from './statistics.js';

export interface LighthouseFigures {
  /** Medians over the runs. */
  performanceScore: number;
  lcpMs: number;
  tbtMs: number;
  runs: { performanceScore: number; lcpMs: number; tbtMs: number }[];
}

function numericAudit(audits: Record<string, { numericValue?: number }>, id: string): number {
  const value = audits[id]?.numericValue;
  if (value === undefined) throw new Error(`Lighthouse gave no value for ${id}`);
  return value;
}

/** Tries a run again when Lighthouse could not record it (a trace without navigation start on a busy machine). */
const ATTEMPTS_PER_RUN = 3;

async function auditOnce(url: string): Promise<LighthouseFigures['runs'][number]> {
  for (let attempt = 1; ; attempt++) {
    const chrome = await launch({ chromePath: CHROMIUM_PATH, chromeFlags: CHROMIUM_ARGS });
    try {
      const result = await lighthouse(url, { port: chrome.port, onlyCategories: ['performance'], logLevel: 'error' });
      if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
      const { audits, categories, runtimeError } = result.lhr;
      if (runtimeError) {
        if (attempt < ATTEMPTS_PER_RUN) continue;
        throw new Error(`Lighthouse failed on ${url}: ${runtimeError.code} ${runtimeError.message}`);
      }
      return {
        performanceScore: categories.performance?.score ?? 0,
        lcpMs: numericAudit(audits, 'largest-contentful-paint'),
        tbtMs: numericAudit(audits, 'total-blocking-time'),
      };
    } finally {
      chrome.kill();
    }
  }
}

/**
 * Lighthouse's performance audit of `url` with its default (mobile) preset: a mid-range phone on a
 * slow 4G link, simulated from the page's real load. Each run a fresh chromium, so nothing is cached;
 * the medians of `runs` runs, as Lighthouse's own docs advise for its run-to-run variance.
 */
export async function measureLighthouseMobile(url: string, runs: number): Promise<LighthouseFigures> {
  const results: LighthouseFigures['runs'] = [];
  for (let run = 0; run < runs; run++) results.push(await auditOnce(url));
  return {
    performanceScore: median(results.map((r) => r.performanceScore)),
    lcpMs: median(results.map((r) => r.lcpMs)),
    tbtMs: median(results.map((r) => r.tbtMs)),
    runs: results,
  };
}
