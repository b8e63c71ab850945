// Whether a snapshot's code entry (firmware.buffer) holds no more digits than the model's firmware
// keeps in the mode it is in (seed S4: codes of the model's length; product-facts §7: a
// programming code of 4–10 digits on the 264). Each way a digit is kept caps the entry:
// - in normal operation (firmware/entry.ts entryDigit) the entry is judged once it reaches the
//   longest code the keypad reads (longestEntry: the longest user code, or the programming code's
//   where that is typed at the keypad): a wrong code, or the lock opens, and the entry is gone.
//   Only the programming code itself is kept whole, waiting for Kwikset; where the Lock button
//   confirms a code (Powerbolt 2, M10), an entry is judged only once longer than the longest, so
//   the longest is kept whole too;
// - a programming step, the Mastercode family's and the menu's (programming-mastercode.ts
//   programmingDigit), keeps one digit past the longest code, user or admin (programmingEntryMax),
//   so that an over-long entry is refused rather than cut short;
// - positional programming (programming-positional.ts) keeps a slot number of at most
//   MAX_SLOT_DIGITS where a digit chooses the slot, none where Program presses do (the first digit
//   begins the code), and a slot's code one digit past the longest (slotCodeEntryMax).
// Every other mode — door handing, a reset, the 620's handing press — takes no digit
// (firmware.ts keyDown) and keeps the entry normal operation left, so it is held to that cap; a
// programming step's entry never outlives it (backToIdle, or the next step, clears it). Off,
// power-down clears the entry (snapshot-off.ts). An entry longer, restored, would be read as no
// lock of the model ever reads one.

import { longestEntry } from '../firmware/entry.ts';
import { programmingEntryMax } from '../firmware/programming-mastercode.ts';
import { MAX_SLOT_DIGITS, slotCodeEntryMax } from '../firmware/programming-positional.ts';
import { MASTERCODE_PROGRAMMING_MODES, MENU_PROGRAMMING_MODES, type FwMode } from '../firmware/state.ts';
import type { ModelProfile } from '../models/profile.ts';
import type { FitProblem } from './snapshot-fit.ts';
import type { TwinSnapshot } from './twin.ts';

/** The most digits a model's entry holds in a mode, and why. */
export interface EntryCap {
  digits: number;
  why: string;
}

const PROGRAMMING = new Set<FwMode>([...MASTERCODE_PROGRAMMING_MODES, ...MENU_PROGRAMMING_MODES]);

/** The cap in normal operation, and in the modes that take no digit and keep its entry. */
function normalOperationCap(p: ModelProfile): EntryCap {
  const adminAtKeypad = p.programming === 'programming-code-menu';
  const longest = longestEntry(p, adminAtKeypad);
  if (p.keypad.unlockWith === 'lock-button') {
    return { digits: longest, why: `a ${p.id} judges a code entry once it is longer than its longest code, ${longest} digits` };
  }
  // Judged as it reaches the longest; the programming code, typed whole, waits for Kwikset.
  const digits = Math.max(longest - 1, adminAtKeypad ? p.codes.adminMaxLength : 0);
  const admin = adminAtKeypad ? `, and keeps its ${p.adminCodeName} (at most ${p.codes.adminMaxLength} digits) whole for Kwikset` : '';
  return { digits, why: `a ${p.id} judges a code entry as it reaches its longest code, ${longest} digits${admin}` };
}

/** The most digits model `p`'s firmware keeps in its entry in `mode` (not off), and why. */
export function entryCap(p: ModelProfile, mode: FwMode): EntryCap {
  if (PROGRAMMING.has(mode)) {
    const digits = programmingEntryMax(p);
    return { digits, why: `a ${p.id}'s programming keeps one digit past its longest code, ${digits} digits, so an over-long entry is refused` };
  }
  if (mode === 'slot-code') {
    const digits = slotCodeEntryMax(p);
    return { digits, why: `a ${p.id} keeps one digit past its longest code for a slot, ${digits} digits, so an over-long code is refused` };
  }
  if (mode === 'slot-select') {
    return p.slotSelection === 'digit'
      ? { digits: MAX_SLOT_DIGITS, why: `a ${p.id} reads a slot number of at most ${MAX_SLOT_DIGITS} digits` }
      : { digits: 0, why: `a ${p.id} chooses the slot by Program presses, and its first digit begins the code (mode slot-code)` };
  }
  return normalOperationCap(p);
}

/** Why `snap`'s code entry holds more digits than model `p` keeps in its mode, or null. */
export function entryProblem(p: ModelProfile, snap: TwinSnapshot): FitProblem | null {
  const fw = snap.firmware;
  if (fw.mode === 'off') return null; // power-down clears it: snapshot-off.ts
  const cap = entryCap(p, fw.mode);
  if (fw.buffer.length <= cap.digits) return null;
  return { field: 'firmware.buffer', message: `${fw.buffer.length} digits in mode ${fw.mode}: ${cap.why}` };
}
