/** A fixed seed by default, so CI replays the same requests; FUZZ_SEED explores others. */
const DEFAULT_SEED = 20_261_203;
/** Requests per operation: sized to keep the run within about three minutes on two cores. */
const DEFAULT_RUNS = 60;

export interface FuzzSettings {
  seed: number;
  runs: number;
}

function integerOf(env: NodeJS.ProcessEnv, name: string, fallback: number, min: number): number {
  const given = env[name];
  if (given === undefined || given === '') return fallback;
  const value = Number(given);
  if (!Number.isSafeInteger(value) || value < min)
    throw new Error(`${name} must be an integer >= ${min}, not ${given}`);
  return value;
}

export function fuzzSettings(env: NodeJS.ProcessEnv): FuzzSettings {
  return {
    seed: integerOf(env, 'FUZZ_SEED', DEFAULT_SEED, -(2 ** 31)),
    runs: integerOf(env, 'FUZZ_RUNS', DEFAULT_RUNS, 1),
  };
}
