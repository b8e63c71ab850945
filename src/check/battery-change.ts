// A battery change keeps the store: "you can replace the batteries without reprogramming it"
// (product-facts §8, "Memory on battery removal" [S11]); the store is the newest good image in
// non-volatile memory (seed S5, store-codec.ts). From every reachable state where the pack is
// in, the lock is powered, no button is held (a button held as the pack goes in is a gesture) and
// no store write is pending or in flight (nothing owed to the memory), the pack is pulled and put
// back: the firmware must then hold the store it held before — codes, admin code, codes enabled,
// one-time code, auto-lock and handing. What the firmware held in RAM is the reference, not the
// memory read by any decoder: a boot that loads the older of two good banks, or a bank that does
// not check, loses what was programmed and fails here whatever its own decoder says. Loads are
// cached by the state right after the pull.

import type { Action, StoreView } from '../twin/twin.ts';
import type { CheckMachine, MachineState } from './machine.ts';
import { sameStore, storeExpect } from './monitors.ts';
import { storeText } from '../twin/store-words.ts';

/** The battery change, as the counterexample writes it and the probe applies it. */
export const BATTERY_CHANGE: readonly Action[] = [{ do: 'battery-out' }, { do: 'battery-in' }];

export interface BatteryChangeProbe {
  /** The store the firmware loads, by the state right after the pull. */
  readonly cache: Map<number, StoreView>;
  probes: number;
}

export function newBatteryChangeProbe(): BatteryChangeProbe {
  return { cache: new Map(), probes: 0 };
}

/** What a battery change lost: the message and the closing expectation of its counterexample. */
export interface BatteryChangeLoss {
  message: string;
  expect: string;
}

/** Whether `st` is one the property speaks of: pack in, powered, no button held, nothing owed to
 * the memory and no injected fault armed. The twin is left restored to `st`. */
function settled(m: CheckMachine, st: MachineState): boolean {
  if (!m.packIn(st) || m.held(st) !== 0) return false;
  m.restore(st);
  const t = m.twin;
  if (!t.powered || t.eeprom.busy || t.eeprom.cutArmed) return false;
  const s = t.firmware.s;
  return !s.writeDirty && s.writeBank < 0 && !s.eraseOtherBank;
}

/** Null when a battery change from `st` keeps the store (or `st` is not settled); else the loss. */
export function probeBatteryChange(m: CheckMachine, probe: BatteryChangeProbe, st: MachineState): BatteryChangeLoss | null {
  if (!settled(m, st)) return null;
  const t = m.twin;
  const before = t.store();
  t.apply(BATTERY_CHANGE[0]);
  const key = m.key(m.peek(), false);
  let loaded = probe.cache.get(key);
  if (loaded === undefined) {
    probe.probes++;
    t.apply(BATTERY_CHANGE[1]);
    loaded = t.store();
    probe.cache.set(key, loaded);
  }
  if (sameStore(before, loaded, true)) return null;
  return {
    message: `a battery change left the firmware holding ${storeText(m.model, loaded)}; before it held ${storeText(m.model, before)}`,
    expect: storeExpect(m.model, before, loaded, true),
  };
}
