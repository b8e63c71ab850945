// Code-store operations with their own rules and results: add, delete, delete all, set or clear
// the admin code (Mastercode / programming code). The keypad grammars call these today; a radio
// port will call the same ones later (design/architecture.md "A radio module").
// Rules: codes 4–8 digits, unique, up to capacity (seed S4; product-facts M14); nothing is
// accepted before door handing has completed (seed S18) or from a store that cannot be trusted
// (seed S5).

import { persist } from './persistence.ts';
import type { Fw } from './context.ts';

export type StoreResult =
  | 'ok'
  | 'duplicate'
  | 'full'
  | 'bad-length'
  | 'not-found'
  | 'mismatch'
  | 'untrusted-store'
  | 'handing-required'
  | 'same-as-user-code';

const DIGITS_ONLY = /^[0-9]+$/;

/** Whether the store may be changed at all right now. */
export function storeWritable(fw: Fw): StoreResult {
  if (!fw.s.storeOk) return 'untrusted-store';
  if (fw.s.handed === 'none') return 'handing-required';
  return 'ok';
}

export function findCode(fw: Fw, code: string): number {
  return code === '' ? -1 : fw.s.codes.indexOf(code);
}

export function addCode(fw: Fw, code: string): { result: StoreResult; slot: number } {
  const gate = storeWritable(fw);
  if (gate !== 'ok') return { result: gate, slot: 0 };
  const { minLength, maxLength } = fw.p.codes;
  if (code.length < minLength || code.length > maxLength || !DIGITS_ONLY.test(code)) return { result: 'bad-length', slot: 0 };
  if (findCode(fw, code) >= 0) return { result: 'duplicate', slot: 0 };
  const free = fw.s.codes.indexOf('');
  if (free < 0) return { result: 'full', slot: 0 };
  fw.s.codes[free] = code;
  persist(fw);
  return { result: 'ok', slot: free + 1 };
}

export function deleteCode(fw: Fw, code: string): { result: StoreResult; slot: number } {
  const gate = storeWritable(fw);
  if (gate !== 'ok') return { result: gate, slot: 0 };
  const at = findCode(fw, code);
  if (at < 0) return { result: 'not-found', slot: 0 };
  fw.s.codes[at] = '';
  persist(fw);
  return { result: 'ok', slot: at + 1 };
}

export function deleteAllCodes(fw: Fw): StoreResult {
  const gate = storeWritable(fw);
  if (gate !== 'ok') return gate;
  fw.s.codes.fill('');
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
