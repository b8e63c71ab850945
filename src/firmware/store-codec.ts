// The code store's on-EEPROM format: two banks, each a whole image with a sequence number and a
// CRC-32. A write goes to the bank not holding the newest good image, so a power cut mid-write
// leaves the previous image intact (power-cut safety; seed S5). At boot the newest bank whose
// CRC checks is loaded; if a bank exists but none checks, the store cannot be trusted and the
// lock stops honouring codes until a factory reset (seed S5, S6).

import type { Learned } from './state.ts';

export const STORE_MAGIC_0 = 0x4c; // 'L'
export const STORE_MAGIC_1 = 0x53; // 'S'
export const CODE_FIELD_BYTES = 10; // longest code any model takes (product-facts §5, §7: 4–10 digits)
/** Where a bank's sequence number lies (after the two magic bytes), and its length. */
export const SEQ_AT = 2;
export const SEQ_BYTES = 4;
/** A code field: its length, then CODE_FIELD_BYTES digits. */
const SLOT_BYTES = 1 + CODE_FIELD_BYTES;
/** The header after the sequence number: the settings byte (learned handing and auto-lock), the
 * Mastercode's field, capacity, flags. */
const SETTINGS_AT = SEQ_AT + SEQ_BYTES;
/** The settings byte: learned handing in its two low bits (HANDED_CODES), the menu-set auto-lock
 * (Powerbolt 250, product-facts M9) in the bits above. An image written before the auto-lock
 * setting existed has those bits clear: auto-lock off, the first delay. */
const HANDED_MASK = 0x03;
const AUTO_LOCK_SHIFT = 2;
/** The auto-lock setting's bits: on, then the delay's choice (0-based) above it. */
const AUTO_LOCK_ON = 1;
const AUTO_LOCK_CHOICE_SHIFT = 1;
const AUTO_LOCK_CHOICE_MASK = 0x07;
/** The largest auto-lock setting: a settings byte above it is not one this firmware writes. */
export const AUTO_LOCK_MAX = AUTO_LOCK_ON | (AUTO_LOCK_CHOICE_MASK << AUTO_LOCK_CHOICE_SHIFT);
const ADMIN_AT = SETTINGS_AT + 1;
const CAPACITY_AT = ADMIN_AT + SLOT_BYTES;
const FLAGS_AT = CAPACITY_AT + 1;
const HEADER_BYTES = FLAGS_AT + 1;
/** Flag bit: every user code disabled, the key only (product-facts M9, K6). */
export const FLAG_USERS_DISABLED = 1;
/** The flags' other seven bits: the one-time code's slot + 1, 0 when there is none (K5, K6). An
 * image written before one-time codes existed reads as having none. */
const ONE_TIME_SHIFT = 1;
const ONE_TIME_MASK = 0x7f;

/** The flags byte for a store. */
export function storeFlags(usersDisabled: boolean, oneTimeSlot: number): number {
  return (usersDisabled ? FLAG_USERS_DISABLED : 0) | (((oneTimeSlot + 1) & ONE_TIME_MASK) << ONE_TIME_SHIFT);
}

/** Whether a flags byte has every user code disabled. */
export function usersDisabledOf(flags: number): boolean {
  return (flags & FLAG_USERS_DISABLED) !== 0;
}

/** The one-time code's slot (0-based) a flags byte names, or -1. */
export function oneTimeSlotOf(flags: number): number {
  return ((flags >> ONE_TIME_SHIFT) & ONE_TIME_MASK) - 1;
}

/** The auto-lock setting as the settings byte holds it (above the handing bits). */
export function autoLockSetting(on: boolean, choice: number): number {
  return (on ? AUTO_LOCK_ON : 0) | ((choice & AUTO_LOCK_CHOICE_MASK) << AUTO_LOCK_CHOICE_SHIFT);
}

/** Whether an auto-lock setting has auto-lock on. */
export function autoLockOnOf(setting: number): boolean {
  return (setting & AUTO_LOCK_ON) !== 0;
}

/** The delay's choice (0-based) an auto-lock setting names. */
export function autoLockChoiceOf(setting: number): number {
  return (setting >> AUTO_LOCK_CHOICE_SHIFT) & AUTO_LOCK_CHOICE_MASK;
}

export const CRC_BYTES = 4;

export function bankSize(capacity: number): number {
  return HEADER_BYTES + capacity * SLOT_BYTES + CRC_BYTES;
}

const CRC_TABLE = (() => {
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  return t;
})();

export function crc32(bytes: Uint8Array, length = bytes.length): number {
  let c = 0xffffffff;
  for (let i = 0; i < length; i++) c = CRC_TABLE[(c ^ bytes[i]) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

export interface StoreImage {
  seq: number;
  handed: Learned;
  /** The auto-lock setting (autoLockSetting): 0 = off, the first delay. */
  autoLock: number;
  adminCode: string;
  codes: string[];
  flags: number;
}

const HANDED_CODES: Learned[] = ['none', 'left', 'right'];

function putCode(out: Uint8Array, at: number, code: string): void {
  out[at] = code.length;
  for (let i = 0; i < CODE_FIELD_BYTES; i++) out[at + 1 + i] = i < code.length ? code.charCodeAt(i) - 48 : 0;
}

function getCode(bytes: Uint8Array, at: number): string | null {
  const len = bytes[at];
  if (len > CODE_FIELD_BYTES) return null;
  let code = '';
  for (let i = 0; i < len; i++) {
    const d = bytes[at + 1 + i];
    if (d > 9) return null;
    code += String.fromCharCode(48 + d);
  }
  return code;
}

export function encodeStore(img: StoreImage): Uint8Array {
  const out = new Uint8Array(bankSize(img.codes.length));
  const view = new DataView(out.buffer);
  out[0] = STORE_MAGIC_0;
  out[1] = STORE_MAGIC_1;
  view.setUint32(SEQ_AT, img.seq >>> 0);
  out[SETTINGS_AT] = HANDED_CODES.indexOf(img.handed) | (img.autoLock << AUTO_LOCK_SHIFT);
  putCode(out, ADMIN_AT, img.adminCode);
  out[CAPACITY_AT] = img.codes.length;
  out[FLAGS_AT] = img.flags;
  let at = HEADER_BYTES;
  for (const code of img.codes) {
    putCode(out, at, code);
    at += SLOT_BYTES;
  }
  view.setUint32(at, crc32(out, at));
  return out;
}

/** Decode one bank; null when it is blank, torn or corrupt. */
export function decodeStore(bytes: Uint8Array, capacity: number): StoreImage | null {
  const size = bankSize(capacity);
  if (bytes.length < size || bytes[0] !== STORE_MAGIC_0 || bytes[1] !== STORE_MAGIC_1) return null;
  const view = new DataView(bytes.buffer, bytes.byteOffset, size);
  if (view.getUint32(size - CRC_BYTES) !== crc32(bytes, size - CRC_BYTES)) return null;
  if (bytes[CAPACITY_AT] !== capacity) return null;
  const handed = HANDED_CODES[bytes[SETTINGS_AT] & HANDED_MASK];
  const autoLock = bytes[SETTINGS_AT] >> AUTO_LOCK_SHIFT;
  const adminCode = getCode(bytes, ADMIN_AT);
  if (handed === undefined || autoLock > AUTO_LOCK_MAX || adminCode === null) return null;
  const codes: string[] = [];
  let at = HEADER_BYTES;
  for (let i = 0; i < capacity; i++) {
    const c = getCode(bytes, at);
    if (c === null) return null;
    codes.push(c);
    at += SLOT_BYTES;
  }
  return { seq: view.getUint32(SEQ_AT), handed, autoLock, adminCode, codes, flags: bytes[FLAGS_AT] };
}

/** What a boot reads from both banks: the good image with the highest sequence number (bank 0
 * on a tie) and its bank, or null and -1; `blank` when neither bank was ever written. */
export interface NewestStore {
  image: StoreImage | null;
  bank: number;
  blank: boolean;
}

/** Both banks of `nvm` (the store's whole EEPROM range) read as a boot reads them (seed S5). */
export function newestStore(nvm: Uint8Array, capacity: number): NewestStore {
  const size = bankSize(capacity);
  const out: NewestStore = { image: null, bank: -1, blank: true };
  for (let bank = 0; bank < 2; bank++) {
    const bytes = nvm.subarray(bank * size, (bank + 1) * size);
    if (!isBlank(bytes)) out.blank = false;
    const img = decodeStore(bytes, capacity);
    if (img && (out.image === null || img.seq > out.image.seq)) {
      out.image = img;
      out.bank = bank;
    }
  }
  return out;
}

/** Whether a bank has never been written (factory-fresh EEPROM). */
export function isBlank(bytes: Uint8Array): boolean {
  for (let i = 0; i < bytes.length; i++) if (bytes[i] !== 0xff) return false;
  return true;
}
