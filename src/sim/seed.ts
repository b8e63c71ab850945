// A run's seed: the one number every random stream of a twin is forked from (sim/prng.ts; the
// project's rule "every run is replayable from its seed"). The generator takes it as one 32-bit word,
// so a seed is a whole number from 0 to SEED_MAX: a larger one would silently give the run of
// another seed (2^32 + 1 the run of 1), and is refused where a person gives one.

/** The largest seed: the largest 32-bit word. */
export const SEED_MAX = 0xffff_ffff;
/** The seed of a run that names none. */
export const DEFAULT_SEED = 1;

/** What a seed must be, for messages. */
export const SEED_RULE = `a whole number from 0 to ${SEED_MAX}`;

/** Whether a number is a seed. */
export function isSeed(n: number): boolean {
  return Number.isInteger(n) && n >= 0 && n <= SEED_MAX;
}

const DIGITS = /^\d+$/;

/** A seed written as a command-line option (digits only: no sign, exponent or fraction), or undefined when it is not one. */
export function seedFromText(text: string): number | undefined {
  if (!DIGITS.test(text)) return undefined;
  const n = Number(text);
  return isSeed(n) ? n : undefined;
}
