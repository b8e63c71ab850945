// The lock now, as plain data: what a program driving a twin reads after each action — the bolt,
// the door, the cable, the pack, the firmware's mode and lockout, the learned handing, the digits a
// SecureScreen shows and the code store by slot (`lockstep repl --json` and the library's
// `lockState`). Reading only.

import type { Twin } from './twin.ts';
import { codesBySlot, setFlagWords } from './store-words.ts';

/** The pack's volts are given to this many decimals (millivolts). */
const VOLTS_DECIMALS = 3;

export function lockState(twin: Twin) {
  const store = twin.store();
  return {
    t: twin.sim.now,
    bolt: twin.bolt.state(),
    locked: twin.locked,
    door: { handing: twin.door.handing, open: twin.door.open, strikeAligned: twin.door.strikeAligned },
    exteriorConnected: twin.buttons.exteriorLinked,
    battery: twin.battery.present ? Number(twin.packVolts().toFixed(VOLTS_DECIMALS)) : null,
    powered: twin.powered,
    mode: twin.mode,
    lockedOut: twin.lockedOut,
    handed: store.handed,
    // The digits a SecureScreen shows, to be touched before the code (915/916, switch 4): only while shown.
    ...(twin.screenDigits === '' ? {} : { secureScreen: twin.screenDigits }),
    store: { trusted: store.trusted, mastercode: store.adminCode === '' ? null : store.adminCode, codes: codesBySlot(store), ...setFlagWords(twin.model, store) },
  };
}

export type LockState = ReturnType<typeof lockState>;
