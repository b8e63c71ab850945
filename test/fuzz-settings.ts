// How many sequences the fast-check fuzzers try, and from which seed (test/fuzz.test.ts,
// test/fuzz-hold-timing.test.ts): `npm test` tries FUZZ_RUNS_DEFAULT per property;
// LOCKSTEP_FUZZ_RUNS=N runs a longer campaign and LOCKSTEP_FUZZ_SEED=S replays one, e.g.
// `LOCKSTEP_FUZZ_RUNS=20000 npx vitest run test/fuzz.test.ts --testTimeout=0`.

export const FUZZ_RUNS_DEFAULT = 100;

/** LOCKSTEP_FUZZ_RUNS: sequences per property (a whole number ≥ 1), FUZZ_RUNS_DEFAULT when unset. */
export function fuzzRuns(text: string | undefined): number {
  if (text === undefined || text === '') return FUZZ_RUNS_DEFAULT;
  const n = Number(text);
  if (!Number.isInteger(n) || n < 1) throw new Error(`LOCKSTEP_FUZZ_RUNS must be a whole number of at least 1, not "${text}"`);
  return n;
}

/** LOCKSTEP_FUZZ_SEED: the seed every property starts from (a 32-bit integer); unset, fast-check
 * draws one per property and prints it with any failure. */
export function fuzzSeed(text: string | undefined): number | undefined {
  if (text === undefined || text === '') return undefined;
  const n = Number(text);
  if (!Number.isInteger(n) || n < -(2 ** 31) || n >= 2 ** 31) throw new Error(`LOCKSTEP_FUZZ_SEED must be a 32-bit integer, not "${text}"`);
  return n;
}
