// Why a Powerbolt 250's factory reset was refused with the bolt thrown, and what to do: product-facts
// M9, "Lock must be in a unlocked position… PRESS and HOLD programming button for 15 seconds",
// and its alert table's factory reset fail, red ×3. Said by decode of an owner's failed reset
// (reset-failure-reading.ts) and by the page beside the twin's `reset-failed` (event-told-advice.ts).

import type { ModelProfile } from '../models/profile.ts';
import { resetGestureKey } from '../models/reset-button.ts';
import { keyWords } from './key-words.ts';

/** "The bolt was out: …": the cause, with the step that clears it. */
export function boltOutResetWords(p: ModelProfile): string {
  const button = keyWords(p)(resetGestureKey(p));
  return `The bolt was out: the ${p.name} resets only in the unlocked position. Turn the thumbturn to unlock, so that the bolt is withdrawn, before you hold ${button}.`;
}
