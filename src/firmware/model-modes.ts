// The firmware modes a model's lock can be in (state.ts FW_MODES): those of every lock (off,
// normal operation, door handing, a factory reset), then those of its own programming — a
// Mastercode family's steps (seed S2, S21), a menu's items as its menu offers them (product-facts
// M9, K5, K6), a positional model's slot steps (M13, M15) — and the 620's armed handing. A 913's
// Mastercode steps are no Powerbolt's: a snapshot holding another model's mode is refused
// (twin/snapshot-fit.ts), and so is a scenario's `expect: { mode }` that could never hold
// (scenario/expect-for-model.ts).
import { MASTERCODE_PROGRAMMING_MODES, SLOT_PROGRAMMING_MODES, type FwMode } from './state.ts';
import type { ModelProfile } from '../models/profile.ts';

/** Every mode a lock is in whatever its model: off, normal operation, door handing, a factory reset. */
const COMMON_MODES: readonly FwMode[] = ['off', 'idle', 'handing-wait', 'handing', 'reset-hold', 'reset-armed', 'resetting'];

/** The modes a model's menu has: the menu itself, then a mode for each item it offers. */
function menuModes(p: ModelProfile): FwMode[] {
  const m = p.menu;
  if (!m) return [];
  const modes: FwMode[] = ['menu', 'menu-add', 'menu-del-1'];
  if (m.deleteTwice) modes.push('menu-del-2');
  if (m.changeAdmin !== null) modes.push('menu-pc-1', 'menu-pc-2');
  if (m.disableAll !== null) modes.push('menu-disable');
  if (m.oneTime !== null) modes.push('menu-add-once');
  if (m.autoLockDelay !== null) modes.push('menu-auto-lock-delay');
  return modes;
}

/** The firmware modes a model's lock can be in (by the model's programming and handing). */
export function modesOf(p: ModelProfile): ReadonlySet<FwMode> {
  const modes = new Set<FwMode>(COMMON_MODES);
  const own = p.programming === 'mastercode-program-button' ? MASTERCODE_PROGRAMMING_MODES : p.programming === 'positional' ? SLOT_PROGRAMMING_MODES : menuModes(p);
  for (const m of own) modes.add(m);
  if (p.handing.trigger === 'program-tap-at-power-up') modes.add('handing-armed');
  return modes;
}
