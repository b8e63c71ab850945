// Whether a snapshot of a lock without power holds the firmware's RAM as power-down leaves it
// (seed S8: the reset starts by removing the pack entirely, which leaves the firmware nothing
// but the store it reads again as power returns). Power-down starts the RAM afresh (firmware.ts
// powerDown: initialState) and nothing reaches the firmware until power returns (every entry
// into it asks `powered` first); power-up then reads the store, the keys and the bolt sensor
// again (powerUp). So off, the RAM holds no store, no entry, no key, no wrong code and no
// deadline (those snapshot-clock.ts refuses itself). A field kept from before power-down,
// restored, would be read as the lock comes back — a Program press timed from before the pack
// came out, wrong codes a lock forgets with its power — as no lock is.

import { initialState, type FwState } from '../firmware/state.ts';
import type { ModelProfile } from '../models/profile.ts';
import type { FitProblem } from './snapshot-fit.ts';
import type { SnapshotFwState, TwinSnapshot } from './twin.ts';

const OFF = "while the firmware is off (mode off): power-down clears the firmware's RAM, and power-up reads the store again";

/** Why an unpowered snapshot's firmware RAM is not as power-down leaves it, or null. */
export function offProblem(p: ModelProfile, snap: TwinSnapshot): FitProblem | null {
  const fw = snap.firmware;
  if (fw.mode !== 'off') return null;
  const blank = initialState(p.codes.capacity, p.lockout.wrongAttempts);
  for (const name of Object.keys(blank) as (keyof FwState)[]) {
    const want = blank[name];
    // A field a snapshot leaves out holds its blank value (twin.ts SnapshotFwState).
    const got = fw[name as keyof SnapshotFwState] ?? want;
    if (Array.isArray(want) && Array.isArray(got)) {
      const at = got.findIndex((v, i) => v !== want[i]); // as long as want (snapshot-check.ts)
      if (at >= 0) return { field: `firmware.${name}[${at}]`, message: `${JSON.stringify(got[at])} ${OFF}` };
    } else if (got !== want) {
      return { field: `firmware.${name}`, message: `${JSON.stringify(got)} ${OFF}` };
    }
  }
  return null;
}
