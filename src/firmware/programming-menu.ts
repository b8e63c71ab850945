// Programming on the programming-code menu family (SmartCode/Contemporary 275; 955 and 264
// style): the programming code and the Kwikset (Lock) button at the keypad open a numbered menu
// (product-facts K5, §7, §9); the interior Program button only serves the factory reset.
//   add:      PC, Lock, 1, Lock, code, Lock
//   delete:   PC, Lock, 2, Lock, code, Lock, code, Lock
//   change PC: PC, Lock, 4, Lock, new, Lock, new, Lock   (once personalised, the tag's printed
//              code no longer works — seed S12)
// A programming code may not equal a user code (product-facts §7, aggregators).

import { addCode, deleteCode, setAdminCode, storeWritable, type StoreResult } from './code-store.ts';
import { backToIdle, setMode, signal, type Fw } from './context.ts';
import { fail, programmingDigit } from './programming-mastercode.ts';
import type { FwMode } from './state.ts';

export const MENU_ADD = '1';
export const MENU_DELETE = '2';
export const MENU_CHANGE_PROGRAMMING_CODE = '4';

function step(fw: Fw, mode: FwMode): void {
  fw.s.tProg = fw.io.now() + fw.p.timing.programmingTimeoutMs;
  setMode(fw, mode);
}

/** The programming code and Lock were entered in normal operation. */
export function openMenu(fw: Fw): void {
  const gate = storeWritable(fw);
  if (gate !== 'ok') return fail(fw, gate);
  fw.s.buffer = '';
  fw.s.tEntry = -1;
  signal(fw, 'menuEnter');
  fw.io.emit({ type: 'programming-opened', source: 'keypad' });
  step(fw, 'menu');
}

export const menuDigit = programmingDigit;

export function menuLock(fw: Fw): void {
  const s = fw.s;
  const entry = s.buffer;
  s.buffer = '';
  switch (s.mode) {
    case 'menu':
      if (entry === MENU_ADD) return step(fw, 'menu-add');
      if (entry === MENU_DELETE) return step(fw, 'menu-del-1');
      if (entry === MENU_CHANGE_PROGRAMMING_CODE) return step(fw, 'menu-pc-1');
      return fail(fw, 'unknown-menu-item');
    case 'menu-add':
      return finish(fw, addCode(fw, entry), 'code-added');
    case 'menu-del-1':
      s.pending = entry;
      return step(fw, 'menu-del-2');
    case 'menu-del-2':
      if (entry !== s.pending) return fail(fw, 'mismatch');
      return finish(fw, deleteCode(fw, entry), 'code-deleted');
    case 'menu-pc-1':
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

function finish(fw: Fw, r: { result: StoreResult; slot: number }, eventType: string): void {
  if (r.result !== 'ok') return fail(fw, r.result);
  signal(fw, 'codeAccepted');
  fw.io.emit(r.slot > 0 ? { type: eventType, slot: r.slot, source: 'keypad' } : { type: eventType, source: 'keypad' });
  backToIdle(fw);
}
