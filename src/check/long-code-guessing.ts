// What the guessing bound (./guess-time.ts) says of codes longer than four digits. Where a code
// opens as its last digit is pressed, with no confirm key (product-facts §9), the keypad cannot
// wait for an entry's end: the twin's firmware judges an entry wrong at the model's shortest code
// length unless a longer stored code — or, on the menu models, the programming code — begins with
// it, and otherwise waits for more digits or the entry timeout (src/firmware/entry.ts
// couldStillMatch). No source says how the real lock ends a wrong entry, so this rule is assumed
// (the 955's and Powerbolt 240's guides want each code's first four digits unique, K7, M13, which
// fits it but does not state it). Under it someone outside tells a right start from a wrong one:
// a wrong start gets the wrong-code signal at once, a right one nothing. So a code of L digits
// falls to guessing its first four — the 4-digit bound's (N + 1)/(K + 1) guesses — then one
// digit at a time, (k + 1)/2 guesses each on average for k keys per digit (ten, or five with two
// digits per key): (N + 1)/(K + 1) + (L − 4)(k + 1)/2, not (k^L + 1)/(K + 1). The 4-digit time
// bound stays a lower bound for it (more guesses never take less time). Where a code opens only
// with the Lock button after it (Powerbolt 2, M10), an entry is judged whole at that press and
// its start tells nothing (scenarios/smartcode-913/long-code-leaks-its-first-four-digits.yaml).

import type { ModelProfile } from '../models/profile.ts';

const DIGITS = 10;
/** Lengths said with "an" (an 8-digit code, an 11-digit one). */
const AN_LENGTH = /^(8|11|18)/;

export interface LongCodeBound {
  /** Whether a wrong start is told from a right one before the entry ends (codes open at their last digit). */
  startsLeak: boolean;
  /** The entry length at which a start no longer code begins with is judged wrong: the shortest code. */
  judgedAtDigits: number;
  /** The model's longest user code, the one the figure is for. */
  longestCode: number;
  /** Expected guesses for a code of `longestCode` digits with the leak; null where nothing leaks. */
  expectedGuesses: number | null;
  text: string;
}

/**
 * `fourDigitGuesses`: the 4-digit bound's expected guesses, (N + 1)/(K + 1), for `storedCodes`
 * codes among `keySequences` (./guess-time.ts).
 */
export function longCodeBound(model: ModelProfile, fourDigitGuesses: number, storedCodes: number): LongCodeBound {
  const judgedAtDigits = model.codes.minLength;
  const longestCode = model.codes.maxLength;
  if (model.keypad.unlockWith === 'lock-button') {
    return {
      startsLeak: false,
      judgedAtDigits,
      longestCode,
      expectedGuesses: null,
      text: `an entry is judged whole at the Lock press (product-facts M10), so a right start is not told from a wrong one`,
    };
  }
  const keys = DIGITS / model.keypad.digitsPerKey;
  const extra = longestCode - judgedAtDigits;
  const expectedGuesses = fourDigitGuesses + (extra * (keys + 1)) / 2;
  const sequences = keys ** longestCode;
  const withoutLeak = (sequences + 1) / (storedCodes + 1);
  const orAdmin = model.programming === 'programming-code-menu' ? ` or the ${model.adminCodeName}` : '';
  return {
    startsLeak: true,
    judgedAtDigits,
    longestCode,
    expectedGuesses,
    text:
      `longer codes are barely stronger: an entry is judged wrong at its ${judgedAtDigits}th digit unless a longer code${orAdmin} begins with it ` +
      `(the twin's entry rule, assumed: no source says how a wrong entry ends), so a code of any length falls to guessing its first ` +
      `${judgedAtDigits} digits, then one digit at a time — ${AN_LENGTH.test(String(longestCode)) ? 'an' : 'a'} ${longestCode}-digit one in ≈${Math.round(expectedGuesses)} guesses on average, ` +
      `not the ≈${Math.round(withoutLeak)} its ${sequences} key sequences would take`,
  };
}
