// The lock now, as plain data: what a program driving a twin reads after each action — the bolt,
// the door, the cable, the interior switches, the pack, the firmware's mode and lockout, the learned
// handing, the digits a SecureScreen shows and the code store by slot (`lockstep repl --json` and
// the library's `lockState`). Where a menu item sets auto-lock (Powerbolt 250, M9) the store's
// `autoLock` and `autoLockDelay` are always given, as switch 2 always is: a program reads whether
// auto-lock is on, and after how long, without knowing the defaults. Reading only.

import type { Twin } from './twin.ts';
import { autoLockDelayOf, autoLockWord, codesBySlot, setFlagWords } from './store-words.ts';
import { switchesBySwitch } from './switch-words.ts';
import type { ModelProfile } from '../models/profile.ts';
import type { StoreView } from './twin.ts';

/** The pack's volts are given to this many decimals (millivolts). */
const VOLTS_DECIMALS = 3;

/** The menu-set auto-lock, on or off, and its delay, where a menu item sets it; else nothing. */
function menuAutoLock(model: ModelProfile, store: StoreView): { autoLock?: ReturnType<typeof autoLockWord>; autoLockDelay?: number } {
  return model.menu?.autoLock ? { autoLock: autoLockWord(store), autoLockDelay: autoLockDelayOf(model, store) } : {};
}

export function lockState(twin: Twin) {
  const store = twin.store();
  return {
    t: twin.sim.now,
    bolt: twin.bolt.state(),
    locked: twin.locked,
    door: { handing: twin.door.handing, open: twin.door.open, strikeAligned: twin.door.strikeAligned },
    exteriorConnected: twin.buttons.exteriorLinked,
    // The interior switches by number (1 status LED, 2 auto-lock, 3 audio, 4 SecureScreen or unused), as Twin.create takes them.
    switches: switchesBySwitch(twin.switches),
    battery: twin.battery.present ? Number(twin.packVolts().toFixed(VOLTS_DECIMALS)) : null,
    powered: twin.powered,
    mode: twin.mode,
    lockedOut: twin.lockedOut,
    handed: store.handed,
    // The digits a SecureScreen shows, to be touched before the code (915/916, switch 4): only while shown.
    ...(twin.screenDigits === '' ? {} : { secureScreen: twin.screenDigits }),
    store: { trusted: store.trusted, mastercode: store.adminCode === '' ? null : store.adminCode, codes: codesBySlot(store), ...setFlagWords(twin.model, store), ...menuAutoLock(twin.model, store) },
  };
}

export type LockState = ReturnType<typeof lockState>;
