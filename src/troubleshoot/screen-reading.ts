// Digits lit on the keypad to be touched, as `lockstep decode` reads them (issue "The
// troubleshooter"; product-facts M5, M7): on a 915/916 that is SecureScreen, switch 4 on — "displays
// random digits to be pressed before entering user code… so that codes cannot be identified by
// examining the touchscreen for fingerprints". They are no signal of the status light, so they are
// not in the model's signal table (decode.ts); this reads them beside it. What the lock does with a
// code typed straight onto the screen is the twin's (firmware/secure-screen.ts): the first touch
// wakes it, the next digits are taken for the ones shown, and the first that differs gets the
// wrong-code answer. How many digits it shows is assumed (the profile's count).

import type { ModelProfile, SignalName } from '../models/profile.ts';
import { hasSecureScreen, screenDigitsOf, SECURE_SCREEN_SWITCH } from '../firmware/secure-screen.ts';
import { signalWords } from './procedure-kit.ts';

export const SECURE_SCREEN_CITE = 'product-facts M5, M7';
/** What a code typed straight onto the screen gets (firmware/secure-screen.ts: a wrong shown digit). */
export const STRAIGHT_ON_ANSWER: SignalName = 'wrongCode';

/** What lit digits mean on a model with a SecureScreen. */
export interface ScreenReading {
  label: string;
  /** How many digits the model's screen shows (the profile's count). */
  digits: number;
  /** The signal a code typed straight on gets. */
  answer: SignalName;
  /** "2 random digits lit at the first touch" */
  looksLike: string;
  meaning: string;
  says: string;
  todo: string;
  cite: string;
  /** When the person counted otherwise than the model shows: a word on it, else null. */
  countNote: string | null;
}

/** Lit digits on this model: its SecureScreen's reading, or null where the model has none. */
export function readLitDigits(model: ModelProfile, said: number | 'some'): ScreenReading | null {
  if (!hasSecureScreen(model)) return null;
  const n = screenDigitsOf(model);
  return {
    label: 'SecureScreen on',
    digits: n,
    answer: STRAIGHT_ON_ANSWER,
    looksLike: `${n} random digits lit at the first touch`,
    meaning: `SecureScreen is on (switch ${SECURE_SCREEN_SWITCH}): so that nobody can read the code from fingerprints on the screen, the first touch lights ${n} random digits to touch before the code.`,
    says: `Typed straight on, a code's first digits are taken for the ones shown, and it gets ${signalWords(model, STRAIGHT_ON_ANSWER)} — the lock is not broken and every code is still there.`,
    todo: `Touch the lit digits in the order shown, then your code. If you would rather not, turn switch ${SECURE_SCREEN_SWITCH} off on the interior assembly; a factory reset would not turn it off (it is a switch) and would erase every code.`,
    cite: SECURE_SCREEN_CITE,
    countNote: said !== 'some' && said !== n ? `you counted ${said}; the twin shows ${n}, a count no source gives` : null,
  };
}

/** Whether a `--meaning` word asks for the SecureScreen ("SecureScreen", "secure screen"): it is no
 * signal of the table, so the reverse lookup would otherwise answer with whatever signal's words
 * share "screen" (the touchscreen lockout). */
export function namesSecureScreen(word: string): boolean {
  return word.toLowerCase().replace(/[^a-z]+/g, '').includes('securescreen');
}

/** Why lit digits mean nothing on a model without a SecureScreen; `identify` says where to check
 * the model (the terminal's command, or the page's model finder: decode-reading.ts's Pointers). */
export function noScreenHint(model: ModelProfile, identify: string): string {
  return `The ${model.name} has no SecureScreen: only the 915/916 touchscreen lights digits to touch before the code (${SECURE_SCREEN_CITE}). If yours is a touchscreen, check the model (${identify}).`;
}
