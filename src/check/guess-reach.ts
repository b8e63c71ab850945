// Whether a run's explorations reached the guessing bound (./guess-time.ts): the bound turns the
// lockout property — at most A wrong entries judged within any span — into hours of guessing, and
// the property says something about guessing only where a search held A + 1 wrong guesses in a
// row. A guess is an entry of the scope's code length, as the exploration enters it (scope.ts):
// key by key (exterior, interior, …), typed whole in one step (switches: a code the lock does not
// hold), or behind SecureScreen after the touch that wakes it and the digits it shows (screened);
// then Lock, on a model whose codes open only with it (unlockWith, product-facts M10). So A + 1
// guesses need (A + 1) × that many steps, and the bound is printed only when some exploration that
// proves the lockout was complete to that depth (completeDepth: the state cap may stop it short).
// The count is conservative: shorter wrong entries (a digit and its timeout) reach the lockout in
// fewer steps, but a guesser types whole codes, and a search that saw fewer than A + 1 of them did
// not see the lockout hold against one. At `--depth 3` or `--state-cap 1` none is reached on any
// model; on the default scope the switches exploration (depth 8, a wrong code typed in one step)
// reaches it on every model with 3 attempts, and not on the Powerbolt 2 (5 attempts, Lock after
// each code: 12 steps).

import type { ModelProfile } from '../models/profile.ts';
import { screenDigitsOf } from '../firmware/secure-screen.ts';
import type { ExplorationResult } from './explore.ts';
import { SCREEN_WAKING_TOUCHES, type ExplorationName } from './scope.ts';

/** How an exploration enters a wrong code of the scope's length, if it can: key by key, typed
 * whole in one step, or behind SecureScreen; null where it types no wrong code (the cable
 * exploration types nothing; reset-menu types only the codes anyone may know). */
const GUESS_ENTRY: Record<ExplorationName, 'keys' | 'typed' | 'screened' | null> = {
  exterior: 'keys',
  'window-holds': 'keys',
  keypad: 'keys',
  screened: 'screened',
  interior: 'keys',
  'admin-gate': 'keys',
  physical: 'keys',
  cable: null,
  switches: 'typed',
  'after-reset': 'keys',
  'reset-menu': null,
  store: null,
};

/** Steps one whole wrong guess of `codeLength` digits takes in `exploration`, or null. */
export function stepsPerGuess(exploration: ExplorationName, model: ModelProfile, codeLength: number): number | null {
  const entry = GUESS_ENTRY[exploration];
  if (entry === null) return null;
  const lock = model.keypad.unlockWith === 'lock-button' ? 1 : 0;
  if (entry === 'typed') return 1 + lock;
  if (entry === 'keys') return codeLength + lock;
  return SCREEN_WAKING_TOUCHES + screenDigitsOf(model) + codeLength + lock;
}

export interface GuessReach {
  /** Some exploration proving the lockout was complete to a depth holding A + 1 whole guesses. */
  reached: boolean;
  /** Wrong guesses in a row the bound needs seen: the model's wrong attempts + 1. */
  guesses: number;
  /** Each lockout exploration: the depth A + 1 guesses need there, and the depth it was complete to. */
  explorations: { name: ExplorationName; needs: number; completeDepth: number }[];
}

export function guessReach(model: ModelProfile, codeLength: number, results: readonly ExplorationResult[]): GuessReach {
  const guesses = model.lockout.wrongAttempts + 1;
  const explorations = results.flatMap((r) => {
    const per = r.properties.includes('lockout') ? stepsPerGuess(r.name, model, codeLength) : null;
    return per === null ? [] : [{ name: r.name, needs: guesses * per, completeDepth: r.completeDepth }];
  });
  return { reached: explorations.some((e) => e.completeDepth >= e.needs), guesses, explorations };
}

/** The report's line where the bound is not reached: what each exploration would need. */
export function notReachedText(r: GuessReach, codeLength: number): string {
  const needs = r.explorations.map((e, i) => `${e.needs}${i === 0 ? ' steps' : ''} in ${e.name} (complete to ${e.completeDepth})`).join(', ');
  return `guessing bound not reached at this depth: ${r.guesses} wrong ${codeLength}-digit codes in a row take ${needs}`;
}
