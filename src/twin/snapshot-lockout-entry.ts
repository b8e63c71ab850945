// Whether a snapshot holds no code entry while its keypad is locked out (seed S4, product-facts
// M4: three wrong codes within a minute lock the keypad for 60 s). The lockout starts only with
// the wrong code that fills the model's count (firmware/entry.ts wrongCode), and that wrong code
// first ends the entry (clearEntry): its digits, its timeout and the SecureScreen digits shown
// before it (secure-screen.ts) are gone as the lockout starts. While the lockout runs
// (firmware.tLockoutEnd armed) the keypad takes no digit — entryDigit returns at once, and a
// SecureScreen neither wakes nor shows digits (screenDigit) — so none of the three comes back
// before the lockout ends (lockoutOver). Programming is not the keypad's entry: where Program
// opens it (the Mastercode family, positional models, the Powerbolt 250's menu) it takes its
// digits during a lockout as at any time, timed by its own step (firmware.tProg), and leaves them
// behind as it returns to normal operation (context.ts backToIdle). An entry under way during a
// lockout, restored, would be judged — and open the lock — while no lock of the model reads a key.

import { MASTERCODE_PROGRAMMING_MODES, MENU_PROGRAMMING_MODES, SLOT_PROGRAMMING_MODES, type FwMode } from '../firmware/state.ts';
import type { ModelProfile } from '../models/profile.ts';
import type { FitProblem } from './snapshot-fit.ts';
import type { TwinSnapshot } from './twin.ts';

/** Every mode of programming, whatever the model's: its digits are no keypad entry. */
const PROGRAMMING = new Set<FwMode>([...MASTERCODE_PROGRAMMING_MODES, ...MENU_PROGRAMMING_MODES, ...SLOT_PROGRAMMING_MODES]);

/** Why `snap` holds a code entry while its keypad is locked out, or null. */
export function lockoutEntryProblem(p: ModelProfile, snap: TwinSnapshot): FitProblem | null {
  const fw = snap.firmware;
  if (fw.tLockoutEnd < 0) return null;
  const why = `while the keypad is locked out (firmware.tLockoutEnd armed for ${fw.tLockoutEnd} ms): the wrong code that starts a ${p.id}'s lockout ends the entry, and a locked-out keypad takes no digit`;
  if (fw.buffer !== '' && !PROGRAMMING.has(fw.mode)) return { field: 'firmware.buffer', message: `"${fw.buffer}" in mode ${fw.mode} ${why}` };
  if (fw.tEntry >= 0) return { field: 'firmware.tEntry', message: `armed for ${fw.tEntry} ms ${why}` };
  if (fw.prompt !== undefined && fw.prompt !== '') return { field: 'firmware.prompt', message: `"${fw.prompt}" shown ${why}` };
  return null;
}
