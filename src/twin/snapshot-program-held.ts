// Whether a snapshot's firmware takes Program as held (firmware.programHeld) exactly as it reads
// Program's key (the Program bit of firmware.keyMask; seed S14: a key registers once its contact
// has settled). Power-up reads both from the contact at once (firmware.ts powerUp); the normal
// start that follows, at once or after a reset hold let go or refused, takes programHeld from the
// key as read (continueBoot), even while Program is settling; and after that both change only as
// Program settles, the key's bit to the contact's level and programHeld with it (settleKey,
// programEdge). So while the firmware runs the two agree, settling or not. Off, power-down clears
// both (snapshot-off.ts). A programHeld that disagrees, restored, would time a hold, or open
// programming on a release, of a Program the firmware reads otherwise — or miss both.

import { keyBit } from '../hardware/buttons.ts';
import type { FitProblem } from './snapshot-fit.ts';
import type { TwinSnapshot } from './twin.ts';

const PROGRAM_BIT = keyBit('program');

/** Why `snap`'s firmware takes Program as held otherwise than it reads its key, or null. */
export function programHeldProblem(snap: TwinSnapshot): FitProblem | null {
  const fw = snap.firmware;
  if (fw.mode === 'off') return null; // power-down clears both: snapshot-off.ts
  const read = (fw.keyMask & PROGRAM_BIT) !== 0;
  if (fw.programHeld === read) return null;
  const settling = fw.debounceKey === 'program' ? ', settling' : '';
  return {
    field: 'firmware.programHeld',
    message: `${fw.programHeld}, but the firmware reads Program as ${read ? 'down' : 'up'} (firmware.keyMask${settling}): it takes Program as held from the key as read, at power-up and as Program settles`,
  };
}
