// Whether a snapshot's factory reset under way (firmware mode `resetting`) is one the firmware
// keeps: the reset sets that mode as it fills RAM with the model's after-reset store, marks the
// bank it did not last write to be erased (firmware.eraseOtherBank) and starts writing the store
// at once (firmware/reset.ts eraseStore, persistence.ts persist and flush); it leaves the mode only
// as the last of those writes lands, the erase included (firmware.ts nvmWriteDone, reset.ts
// eraseComplete: green, two beeps, then door handing or idle; seed S6, S8). Nothing else sets the
// mode or the mark, and the keypad is ignored meanwhile. So in `resetting` a write is always under
// way (firmware.writeBank) and the erase still due; and the erase is due only in a reset.
// Restored otherwise, a lock in `resetting` with nothing under way never finishes its reset: it
// would ignore its keypad for good, until its pack came out; and an erase due outside a reset
// would blank the older bank after the next change, as no lock does.

import type { FitProblem } from './snapshot-fit.ts';
import type { TwinSnapshot } from './twin.ts';

const RESETTING = 'resetting';
const LEAVES = `the firmware leaves mode ${RESETTING} only as the reset's last write lands, its erase of the bank not last written included (persistence.ts writeDone, reset.ts eraseComplete; seed S6)`;

/** Why `snap` holds a factory reset the firmware could not be in the middle of, or an erase due outside one, or null. */
export function resetEraseProblem(snap: TwinSnapshot): FitProblem | null {
  const fw = snap.firmware;
  if (fw.mode === 'off') return null; // power-down clears it all: snapshot-off.ts
  if (fw.mode !== RESETTING) {
    if (!fw.eraseOtherBank) return null;
    return {
      field: 'firmware.eraseOtherBank',
      message: `true in mode ${fw.mode} (firmware.mode): only a factory reset marks the bank not last written to be erased, in mode ${RESETTING}, and ${LEAVES}; restored, the next change written would be followed by an erase no reset asked for`,
    };
  }
  const stuck = `restored, the lock would stay in its reset for good, ignoring its keypad, until its pack came out`;
  if (!fw.eraseOtherBank) {
    return {
      field: 'firmware.mode',
      message: `"${RESETTING}", but no erase is due (firmware.eraseOtherBank false): a factory reset marks the bank not last written to be erased as it starts (reset.ts eraseStore), and ${LEAVES}; ${stuck}`,
    };
  }
  if (fw.writeBank < 0) {
    return {
      field: 'firmware.mode',
      message: `"${RESETTING}", but no write is under way (firmware.writeBank -1): a factory reset starts writing the store at once (reset.ts eraseStore, persistence.ts persist), and ${LEAVES}; ${stuck}`,
    };
  }
  return null;
}
