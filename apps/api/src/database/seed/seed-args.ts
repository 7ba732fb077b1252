import { parseArgs } from 'node:util';

export interface SeedArgs {
  /** Total patients, split evenly over the three teams. */
  patients?: number;
  seed?: number;
}

export const SEED_USAGE = 'usage: npm run seed -- [--patients N] [--seed S]   (N, S: positive whole numbers)';

/** Thrown for a bad command line; the message names the flag at fault. */
export class SeedArgsError extends Error {}

function positiveInteger(flag: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!/^\d+$/.test(value.trim()) || !Number.isSafeInteger(n) || n < 1) {
    throw new SeedArgsError(`--${flag} must be a positive whole number, got "${value}"`);
  }
  return n;
}

/** `--patients N --seed S` from a command line (without node and the script). */
export function parseSeedArgs(argv: readonly string[]): SeedArgs {
  let values: { patients?: string; seed?: string };
  try {
    ({ values } = parseArgs({
      args: [...argv],
      options: { patients: { type: 'string' }, seed: { type: 'string' } },
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    // parseArgs names the unknown option or the one missing its value.
    throw new SeedArgsError(error instanceof Error ? error.message : String(error));
  }
  return { patients: positiveInteger('patients', values.patients), seed: positiveInteger('seed', values.seed) };
}
