// Whether a snapshot of a lock without power holds the firmware's RAM as power-down leaves it
// (seed S8: the reset starts by removing the pack entirely, which leaves the firmware nothing
// but the store it reads again as power returns). Power-down starts the RAM afresh (firmware.ts
// powerDown: initialState) and nothing reaches the firmware until power returns (every entry
// into it asks `powered` first); power-up then reads the store, the keys and the bolt sensor
// again (powerUp). So off, the RAM holds no store, no entry, no key, no wrong code and no
// deadline (those snapshot-clock.ts refuses itself). A field kept from before power-down,
// restored, would be read as the lock comes back — a Program press timed from before the pack
// came out, wrong codes a lock forgets with its power — as no lock is.
// The parts the firmware drives stop with it (twin.ts powerOff): the motor halts
// (hardware/motor-bolt.ts powerLost), a write in flight ends, torn where the cut left it
// (hardware/eeprom.ts powerLost), the light, the beeper and the status blink go dark
// (hardware/indicators.ts powerLost), and none of them draws on the pack; only the firmware
// starts them again (io.ts), and it does nothing until power returns. A part still running in an
// unpowered snapshot, restored, would move the bolt, finish a write or light the LED with no
// power behind it.

import { initialState, type FwState } from '../firmware/state.ts';
import type { ModelProfile } from '../models/profile.ts';
import type { FitProblem } from './snapshot-fit.ts';
import type { SnapshotFwState, TwinSnapshot } from './twin.ts';

const OFF = "while the firmware is off (mode off): power-down clears the firmware's RAM, and power-up reads the store again";

const LOAD_FIELDS = ['battery.loads[0]', 'battery.loads[1]', 'battery.loads[2]'] as const; // motor, LED, beeper (hardware/battery.ts LoadName)

/** Why an unpowered snapshot's parts are not as power-down leaves them, or null. */
function partsProblem(snap: TwinSnapshot): FitProblem | null {
  const off = (field: string, what: string, why: string): FitProblem => ({ field, message: `${what} while the firmware is off (mode off): power-down ${why}` });
  if (snap.bolt.motor !== 0) return off('bolt.motor', `${snap.bolt.motor} (running)`, 'halts the motor');
  if (snap.eeprom.writing !== null) return off('eeprom.writing', 'a write in flight', 'ends it where the cut leaves it');
  const ind = snap.indicators;
  if (ind.ledUntil >= 0) return off('indicators.ledUntil', `lit until ${ind.ledUntil} ms`, 'puts the light out');
  if (ind.beepUntil >= 0) return off('indicators.beepUntil', `beeping until ${ind.beepUntil} ms`, 'stops the beeper');
  if (ind.status !== null) return off('indicators.status', `${JSON.stringify(ind.status)} blinking`, 'darkens the status light');
  if (ind.statusPeriodMs !== 0) return off('indicators.statusPeriodMs', `${ind.statusPeriodMs} ms`, 'darkens the status light');
  const drawing = snap.battery.loads.findIndex((mA) => mA !== 0);
  if (drawing >= 0) return off(LOAD_FIELDS[drawing]!, `${snap.battery.loads[drawing]} mA drawn`, 'stops every part that draws on the pack');
  return null;
}

/** Why an unpowered snapshot's firmware RAM, or a part it drives, is not as power-down leaves it, or null. */
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
  return partsProblem(snap);
}
