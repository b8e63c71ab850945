// No bricking: from every reachable state, the physical reset — let go of every button, pull the
// pack, then the model's reset gesture — must reach the out-of-box store (seed S6, S8; the
// Powerbolt gestures product-facts M9, M11). And from every reachable state with its store
// corrupted: a store glitch while the pack is out (CORRUPT_STORE, the twin's `fault:
// store-glitch`, which scrambles both banks) leaves a lock that no longer trusts its store, the
// state seed S5 speaks of — "a factory reset does" recover it — and which no exploration reaches
// otherwise. The procedure depends only on what survives a pack pull (NVM, bolt, door, switches),
// so results are cached by the state right after the pull (and the glitch).

import type { Action } from '../twin/twin.ts';
import type { ModelProfile } from '../models/profile.ts';
import { keyBit } from '../hardware/buttons.ts';
import type { CheckMachine, MachineState } from './machine.ts';
import { afterResetCodes, outOfBoxStore } from './scope.ts';
import { codesExpect, sameStore } from './monitors.ts';
import { storeText } from '../twin/store-words.ts';

/** Margin past the hold time: a person holds a little longer than they must (seed S8). */
const HOLD_MARGIN_MS = 2_000;
/** Settling time after power-up before a powered gesture (programming timeouts, handing). */
const SETTLE_MS = 10_000;
/** Time for the erase, the confirming signals and automatic door handing (seed S16). */
const AFTER_RESET_MS = 20_000;
const BOLT_SETTLE_MS = 2_000;

/** The corruption the second probe starts from: both banks scrambled with the pack out. */
export const CORRUPT_STORE: Action = { do: 'fault', fault: 'store-glitch' };

/** The steps before the pack pull: release whatever is held, pull the pack if it is in. */
export function releaseAndPull(m: CheckMachine, st: MachineState): Action[] {
  const out: Action[] = [];
  const held = m.held(st);
  if ((held & keyBit('program')) !== 0) out.push({ do: 'release', key: 'program' });
  if ((held & keyBit('reset')) !== 0) out.push({ do: 'release', key: 'reset' });
  if (m.packIn(st)) out.push({ do: 'battery-out' });
  return out;
}

/** The model's reset gesture from a pulled pack. */
export function resetGesture(model: ModelProfile): Action[] {
  const hold = model.timing.resetHoldMs + HOLD_MARGIN_MS;
  const confirm: Action[] = model.reset.confirmPress ? [{ do: 'press', key: model.reset.gesture === 'reset-button' ? 'reset' : 'program' }] : [];
  switch (model.reset.gesture) {
    case 'power-up-program-hold':
      return [{ do: 'hold', key: 'program' }, { do: 'battery-in' }, { do: 'wait', ms: hold }, { do: 'release', key: 'program' }, ...confirm, { do: 'wait', ms: AFTER_RESET_MS }];
    case 'program-hold-powered': {
      const retract: Action[] = model.reset.requiresBoltRetracted ? [{ do: 'key', dir: 'unlock' }, { do: 'wait', ms: BOLT_SETTLE_MS }] : [];
      return [{ do: 'battery-in' }, { do: 'wait', ms: SETTLE_MS }, ...retract, { do: 'hold-for', key: 'program', ms: hold }, ...confirm, { do: 'wait', ms: AFTER_RESET_MS }];
    }
    case 'reset-button':
      return [{ do: 'battery-in' }, { do: 'wait', ms: SETTLE_MS }, { do: 'hold-for', key: 'reset', ms: hold }, ...confirm, { do: 'wait', ms: AFTER_RESET_MS }];
  }
}

export interface RecoveryProbe {
  /** Cached outcomes by the state right after the pull: null = recovered, else what was left. */
  readonly cache: Map<number, string | null>;
  probes: number;
}

export function newRecoveryProbe(): RecoveryProbe {
  return { cache: new Map(), probes: 0 };
}

/** The out-of-box store for the model, as the closing expectation of a counterexample. */
export function outOfBoxExpect(model: ModelProfile): string {
  const codes = afterResetCodes(model);
  // The first and the last slot (the explorations start with codes there) and the defaults' slots.
  const slots = [1, codes.length, ...codes.map((c, i) => (c === '' ? 0 : i + 1)).filter((s) => s > 0)];
  const admin = model.defaults.adminCodeAfterReset;
  return `store: ok, ${codesExpect({ codes }, slots)}, mastercode: ${admin === '' ? 'none' : `"${admin}"`}, userCodes: enabled, oneTimeCode: none`;
}

/** Null when the physical reset from `st` reaches the out-of-box store; else what it left.
 * `corrupt`: the store is corrupted (CORRUPT_STORE) once the pack is out, before the gesture. */
export function probeRecovery(m: CheckMachine, probe: RecoveryProbe, st: MachineState, corrupt = false): string | null {
  m.restore(st);
  const t = m.twin;
  t.eeprom.cutNextWrite = false; // an injected fault belongs to the explored path, not to the repair
  for (const a of releaseAndPull(m, st)) t.apply(a);
  if (corrupt) t.apply(CORRUPT_STORE);
  const key = m.key(m.peek(), false);
  const cached = probe.cache.get(key);
  if (cached !== undefined) return cached;
  probe.probes++;
  for (const a of resetGesture(m.model)) t.apply(a);
  const s = t.store();
  const ok = sameStore(s, outOfBoxStore(m.model, s.handed), false);
  const from = corrupt ? ' from a corrupted store' : '';
  const outcome = ok ? null : `the physical reset${from} left ${storeText(m.model, s)} (mode ${t.mode})`;
  probe.cache.set(key, outcome);
  return outcome;
}
