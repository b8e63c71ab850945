// The store a boot must load from a two-bank EEPROM image, spelled out as one string (seed S5:
// the newest good bank wins), read by the checker's own reading of the memory (memory-reading.ts,
// not the firmware's decoder): what the power-cut campaign and the checker's torn-write probe
// compare before a write, as written, and after a cut — and, spelled the same way, the store a
// powered firmware holds in RAM (heldStore), which after a boot must be the one its memory holds.

import type { StoreView } from '../twin/twin.ts';
import { readMemory } from './memory-reading.ts';

/** durableStore() of bytes no boot can trust. */
export const UNTRUSTED_STORE = 'an untrusted store';
/** durableStore() of memory never written. */
export const BLANK_STORE = 'a blank store (factory defaults)';

/** A trusted store as one string. */
function describe(s: StoreView): string {
  const codes = s.codes.map((c, i) => (c === '' ? '' : `${i + 1}:${c}`)).filter((c) => c !== '');
  const disabled = s.usersDisabled ? ', users disabled' : '';
  const once = s.oneTimeSlot < 0 ? '' : `, one-time code in slot ${s.oneTimeSlot + 1}`;
  return `store ok (mastercode ${s.adminCode || 'none'}, codes [${codes.join(' ')}], handed ${s.handed}${disabled}${once})`;
}

/** The store a boot must load from these bytes, as one string. */
export function durableStore(bytes: Uint8Array, capacity: number): string {
  const read = readMemory(bytes, capacity);
  if (read.kind === 'store') return describe(read.store);
  return read.kind === 'blank' ? BLANK_STORE : UNTRUSTED_STORE;
}

/** The store a firmware holds (Twin.store() while powered), spelled as durableStore() spells it. */
export function heldStore(s: StoreView): string {
  return s.trusted ? describe(s) : UNTRUSTED_STORE;
}
