// Programming on the Mastercode family (SmartCode 913/914), started by the interior Program
// button. "If a Mastercode is enabled, it must be entered before any other programming (adding
// or deleting codes) can take place" (seed S2, S3; product-facts M1, M14). Sequences:
//   add:     Program, [Mastercode, Lock], code, Lock                      (M14; S19 without MC)
//   delete:  Program, Lock, [Mastercode, Lock], code, Lock, code, Lock    (product-facts S9, S14; M7)
//            or Program, [Mastercode, Lock], Lock, code, …                (assumed: the twin's
//            first order, kept — Lock after the Mastercode also chooses delete)
//   del all: as delete with 999999 twice, Mastercode enabled only         (product-facts S9, S14, M5)
// While the lock waits for the code to delete, or for the Mastercode after Lock chose delete, an
// empty Lock is passed over: M7 (916) presses the checkmark and then Lock, both the twin's Lock
// key (assumed: no source says what a second empty press does on the 913).
//   set MC:  hold Program ~5 s (green), MC, Lock, MC, Lock                (M1)
//   clear:   hold Program ~5 s with MC enabled, Lock, MC, Lock, MC, Lock  (S14, unverified)
// Every step has a 5 s timeout (M1). Success: green once + long beep; failure: red ×3 + 3 beeps.

import { addCode, deleteAllCodes, deleteCode, setAdminCode, storeWritable, type StoreResult } from './code-store.ts';
import { backToIdle, setMode, signal, type Fw } from './context.ts';
import type { FwMode } from './state.ts';
import type { EventType } from './events.ts';
import type { ModelProfile } from '../models/profile.ts';
import type { WhyOf } from './event-why.ts';


function refuseIfNotWritable(fw: Fw): boolean {
  const gate = storeWritable(fw);
  if (gate === 'ok') return false;
  fail(fw, gate);
  return true;
}

function enter(fw: Fw, mode: FwMode): void {
  fw.s.buffer = '';
  fw.s.tEntry = -1;
  fw.s.tProg = fw.io.now() + fw.p.timing.programmingTimeoutMs;
  setMode(fw, mode);
}

/** Program pressed and released in normal operation: programming opens, asking for the
 * Mastercode first where one is set (M14: green and three beeps), else ready for a code (S19). It
 * says so with `programming-opened`, as the menu models' Program button does, so the green that
 * opens it is told from a step accepted or an unlock, which look the same. */
export function programPressed(fw: Fw): void {
  if (refuseIfNotWritable(fw)) return;
  if (fw.s.adminCode !== '') {
    signal(fw, 'programEnterAuth');
    enter(fw, 'prog-auth');
  } else {
    signal(fw, 'programEnter');
    enter(fw, 'prog-menu');
  }
  fw.io.emit({ type: 'programming-opened', source: 'program-button' });
}

/** Program held for the Mastercode hold time in normal operation: "until the keypad flashes
 * green (about 5 seconds)" (M1), the Mastercode sequence begun — to set it, or to clear it with
 * one set (S14) — said with `mastercode-sequence-started`, so that green is told from door
 * handing done, which looks the same. */
export function programHeldLong(fw: Fw): void {
  if (refuseIfNotWritable(fw)) return;
  signal(fw, 'mastercodeSetEnter');
  enter(fw, fw.s.adminCode !== '' ? 'mc-off-1' : 'mc-set-1');
  fw.io.emit({ type: 'mastercode-sequence-started', source: 'program-button' });
}

/** The most digits a programming step keeps (here and in the menu, programming-menu.ts): one
 * past the longest code, user or admin, so that an over-long entry is refused, not cut short. */
export function programmingEntryMax(p: ModelProfile): number {
  return Math.max(p.codes.maxLength, p.codes.adminMaxLength) + 1;
}

export function programmingDigit(fw: Fw, digit: string): void {
  const s = fw.s;
  if (s.buffer.length < programmingEntryMax(fw.p)) s.buffer += digit;
  s.tProg = fw.io.now() + fw.p.timing.programmingTimeoutMs;
}

export function programmingLock(fw: Fw): void {
  const { s, io } = fw;
  const entry = s.buffer;
  s.buffer = '';
  s.tProg = io.now() + fw.p.timing.programmingTimeoutMs;
  switch (s.mode) {
    case 'prog-auth':
      // Lock first chooses delete, the Mastercode comes next (product-facts S9, S14).
      if (entry === '') setMode(fw, 'prog-del-auth');
      else if (entry === s.adminCode) setMode(fw, 'prog-menu');
      else fail(fw, 'wrong-mastercode');
      return;
    case 'prog-del-auth':
      if (entry === '') return;
      if (entry === s.adminCode) setMode(fw, 'prog-del-1');
      else fail(fw, 'wrong-mastercode');
      return;
    case 'prog-menu':
      if (entry === '') {
        setMode(fw, 'prog-del-1');
        return;
      }
      finishWith(fw, addCode(fw, entry), 'code-added');
      return;
    case 'prog-del-1':
      if (entry === '') return;
      s.pending = entry;
      setMode(fw, 'prog-del-2');
      return;
    case 'prog-del-2': {
      if (entry !== s.pending) return fail(fw, 'mismatch');
      const all = fw.p.codes.deleteAllCode;
      if (all !== null && entry === all && s.adminCode !== '') {
        const r = deleteAllCodes(fw);
        return r === 'ok' ? succeed(fw, { type: 'all-codes-deleted' }) : fail(fw, r);
      }
      finishWith(fw, deleteCode(fw, entry), 'code-deleted');
      return;
    }
    case 'mc-set-1':
      s.pending = entry;
      setMode(fw, 'mc-set-2');
      return;
    case 'mc-set-2': {
      if (entry !== s.pending) return fail(fw, 'mismatch');
      const r = setAdminCode(fw, entry, false);
      return r === 'ok' ? succeed(fw, { type: 'mastercode-set' }) : fail(fw, r);
    }
    case 'mc-off-1':
      if (entry !== '') return fail(fw, 'unexpected-entry', 'expected Lock');
      setMode(fw, 'mc-off-2');
      return;
    case 'mc-off-2':
      if (entry !== s.adminCode) return fail(fw, 'wrong-mastercode');
      setMode(fw, 'mc-off-3');
      return;
    case 'mc-off-3': {
      if (entry !== s.adminCode) return fail(fw, 'wrong-mastercode');
      const r = setAdminCode(fw, '', false);
      return r === 'ok' ? succeed(fw, { type: 'mastercode-cleared' }) : fail(fw, r);
    }
    default:
      return;
  }
}

function finishWith(fw: Fw, r: { result: StoreResult; slot: number }, eventType: EventType): void {
  if (r.result === 'ok') succeed(fw, { type: eventType, slot: r.slot });
  else fail(fw, r.result);
}

/** A programming step done: a code's green and long beep (M14), the Mastercode's green and one
 * beep (M1: "keypad will flash green once with one beep"). */
function succeed(fw: Fw, event: { type: EventType; slot?: number }): void {
  signal(fw, event.type === 'mastercode-set' || event.type === 'mastercode-cleared' ? 'mastercodeSet' : 'codeAccepted');
  fw.io.emit({ ...event, source: 'keypad' });
  backToIdle(fw);
}

/** A programming step refused: `why` the id, `words` what the event's reason says where the
 * id alone does not (what the menu expected instead); the reason is the id otherwise. */
export function fail(fw: Fw, why: WhyOf<'programming-failed'>, words: string = why): void {
  signal(fw, 'programmingFailed');
  fw.io.emit({ type: 'programming-failed', reason: words, why });
  backToIdle(fw);
}

export function programmingTimedOut(fw: Fw): void {
  signal(fw, 'programmingTimeout');
  fw.io.emit({ type: 'programming-timeout' });
  backToIdle(fw);
}
