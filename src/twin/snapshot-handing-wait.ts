// Whether a snapshot's wait before door handing (mode `handing-wait`) is kept by its deadline
// (firmware.tHanding), as the firmware keeps it: it enters the mode and arms the deadline together
// (firmware/handing.ts scheduleHanding: "a few seconds after a reset", product-facts G1, G2;
// seed S16), and the deadline, run, clears itself and starts handing (startHanding: mode
// `handing`, or its failure); nothing else arms or clears it, and nothing else leaves the mode —
// the keypad and Program are ignored meanwhile. Restored in `handing-wait` with no deadline, the
// lock would wait for good, taking no code (seed S18: until handing succeeds no code is
// accepted) until its pack came out; with the deadline armed in another mode, it would run door
// handing by itself out of normal operation, driving the bolt as no lock does.

import type { FitProblem } from './snapshot-fit.ts';
import type { TwinSnapshot } from './twin.ts';

const WAIT = 'handing-wait';
const KEPT = `the firmware enters mode ${WAIT} as it arms door handing's start (firmware.tHanding), and the start, as it runs, clears it and leaves the mode (handing.ts scheduleHanding, startHanding)`;

/** Why `snap` waits for door handing without its deadline, or holds the deadline outside the wait, or null. */
export function handingWaitProblem(snap: TwinSnapshot): FitProblem | null {
  const fw = snap.firmware;
  if (fw.mode === 'off') return null; // power-down clears both: snapshot-off.ts
  const waiting = fw.mode === WAIT;
  const armed = fw.tHanding >= 0;
  if (waiting === armed) return null;
  if (waiting) {
    return {
      field: 'firmware.tHanding',
      message: `not armed in mode ${WAIT} (firmware.mode): ${KEPT}; restored, the lock would wait for door handing for good, taking no code (seed S18), until its pack came out`,
    };
  }
  return {
    field: 'firmware.tHanding',
    message: `${fw.tHanding} ms in mode ${fw.mode} (firmware.mode): ${KEPT}; restored, the lock would start door handing by itself, out of mode ${WAIT}, driving its bolt as no lock does`,
  };
}
