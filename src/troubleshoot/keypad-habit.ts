// What to try before anything else when a lock "does nothing" at its keypad and the model's keypad
// has a habit an owner may not know: the 92640-001 registers only firm, deliberate presses (seed
// S14), and the Powerbolt 2 opens only when Lock is pressed after the code (product-facts M10).
// Both cost nothing and, unlike the reset the silence might otherwise suggest, erase nothing.
// `lockstep doctor` ranks the same two first (symptoms.ts).

import type { ModelProfile } from '../models/profile.ts';
import { lockKeyName, needsFirmPress } from './procedure-kit.ts';
import type { Observation } from './signal-text.ts';

/** The person said the lock does not respond, and heard and saw nothing from it. */
function saysNothingAnswers(obs: Observation): boolean {
  const silent = obs.heardBeep !== true && (obs.beeps === null || obs.beeps === 0);
  return silent && (obs.light === 'none' || (obs.symptoms.includes('unresponsive') && obs.colors.length === 0 && obs.light === null));
}

/** The keypad habit to try first on this model, or null. */
export function keypadHabitHint(model: ModelProfile, obs: Observation): string | null {
  if (!saysNothingAnswers(obs)) return null;
  if (needsFirmPress(model)) {
    return `First: this keypad (${model.name}) needs a firm, deliberate press — a light tap is not registered at all, and the lock seems dead. Press each button firmly and try your code again (seed S14).`;
  }
  if (model.keypad.unlockWith === 'lock-button') {
    const lock = lockKeyName(model);
    return `First: the ${model.name} opens only when ${lock} is pressed after the code — typed alone, even the right code does nothing. Type your code, then press ${lock} once (product-facts M10).`;
  }
  return null;
}
