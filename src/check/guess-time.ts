// What the proven lockout bound buys against guessing (issue "Prove it"; product-facts S4, M4,
// M10): if the keypad judges at most A wrong entries within any span of S ms — the `lockout`
// property the checker proves, S the window or the lockout if shorter (lockout-span.ts) — a
// person guessing 4-digit codes at random, never repeating one, needs on average
// (N + 1) / (K + 1) guesses to hit one of K stored codes among N possible key sequences, so at
// least that many guesses × S / A of time. N is 10⁴ on a ten-key keypad and
// only 5⁴ = 625 on keypads with two digits per key (909/910, Powerbolt 2), where 1357 and 2468
// are the same presses.

import type { ModelProfile } from '../models/profile.ts';
import { lockoutSpanMs } from './lockout-span.ts';

/** The yardstick: one of 30 stored four-digit codes (fewer where the model holds fewer). */
export const GUESS_CODE_DIGITS = 4;
export const GUESS_STORED_CODES = 30;
const DIGITS = 10;
const MS_PER_HOUR = 3_600_000;

export interface GuessBound {
  wrongAttempts: number;
  /** The span the lockout bounds them in: the window, or the lockout where it is shorter. */
  spanMs: number;
  /** Distinct key sequences of GUESS_CODE_DIGITS presses. */
  keySequences: number;
  storedCodes: number;
  /** Expected guesses to hit one of the stored codes (random order, no repeats). */
  expectedGuesses: number;
  /** Lower bound on the expected time, in hours. */
  expectedHoursAtLeast: number;
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
    expectedHoursAtLeast: (expectedGuesses * spanMs) / wrongAttempts / MS_PER_HOUR,
  };
}

export function guessText(b: GuessBound): string {
  return (
    `at most ${b.wrongAttempts} wrong entries per ${b.spanMs / 1000} s → guessing one of ${b.storedCodes} stored ` +
    `${GUESS_CODE_DIGITS}-digit codes (${b.keySequences} key sequences) takes ≈${Math.round(b.expectedGuesses)} guesses, ` +
    `at least ${b.expectedHoursAtLeast.toFixed(1)} h on average`
  );
}
