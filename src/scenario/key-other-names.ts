// Other names a person writes for a key (README, Scenarios: `press: K` — `lock` is the exterior
// Lock / Kwikset / checkmark button): the timelines and keypad sequences name the exterior button
// as the model does — Lock, Kwikset on the menu family and the 240 (models/lock-key-word.ts), ✓
// Lock on the 915/916 (product-facts M7) — and key names are lower case. Such a name is not taken
// for the key (a scenario says one thing one way); the error says which key name to write.
import { KEY_NAMES } from './vocabulary.ts';
import type { KeyName } from './types.ts';

/** The exterior button's key name. */
const LOCK_KEY = 'lock' satisfies KeyName;

/** The exterior button's names on the models, besides its key name, in lower case. */
const LOCK_KEY_OTHER_NAMES: readonly string[] = ['kwikset', 'checkmark', '✓', '✓ lock'];

/** Why those names are the lock key. */
const LOCK_KEY_WHY = 'the exterior button is lock on every model, whether it reads Lock, Kwikset or ✓';

/** `did you mean lock? (…)` for another name of the exterior button, or null. */
export function lockButtonHint(written: string): string | null {
  return LOCK_KEY_OTHER_NAMES.includes(written.trim().toLowerCase()) ? `did you mean ${LOCK_KEY}? (${LOCK_KEY_WHY})` : null;
}

/** `did you mean K? (…)` for a key written another way — another name of the exterior button, or a
 * key name not in lower case — or null when `written` stands for no key. */
export function keyNameHint(written: string): string | null {
  const lower = written.trim().toLowerCase();
  if (lower !== written && (KEY_NAMES as readonly string[]).includes(lower)) return `did you mean ${lower}?`;
  return lockButtonHint(written);
}
