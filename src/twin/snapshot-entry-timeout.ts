// Whether a snapshot's code entry (firmware.buffer) and its timeout (firmware.tEntry) go together
// as the firmware keeps them (seed S4; product-facts §9: an entry is wrong after a pause, the
// entry timeout). In normal operation a digit is added and the timeout armed in one step
// (firmware/entry.ts entryDigit), and every end of an entry — a code that opens, a wrong code, the
// timeout, the Lock button — clears both (clearEntry), as does the return to normal operation
// (context.ts backToIdle). The modes that take no digit (door handing, a reset) keep what normal
// operation left, both or neither. So there an entry is held exactly while its timeout is armed —
// but for a model with a SecureScreen (product-facts M5, M7): the waking touch and each shown
// digit arm the timeout before any digit of the code (secure-screen.ts screenDigit), and switch 4
// turned off, or a change of mode, takes the shown digits away and leaves the timeout counting.
// Programming keeps its digits with no entry timeout: each step times out by firmware.tProg,
// every way in clears tEntry (programming-mastercode.ts enter, programming-menu.ts openMenu,
// programming-positional.ts slotProgramPressed) and nothing arms it there (entryDigit and
// screenDigit run in normal operation only). Off, power-down clears both (snapshot-off.ts). An
// entry without its timeout, restored, would wait for its next digit for ever; a timeout without
// an entry would count a wrong code no one typed.

import { MASTERCODE_PROGRAMMING_MODES, MENU_PROGRAMMING_MODES, SLOT_PROGRAMMING_MODES, type FwMode } from '../firmware/state.ts';
import { hasSecureScreen } from '../firmware/secure-screen.ts';
import type { ModelProfile } from '../models/profile.ts';
import type { FitProblem } from './snapshot-fit.ts';
import type { TwinSnapshot } from './twin.ts';

const FIELD = 'firmware.tEntry';

/** Every mode of programming, whatever the model's: its steps are timed by tProg, not tEntry. */
const PROGRAMMING = new Set<FwMode>([...MASTERCODE_PROGRAMMING_MODES, ...MENU_PROGRAMMING_MODES, ...SLOT_PROGRAMMING_MODES]);

/** Why `snap`'s code entry and its timeout do not go together as model `p`'s firmware keeps them, or null. */
export function entryTimeoutProblem(p: ModelProfile, snap: TwinSnapshot): FitProblem | null {
  const fw = snap.firmware;
  if (fw.mode === 'off') return null; // power-down clears both: snapshot-off.ts
  const armed = fw.tEntry >= 0;
  if (PROGRAMMING.has(fw.mode)) {
    if (!armed) return null;
    return { field: FIELD, message: `armed for ${fw.tEntry} ms in mode ${fw.mode}: a ${p.id}'s programming times its steps by firmware.tProg; every way into programming clears the entry timeout, and nothing arms it there` };
  }
  const digits = fw.buffer.length;
  if (digits > 0 && !armed) {
    return { field: FIELD, message: `not armed, but the code entry holds ${digits} digits (firmware.buffer) in mode ${fw.mode}: a ${p.id} arms the entry timeout with every digit, and clears both together` };
  }
  if (digits === 0 && armed && !hasSecureScreen(p)) {
    return { field: FIELD, message: `armed for ${fw.tEntry} ms, but the code entry holds no digit (firmware.buffer) in mode ${fw.mode}: a ${p.id} arms the entry timeout only with a digit, and clears both together` };
  }
  return null;
}
