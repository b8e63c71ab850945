// A reset hold let go before its full time, where the lock reports nothing of it: on the Powerbolt
// 250 and 955 (Program held while powered, product-facts M9, K4) and the Reset button models
// (264, Powerbolt 2, M11), an early release is an ordinary press — the 250 opens its programming
// menu — so the timeline says the reset did not register (seed S9) in the words of the SmartCode
// 913's own `reset-not-registered` event (src/twin/event-words.ts). Only a deliberate hold: a press
// meant to open the menu says nothing of a reset.

import type { ModelProfile } from '../../src/models/profile.ts';
import type { LockTraceEntry } from '../../src/twin/trace-entry.ts';
import { poweredProgramHoldResets } from '../../src/firmware/reset.ts';
import { resetGestureKey } from '../../src/models/reset-button.ts';
import { describeEvent } from '../../src/twin/event-words.ts';
import { keyWords } from '../../src/troubleshoot/key-words.ts';

/** A hold this long is taken as a reset attempt, not a press of the button: longer than any press
 * a person means as a press (the page's own press lasts well under a second). */
export const RESET_ATTEMPT_MIN_MS = 5_000;

/** The early release's reason, as the 913's firmware gives it (firmware/reset.ts). */
const RELEASED_EARLY = 'released early';

/** The lock's own answers to a reset hold (firmware/reset.ts). */
const RESET_ANSWERS = new Set(['reset-armed', 'reset-failed', 'factory-reset', 'reset-not-registered']);

/** The line for `key` held `heldMs` and let go, or null where the lock tells it itself or it was
 * no reset attempt. `between`: the twin's entries while it was held. */
export function earlyReleaseNote(model: ModelProfile, key: string, heldMs: number, between: readonly LockTraceEntry[]): string | null {
  const counts = model.reset.gesture === 'reset-button' || poweredProgramHoldResets(model);
  if (!counts || key !== resetGestureKey(model)) return null;
  if (heldMs < RESET_ATTEMPT_MIN_MS || heldMs >= model.timing.resetHoldMs) return null;
  if (between.some((e) => e.ch === 'event' && RESET_ANSWERS.has(String(e.v.type)))) return null; // the lock answered it itself
  const button = keyWords(model)(key);
  return describeEvent({ type: 'reset-not-registered', reason: `${button} ${RELEASED_EARLY}` });
}
