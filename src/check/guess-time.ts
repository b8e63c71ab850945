// What the proven lockout bound buys against guessing (issue "Prove it"; product-facts S4, M4,
// M10): if the keypad judges at most A wrong entries within any span of S ms — the `lockout`
// property the checker proves, S the window or the lockout if shorter (lockout-span.ts) — a
// person guessing 4-digit codes at random, never repeating one, needs on average
// (N + 1) / (K + 1) guesses to hit one of K stored codes among N possible key sequences. The G-th
// guess comes at least ⌊(G − 1) / A⌋ × S after the first (each guess, the right one too, is at
// least S after the one A before it: the A between were wrong), so the expected time is at least
// S × E[⌊(G − 1) / A⌋] = S × Σⱼ P(G > jA) — a little less than E[G] × S / A, which counts the
// last span's unfinished part as waited out; the text rounds it down to the minute. N is 10⁴ on a
// ten-key keypad and
// only 5⁴ = 625 on keypads with two digits per key (909/910, Powerbolt 2), where 1357 and 2468
// are the same presses. Codes longer than four digits add little to it where the keypad tells a
// right start from a wrong one (./long-code-guessing.ts): `longCodes`.

import type { ModelProfile } from '../models/profile.ts';
import { lockoutSpanMs } from './lockout-span.ts';
import { longCodeBound, type LongCodeBound } from './long-code-guessing.ts';

/** The yardstick: one of 30 stored four-digit codes (fewer where the model holds fewer). */
export const GUESS_CODE_DIGITS = 4;
export const GUESS_STORED_CODES = 30;
const DIGITS = 10;
const MS_PER_HOUR = 3_600_000;
const MS_PER_MINUTE = 60_000;
const MINUTES_PER_HOUR = 60;

export interface GuessBound {
  wrongAttempts: number;
  /** The span the lockout bounds them in: the window, or the lockout where it is shorter. */
  spanMs: number;
  /** Distinct key sequences of GUESS_CODE_DIGITS presses. */
  keySequences: number;
  storedCodes: number;
  /** Expected guesses to hit one of the stored codes (random order, no repeats). */
  expectedGuesses: number;
  /** Lower bound on the expected time, in hours: S × E[⌊(G − 1) / A⌋]. */
  expectedHoursAtLeast: number;
  /** What the bound says of the model's longer codes: their first digits leak where codes open at their last digit. */
  longCodes: LongCodeBound;
}

export function guessBound(model: ModelProfile): GuessBound {
  const keys = DIGITS / model.keypad.digitsPerKey;
  const keySequences = keys ** GUESS_CODE_DIGITS;
  const storedCodes = Math.min(GUESS_STORED_CODES, model.codes.capacity);
  const expectedGuesses = (keySequences + 1) / (storedCodes + 1);
  const { wrongAttempts } = model.lockout;
  const spanMs = lockoutSpanMs(model);
  return {
    wrongAttempts,
    spanMs,
    keySequences,
    storedCodes,
    expectedGuesses,
    expectedHoursAtLeast: (expectedFullSpans(keySequences, storedCodes, wrongAttempts) * spanMs) / MS_PER_HOUR,
    longCodes: longCodeBound(model, expectedGuesses, storedCodes),
  };
}

/** E[⌊(G − 1) / A⌋] for G the guess that first hits one of `stored` codes among `sequences`, drawn
 * at random without repeats: Σⱼ P(G > jA), P(G > g) being the chance that the first g guesses all
 * miss, Π (N − K − i) / (N − i) over i < g. */
function expectedFullSpans(sequences: number, stored: number, attempts: number): number {
  let allMissed = 1;
  let sum = 0;
  for (let g = 1; g <= sequences - stored; g++) {
    allMissed *= (sequences - stored - (g - 1)) / (sequences - (g - 1));
    if (g % attempts === 0) sum += allMissed;
  }
  return sum;
}

/** A lower bound in words, rounded down to the minute: "1 h 46 min", "12 min". */
function atLeastWords(hours: number): string {
  const minutes = Math.floor((hours * MS_PER_HOUR) / MS_PER_MINUTE);
  const h = Math.floor(minutes / MINUTES_PER_HOUR);
  const min = minutes % MINUTES_PER_HOUR;
  return h === 0 ? `${min} min` : `${h} h ${min} min`;
}

export function guessText(b: GuessBound): string {
  return (
    `at most ${b.wrongAttempts} wrong entries per ${b.spanMs / 1000} s → guessing one of ${b.storedCodes} stored ` +
    `${GUESS_CODE_DIGITS}-digit codes (${b.keySequences} key sequences) takes ≈${Math.round(b.expectedGuesses)} guesses, ` +
    `at least ${atLeastWords(b.expectedHoursAtLeast)} on average`
  );
}
