// A key named as the model's keypad draws it, for the rows that tell what a person pressed: the
// confirm key as every step names it (lockKeyName: Kwikset, ✓ Lock or Lock), Program and Reset
// as their buttons read; a digit is itself. The terminal timeline, the doctor's demonstration,
// the REPL and the page's "What just happened" all say a key this way.

import type { ModelProfile } from '../models/profile.ts';
import { lockKeyName } from './procedure-kit.ts';

/** The interior buttons, as they are printed on the lock. */
const BUTTON_WORDS: Readonly<Record<string, string>> = { program: 'Program', reset: 'Reset' };

/** The model's name for each key: pass it to describeAction or formatEntry. */
export function keyWords(p: ModelProfile): (key: string) => string {
  const lock = lockKeyName(p);
  return (key) => (key === 'lock' ? lock : (BUTTON_WORDS[key] ?? key));
}
