// Code-store operations with their own rules and results: add, delete, delete all, set or clear
// the admin code (Mastercode / programming code). The keypad grammars call these today; a radio
// port will call the same ones later (design/architecture.md "A radio module").
// Rules: codes 4–8 digits, unique, up to capacity (seed S4; product-facts M14); nothing is
// accepted before door handing has completed (seed S18) or from a store that cannot be trusted
// (seed S5).

import { persist } from './persistence.ts';
import { autoLockSetting } from './store-codec.ts';
import type { Fw } from './context.ts';
import type { ModelProfile } from '../models/profile.ts';

export type StoreResult =
  | 'ok'
  | 'duplicate'
  | 'full'
  | 'bad-length'
  | 'not-found'
  | 'mismatch'
  | 'untrusted-store'
  | 'handing-required'
  | 'same-as-user-code'
  | 'same-as-programming-code'
  | 'bad-slot';

/** A code is digits and nothing else. */
export const DIGITS_ONLY = /^[0-9]+$/;

/** Whether the store may be changed at all right now. */
export function storeWritable(fw: Fw): StoreResult {
  if (!fw.s.storeOk) return 'untrusted-store';
  if (fw.s.handed === 'none') return 'handing-required';
  return 'ok';
}

/** The form a code takes on the keypad: on two-digit buttons 1|2, 3|4, … the pair is one key
 * (product-facts §8: "1-3-5-7 has the same entry pattern as 2-4-6-8"). */
export function keyPattern(fw: Fw, code: string): string {
  return patternOnKeypad(fw.p.keypad.digitsPerKey, code);
}

/** `code` as the keys pressed on a keypad with `digitsPerKey` digits per key. */
export function patternOnKeypad(digitsPerKey: number, code: string): string {
  if (digitsPerKey === 1) return code;
  let out = '';
  for (let i = 0; i < code.length; i++) out += String.fromCharCode(48 + BUTTON_OF_DIGIT[code.charCodeAt(i) - 48]);
  return out;
}

/** Two-digit buttons: 1|2 → 1, 3|4 → 3, 5|6 → 5, 7|8 → 7, 9|0 → 9. */
const BUTTON_OF_DIGIT = [9, 1, 1, 3, 3, 5, 5, 7, 7, 9];

/** The slot (0-based) whose code is typed as `entry`, or -1. No stored code is shorter than the
 * model's minimum (addCode and setCodeAt refuse them, the twin's given store too), so a shorter
 * entry is answered without a search: the first digits of every entry, most of the keypad's work. */
export function findCode(fw: Fw, entry: string): number {
  if (entry.length < fw.p.codes.minLength || entry === '') return -1;
  if (fw.p.keypad.digitsPerKey === 1) return fw.s.codes.indexOf(entry);
  const pattern = keyPattern(fw, entry);
  const codes = fw.s.codes;
  for (let i = 0; i < codes.length; i++) if (codes[i] !== '' && keyPattern(fw, codes[i]) === pattern) return i;
  return -1;
}

/** What a code is compared by for uniqueness: its key pattern, or only its first digits' where
 * the model wants those unique (product-facts M13, K7). Two codes with one key may not both be
 * stored (store-rules.ts holds a given store to the same rule). */
export function clashKey(p: ModelProfile, code: string): string {
  const n = p.codes.uniquePrefixLength;
  return patternOnKeypad(p.keypad.digitsPerKey, n > 0 ? code.slice(0, n) : code);
}

/** Whether `code` clashes with a stored code other than `exceptSlot` (0-based). */
function clashes(fw: Fw, code: string, exceptSlot: number): boolean {
  const mine = clashKey(fw.p, code);
  const codes = fw.s.codes;
  for (let i = 0; i < codes.length; i++) {
    if (i === exceptSlot || codes[i] === '') continue;
    if (clashKey(fw.p, codes[i]) === mine) return true;
  }
  return false;
}

/** Whether `code` is typed as the programming code of a menu-family lock: "The programming code
 * cannot be the same as any user code" (product-facts §7) — the rule setAdminCode keeps one way,
 * kept here the other, for the keypad tries a user code first: a user code equal to the
 * programming code would open the door and the menu never again. (The Mastercode family may
 * share them: "unless the same code is programmed as a user code", M1.) */
function isProgrammingCode(fw: Fw, code: string): boolean {
  const admin = fw.s.adminCode;
  return fw.p.programming === 'programming-code-menu' && admin !== '' && keyPattern(fw, code) === keyPattern(fw, admin);
}

/** Put `code` in the first free slot, by the store's rules; the caller persists. */
function placeCode(fw: Fw, code: string): { result: StoreResult; slot: number } {
  const gate = storeWritable(fw);
  if (gate !== 'ok') return { result: gate, slot: 0 };
  const { minLength, maxLength } = fw.p.codes;
  if (code.length < minLength || code.length > maxLength || !DIGITS_ONLY.test(code)) return { result: 'bad-length', slot: 0 };
  if (clashes(fw, code, -1)) return { result: 'duplicate', slot: 0 };
  if (isProgrammingCode(fw, code)) return { result: 'same-as-programming-code', slot: 0 };
  const free = fw.s.codes.indexOf('');
  if (free < 0) return { result: 'full', slot: 0 };
  fw.s.codes[free] = code;
  return { result: 'ok', slot: free + 1 };
}

export function addCode(fw: Fw, code: string): { result: StoreResult; slot: number } {
  const r = placeCode(fw, code);
  if (r.result === 'ok') persist(fw);
  return r;
}

/** A one-time user code (955 menu 7, product-facts K5, K6: "deleted immediately after used"). It
 * takes a user slot, and a new one replaces one not yet used (both assumed: the sources say
 * neither). The code and its mark are written together. */
export function addOneTimeCode(fw: Fw, code: string): { result: StoreResult; slot: number } {
  const s = fw.s;
  const previous = s.oneTimeSlot;
  const old = previous >= 0 ? s.codes[previous] : '';
  if (previous >= 0) s.codes[previous] = ''; // no clash with its replacement, nor a full store
  const r = placeCode(fw, code);
  if (r.result !== 'ok') {
    if (previous >= 0) s.codes[previous] = old;
    return r;
  }
  s.oneTimeSlot = r.slot - 1;
  persist(fw);
  return r;
}

/** The one-time code in `slot` (0-based) has just opened the lock: it is gone. */
export function consumeOneTimeCode(fw: Fw, slot: number): void {
  fw.s.codes[slot] = '';
  fw.s.oneTimeSlot = -1;
  persist(fw);
}

/** Positional models: put `code` in `slot` (1-based), replacing what was there (product-facts §3). */
export function setCodeAt(fw: Fw, slot: number, code: string): { result: StoreResult; slot: number } {
  const gate = storeWritable(fw);
  if (gate !== 'ok') return { result: gate, slot: 0 };
  const { minLength, maxLength, capacity } = fw.p.codes;
  if (slot < 1 || slot > capacity) return { result: 'bad-slot', slot: 0 };
  if (code.length < minLength || code.length > maxLength || !DIGITS_ONLY.test(code)) return { result: 'bad-length', slot: 0 };
  if (clashes(fw, code, slot - 1)) return { result: 'duplicate', slot: 0 };
  fw.s.codes[slot - 1] = code;
  if (fw.s.oneTimeSlot === slot - 1) fw.s.oneTimeSlot = -1;
  persist(fw);
  return { result: 'ok', slot };
}

/** Disable or enable every user code at once (product-facts M9, K6). */
export function setUsersDisabled(fw: Fw, disabled: boolean): StoreResult {
  const gate = storeWritable(fw);
  if (gate !== 'ok') return gate;
  fw.s.usersDisabled = disabled;
  persist(fw);
  return 'ok';
}

/** Set the menu-set auto-lock: on or off, and the delay's choice (0-based) among the model's
 * (Powerbolt 250, product-facts M9). Kept with the codes, as their disable flag is. */
export function setAutoLock(fw: Fw, on: boolean, choice: number): StoreResult {
  const gate = storeWritable(fw);
  if (gate !== 'ok') return gate;
  fw.s.autoLock = autoLockSetting(on, choice);
  if (!on) fw.s.tAutoLock = -1; // as switch 2 turned off (firmware.ts switchChanged)
  persist(fw);
  return 'ok';
}

export function deleteCode(fw: Fw, code: string): { result: StoreResult; slot: number } {
  const gate = storeWritable(fw);
  if (gate !== 'ok') return { result: gate, slot: 0 };
  const at = findCode(fw, code);
  if (at < 0) return { result: 'not-found', slot: 0 };
  fw.s.codes[at] = '';
  if (fw.s.oneTimeSlot === at) fw.s.oneTimeSlot = -1;
  persist(fw);
  return { result: 'ok', slot: at + 1 };
}

export function deleteAllCodes(fw: Fw): StoreResult {
  const gate = storeWritable(fw);
  if (gate !== 'ok') return gate;
  fw.s.codes.fill('');
  fw.s.oneTimeSlot = -1;
  persist(fw);
  return 'ok';
}

/** Set the admin code, or clear it with ''. */
export function setAdminCode(fw: Fw, code: string, forbidUserCodes: boolean): StoreResult {
  const gate = storeWritable(fw);
  if (gate !== 'ok') return gate;
  if (code !== '') {
    const { adminMinLength, adminMaxLength } = fw.p.codes;
    if (code.length < adminMinLength || code.length > adminMaxLength || !DIGITS_ONLY.test(code)) return 'bad-length';
    if (forbidUserCodes && findCode(fw, code) >= 0) return 'same-as-user-code';
  }
  fw.s.adminCode = code;
  persist(fw);
  return 'ok';
}
