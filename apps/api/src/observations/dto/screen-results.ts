import { isUdsSubstance, SCREEN_RESULTS, UDS_SUBSTANCES } from '@naltrack/domain';

const RESULT_WORDS = SCREEN_RESULTS.join(' or ');

/**
 * What is wrong with a drug screen's results map, in words a clinician understands; null when it
 * is a non-empty map of known substances to positive or negative.
 */
export function screenResultsProblem(value: unknown): string | null {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return `results must map each substance tested to ${RESULT_WORDS}, e.g. {"opioids": "negative"}`;
  }
  const entries = Object.entries(value);
  if (entries.length === 0) return 'results must name at least one substance tested';
  const unknown = entries.map(([substance]) => substance).filter((substance) => !isUdsSubstance(substance));
  if (unknown.length > 0) {
    return `results names substances the screen does not report (${unknown.join(', ')}); known: ${UDS_SUBSTANCES.join(', ')}`;
  }
  const bad = entries.filter(([, result]) => !(SCREEN_RESULTS as readonly unknown[]).includes(result));
  if (bad.length > 0) {
    return `results must be ${RESULT_WORDS} for each substance (not for ${bad.map(([s]) => s).join(', ')})`;
  }
  return null;
}
