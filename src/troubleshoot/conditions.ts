// What can be wrong with a lock, read straight from a twin's state (issue "The troubleshooter"):
// the half-finished reset that explains most "broken" locks (seed S24; cancelled, since nothing
// is erased yet, unless its owner meant it: reset-intent.ts), handing failed or never
// done (S15–S18), a critical or low battery (S25, S10), an untrusted code store (S5), an active
// lockout (the model's own source: product-facts M4, M5/M6, M8, M10), no Mastercode set (S21), codes never tested before the door was
// closed (S20), a jammed bolt (S17; the model's own jam warning, jam-cite.ts), the exterior
// assembly's cable unplugged (product-facts M5, M6). Each finding says
// so in the owner's words and names the procedure that fixes it.

import type { Twin } from '../twin/twin.ts';
import type { TraceEntry } from '../sim/trace.ts';
import { sourceCite } from './procedure-kit.ts';
import { halfFinishedCite } from './confirm-press-cite.ts';
import { jamCite } from './jam-cite.ts';
import { CONDITION_TITLES } from './condition-titles.ts';
import { armedResetFix } from './reset-intent.ts';

export type ConditionId =
  | 'reset-armed'
  | 'reset-holding'
  | 'handing-not-learned'
  | 'handing-running'
  | 'battery-critical'
  | 'battery-low'
  | 'store-untrusted'
  | 'lockout'
  | 'bolt-jammed'
  | 'no-admin-code'
  | 'untested-codes'
  | 'no-codes'
  | 'powered-off'
  | 'exterior-unplugged';

export type ProcedureId = 'cancel-reset' | 'finish-reset' | 'relearn-handing' | 'replace-batteries' | 'factory-reset' | 'wait-lockout' | 'clear-jam' | 'set-mastercode' | 'test-codes-door-open' | 'add-code' | 'insert-pack' | 'reconnect-exterior';

export interface Finding {
  id: ConditionId;
  /** The condition as a person reads it in a list (condition-titles.ts). */
  title: string;
  /** 1 = stop everything and fix this first … 3 = advice. */
  priority: 1 | 2 | 3;
  says: string;
  cite: string;
  fix: ProcedureId;
}

const PRIORITY_FIRST = 1;
const PRIORITY_NEXT = 2;
const PRIORITY_ADVICE = 3;

/** Slots added and never opened by the keypad before the door was last closed (seed S20). */
export function untestedSlots(trace: readonly TraceEntry[]): number[] {
  const added = new Map<number, boolean>(); // slot -> tested
  let closedAfter: number[] = [];
  for (const e of trace) {
    const v = e.v as { type?: string; slot?: number; do?: string; state?: string };
    if (e.ch === 'event' && (v.type === 'code-added') && v.slot) added.set(v.slot, false);
    if (e.ch === 'event' && v.type === 'code-deleted' && v.slot) added.delete(v.slot);
    if (e.ch === 'event' && v.type === 'unlocked' && v.slot && added.has(v.slot)) added.set(v.slot, true);
    if (e.ch === 'event' && v.type === 'factory-reset') added.clear();
    if (e.ch === 'input' && v.do === 'door' && v.state === 'closed') closedAfter = [...added].filter(([, tested]) => !tested).map(([slot]) => slot);
  }
  return closedAfter.filter((slot) => added.get(slot) === false);
}

export function diagnoseTwin(twin: Twin): Finding[] {
  return readConditions(twin).map((f) => ({ ...f, title: CONDITION_TITLES[f.id] }));
}

function readConditions(twin: Twin): Omit<Finding, 'title'>[] {
  const out: Omit<Finding, 'title'>[] = [];
  const p = twin.model;
  const s = twin.firmware.s;
  const store = twin.store();
  const volts = twin.packVolts();
  if (!twin.battery.present) {
    out.push({ id: 'powered-off', priority: PRIORITY_FIRST, says: 'The battery pack is out: the lock is dead until it goes back in (codes are kept).', cite: 'product-facts S11', fix: 'insert-pack' });
    return out;
  }
  if (twin.mode === 'reset-armed') {
    // Nothing is erased before the confirming press: cancelled unless the owner meant it (reset-intent.ts).
    out.push({ id: 'reset-armed', priority: PRIORITY_FIRST, says: 'A factory reset was started and never confirmed: the lock is waiting for one more press of Program and ignores the keypad until then. Nothing is erased until that press.', cite: halfFinishedCite(p), fix: armedResetFix(undefined) });
  }
  if (twin.mode === 'reset-hold') {
    out.push({ id: 'reset-holding', priority: PRIORITY_FIRST, says: 'Program is being held for a factory reset: keep holding until the red flash and beep.', cite: 'seed S8, S9', fix: 'finish-reset' });
  }
  if (volts <= p.battery.criticalVolts) {
    out.push({ id: 'battery-critical', priority: PRIORITY_FIRST, says: twin.powered
        ? `The batteries are flat (${volts.toFixed(2)} V): the lock beeps but will not move the bolt, and a reset would fail too.`
        : `The batteries are flat (${volts.toFixed(2)} V): too low even to run the lock's electronics, so it is dark and silent to every key; a reset would fail too.`, cite: 'seed S25, S10; product-facts G4, G5', fix: 'replace-batteries' });
  } else if (volts <= p.battery.lowVolts) {
    out.push({ id: 'battery-low', priority: PRIORITY_NEXT, says: `The batteries are low (${volts.toFixed(2)} V): the bolt may stall or the lock restart when it moves; replace them before anything else.`, cite: 'seed S25; product-facts G4', fix: 'replace-batteries' });
  }
  if (!store.trusted) {
    out.push({ id: 'store-untrusted', priority: PRIORITY_FIRST, says: 'The lock cannot trust its code memory: it refuses every code, even ones that used to work. Only a factory reset repairs it.', cite: 'seed S5, S7', fix: 'factory-reset' });
  } else if (store.handed === 'none' && (twin.mode === 'handing' || twin.mode === 'handing-wait')) {
    out.push({ id: 'handing-running', priority: PRIORITY_NEXT, says: 'The lock is learning the door handing right now: keep the door open and hands off the bolt.', cite: 'seed S16', fix: 'relearn-handing' });
  } else if (store.handed === 'none') {
    out.push({ id: 'handing-not-learned', priority: PRIORITY_FIRST, says: 'Door handing is not done: the lock does not know which way the bolt turns, so it refuses new codes and may throw the bolt the wrong way.', cite: 'seed S15, S18, S24', fix: 'relearn-handing' });
  }
  if (!twin.buttons.exteriorLinked) {
    out.push({ id: 'exterior-unplugged', priority: PRIORITY_FIRST, says: 'The cable from the outside keypad is unplugged: no key pressed outside reaches the lock, so it seems deaf to every code — yet the codes are all still there. A factory reset would not help.', cite: 'product-facts M5, M6; seed S7', fix: 'reconnect-exterior' });
  }
  if (s.tLockoutEnd >= 0) {
    const left = Math.max(0, Math.ceil((s.tLockoutEnd - twin.sim.now) / 1000));
    out.push({ id: 'lockout', priority: PRIORITY_NEXT, says: `Too many wrong codes: the keypad is locked for ${left} more seconds.`, cite: sourceCite(p, 'signals.lockout', 'lockout'), fix: 'wait-lockout' });
  }
  if (twin.bolt.state() === 'jammed') {
    out.push({ id: 'bolt-jammed', priority: PRIORITY_NEXT, says: 'The bolt is jammed part-way: the strike plate or the door is in its way.', cite: jamCite(p), fix: 'clear-jam' });
  }
  if (store.trusted && store.adminCode === '' && p.programming === 'mastercode-program-button') {
    out.push({ id: 'no-admin-code', priority: PRIORITY_ADVICE, says: 'No Mastercode is set: anyone who can reach the Program button can add or delete codes.', cite: 'seed S21', fix: 'set-mastercode' });
  }
  const codes = store.codes.filter((c) => c !== '').length;
  if (store.trusted && codes === 0) {
    out.push({ id: 'no-codes', priority: PRIORITY_ADVICE, says: 'No user codes are programmed: the lock opens with the key only.', cite: 'seed S19, S22', fix: 'add-code' });
  }
  const untested = untestedSlots(twin.trace.entries);
  if (untested.length) {
    out.push({ id: 'untested-codes', priority: PRIORITY_ADVICE, says: `Code slot${untested.length > 1 ? 's' : ''} ${untested.join(', ')} ${untested.length > 1 ? 'were' : 'was'} never tried before the door was closed: test with the door open, or risk being locked out.`, cite: 'seed S20', fix: 'test-codes-door-open' });
  }
  return out.sort((a, b) => a.priority - b.priority);
}
