// The keys practice-reset takes on a model and what each does — one table per reset gesture, so
// the instructions it opens with, its answer to a key that does nothing, the doctor's offer of it
// and the keys the session acts on cannot differ: [b] pulls or inserts the pack only where the
// reset starts from power-up (seed S8, product-facts K1), [p] presses Program only where a press
// confirms the reset (K1 step 3, M9, K4), and [h] holds Reset, not Program, on the models with a
// Reset button (M11).

import type { ModelProfile } from '../models/profile.ts';
import { hasResetButton } from '../models/reset-button.ts';

/** A key the practice acts on: b pack, h hold, r release, p press. */
export type PracticeKeyName = 'b' | 'h' | 'r' | 'p';

export interface PracticeKey {
  key: PracticeKeyName | typeof QUIT_KEY;
  /** What it does, as the instructions say it: "pull / insert the battery pack". */
  does: string;
  /** The same in a word or two, for the doctor's offer: "pack". */
  short: string;
}

/** Leaves the practice (practice-reset.ts; Ctrl-C and Ctrl-D too). */
export const QUIT_KEY = 'q';
const QUIT: PracticeKey = { key: QUIT_KEY, does: 'quit', short: 'quit' };

/** The keys of the practice on model m, in the order a reset uses them, quit last. */
export function practiceKeys(m: ModelProfile): PracticeKey[] {
  const button = hasResetButton(m) ? 'Reset' : 'Program';
  const keys: PracticeKey[] = [];
  if (m.reset.gesture === 'power-up-program-hold') keys.push({ key: 'b', does: 'pull / insert the battery pack', short: 'pack' });
  keys.push({ key: 'h', does: `hold ${button}`, short: hasResetButton(m) ? 'hold Reset' : 'hold' });
  keys.push({ key: 'r', does: 'release it', short: 'release' });
  if (m.reset.confirmPress) keys.push({ key: 'p', does: 'press Program once', short: 'press' });
  keys.push(QUIT);
  return keys;
}

/** Whether the practice on model m acts on this key (quit aside: the terminal owns it). */
export function takesKey(m: ModelProfile, name: string): name is PracticeKeyName {
  return name !== QUIT_KEY && practiceKeys(m).some((k) => k.key === name);
}

/** "Keys: [h] hold Program · [r] release it · [p] press Program once · [q] quit" */
export function practiceKeysLine(m: ModelProfile): string {
  return `Keys: ${practiceKeys(m).map((k) => `[${k.key}] ${k.does}`).join(' · ')}`;
}

/** "h r p q": the answer to a key that does nothing. */
export function practiceKeyLetters(m: ModelProfile): string {
  return practiceKeys(m).map((k) => k.key).join(' ');
}

/** "h hold, r release, p press": the doctor's offer of the practice (quit goes without saying there). */
export function practiceKeysInShort(m: ModelProfile): string {
  return practiceKeys(m).filter((k) => k.key !== QUIT_KEY).map((k) => `${k.key} ${k.short}`).join(', ');
}
