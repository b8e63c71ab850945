// Programming on the programming-code menu family (SmartCode/Contemporary 275, 955, 264,
// Powerbolt 2, Powerbolt 250): the programming code and the Kwikset (Lock) button at the keypad
// open a numbered menu (product-facts K5, §5, §7, §9); on some models the interior Program
// button opens it too (250 [S2]; 955 while no programming code is set [K5]). The menu digits are
// the model's data; with the 275's digits:
//   add:      PC, Lock, 1, Lock, code, Lock
//   delete:   PC, Lock, 2, Lock, code, Lock, code, Lock   (seed S11: a code deleted without a reset)
//   change PC: PC, Lock, 4, Lock, new, Lock, new, Lock   (once personalised, the tag's printed
//              code no longer works — seed S12)
//   handing:  PC, Lock, 0, Lock                           (where handing is a menu item)
//   disable:  PC, Lock, 6, Lock, 0|1, Lock                 (all user codes off/on: key only)
//   one-time: PC, Lock, 7, Lock, code, Lock                (955: opens once, then deleted)
// and with the Powerbolt 250's (product-facts M9; the interior button opens its menu):
//   auto-lock on/off: Program, 7, Kwikset                 (each time: on, then off)
//   auto-lock delay:  Program, 8, Kwikset, 1–5, Kwikset    (30 s, 1, 3, 5, 10 min)
// A programming code may not equal a user code (product-facts §7, aggregators), nor be cleared
// through the menu: a new one has the model's length (§7: "between 4 and 10 digits" on the 264).

import { addCode, addOneTimeCode, deleteCode, keyPattern, setAdminCode, setAutoLock, setUsersDisabled, storeWritable, type StoreResult } from './code-store.ts';
import { autoLockChoiceOf, autoLockOnOf } from './store-codec.ts';
import { scheduleHanding } from './handing.ts';
import { backToIdle, setMode, signal, type Fw } from './context.ts';
import { fail, programmingDigit } from './programming-mastercode.ts';
import type { FwMode } from './state.ts';
import type { EventType } from './events.ts';

/** The choice after the disable item: every user code off, or on again (the twin's; assumed). */
export const DISABLE_ALL = '0';
export const ENABLE_ALL = '1';
/** The key of the first auto-lock delay (M9: "1 30 seconds"); key n is the n-th. */
const FIRST_DELAY_KEY = 1;
/** One key pressed: the entry a delay is chosen with. */
const ONE_KEY = /^[0-9]$/;

function step(fw: Fw, mode: FwMode): void {
  fw.s.tProg = fw.io.now() + fw.p.timing.programmingTimeoutMs;
  setMode(fw, mode);
}

/** The programming code and Lock were entered in normal operation, or the interior Program button
 * pressed where it opens the menu (`source` says which). */
export function openMenu(fw: Fw, source: 'keypad' | 'program-button'): void {
  const gate = storeWritable(fw);
  // Where handing is itself a menu item the menu must open before handing is learned; its
  // code-changing items still refuse until then (S18).
  const handingInMenu = fw.p.handing.trigger === 'menu';
  if (gate === 'untrusted-store' || (gate === 'handing-required' && !handingInMenu)) return fail(fw, gate);
  fw.s.buffer = '';
  fw.s.tEntry = -1;
  signal(fw, 'menuEnter');
  fw.io.emit({ type: 'programming-opened', source });
  step(fw, 'menu');
}

export const menuDigit = programmingDigit;

export function menuLock(fw: Fw): void {
  const s = fw.s;
  const entry = s.buffer;
  s.buffer = '';
  switch (s.mode) {
    case 'menu': {
      // An item is the key pressed: on two-digit keys (Powerbolt 2) 3 and 4 are one key.
      const m = fw.p.menu!;
      const is = (item: string | null) => item !== null && keyPattern(fw, entry) === keyPattern(fw, item);
      if (is(m.add)) return step(fw, 'menu-add');
      if (is(m.delete)) return step(fw, 'menu-del-1');
      if (is(m.changeAdmin)) return step(fw, 'menu-pc-1');
      if (is(m.disableAll)) return step(fw, 'menu-disable');
      if (is(m.oneTime)) return step(fw, 'menu-add-once');
      if (is(m.autoLock)) return toggleAutoLock(fw);
      if (is(m.autoLockDelay?.item ?? null)) return step(fw, 'menu-auto-lock-delay');
      if (is(m.handing)) {
        fw.io.emit({ type: 'handing-requested', source: 'keypad' });
        return scheduleHanding(fw);
      }
      return fail(fw, 'unknown-menu-item');
    }
    case 'menu-disable': {
      if (entry !== DISABLE_ALL && entry !== ENABLE_ALL) return fail(fw, 'unexpected-entry', 'expected 0 (disable) or 1 (enable)');
      const r = setUsersDisabled(fw, entry === DISABLE_ALL);
      return finish(fw, { result: r, slot: 0 }, entry === DISABLE_ALL ? 'user-codes-disabled' : 'user-codes-enabled');
    }
    case 'menu-auto-lock-delay': {
      const choices = fw.p.menu!.autoLockDelay!.choicesMs;
      const choice = ONE_KEY.test(entry) ? Number(entry) - FIRST_DELAY_KEY : -1;
      if (choice < 0 || choice >= choices.length) return fail(fw, 'unexpected-entry', `expected a delay key 1–${choices.length}`);
      const r = setAutoLock(fw, autoLockOnOf(s.autoLock), choice);
      return finish(fw, { result: r, slot: 0 }, 'auto-lock-delay-set');
    }
    case 'menu-add':
      return finish(fw, addCode(fw, entry), 'code-added');
    case 'menu-add-once':
      return finish(fw, addOneTimeCode(fw, entry), 'one-time-code-added');
    case 'menu-del-1':
      if (!fw.p.menu!.deleteTwice) return finish(fw, deleteCode(fw, entry), 'code-deleted');
      s.pending = entry;
      return step(fw, 'menu-del-2');
    case 'menu-del-2':
      if (entry !== s.pending) return fail(fw, 'mismatch');
      return finish(fw, deleteCode(fw, entry), 'code-deleted');
    case 'menu-pc-1':
      // "Enter a new PC. It must be between 4 and 10 digits" (264, product-facts §7): the menu
      // changes the programming code, it never clears it — an empty entry is refused.
      if (entry === '') return fail(fw, 'bad-length');
      s.pending = entry;
      return step(fw, 'menu-pc-2');
    case 'menu-pc-2': {
      if (entry !== s.pending) return fail(fw, 'mismatch');
      const r = setAdminCode(fw, entry, true);
      return finish(fw, { result: r, slot: 0 }, 'programming-code-changed');
    }
    default:
      return;
  }
}

/** Auto-lock's item: on if it was off, off if it was on; the delay stays as chosen. */
function toggleAutoLock(fw: Fw): void {
  const on = !autoLockOnOf(fw.s.autoLock);
  const r = setAutoLock(fw, on, autoLockChoiceOf(fw.s.autoLock));
  finish(fw, { result: r, slot: 0 }, on ? 'auto-lock-on' : 'auto-lock-off');
}

function finish(fw: Fw, r: { result: StoreResult; slot: number }, eventType: EventType): void {
  if (r.result !== 'ok') return fail(fw, r.result);
  signal(fw, 'codeAccepted');
  fw.io.emit(r.slot > 0 ? { type: eventType, slot: r.slot, source: 'keypad' } : { type: eventType, source: 'keypad' });
  backToIdle(fw);
}
