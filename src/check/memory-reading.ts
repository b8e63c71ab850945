// The checker's own reading of the code store's memory: which store a boot must load from the two
// banks (seed S5: the newest image whose CRC checks; none when something is written and nothing
// checks — an untrusted store until a factory reset, S5, S6).
//
// Written a second time, from the record layout store-codec.ts documents, on purpose: it calls
// nothing of the firmware's codec (no decodeStore, no newestStore, not even its constants or its
// CRC table). The power-cut and battery-change properties compare what the firmware loaded with
// what its memory holds; if the checker read the memory with the firmware's decoder, a decoder
// bug — the older bank chosen, the CRC not checked — would change the lock and the checker's view
// alike, and every comparison would agree. Two readings written apart disagree where one is
// wrong, and then a property fails. memory-reading.test.ts holds both to the same images.
//
// One bank, as store-codec.ts lays it out (multi-byte numbers big-endian):
//   0–1   magic 'L' 'S'
//   2–5   sequence number (u32): the newest good bank has the highest
//   6     settings: learned handing in bits 0–1 (0 none, 1 left, 2 right), the auto-lock setting
//         above (bit 2 on, bits 3–5 the delay's choice); bits 6–7 clear
//   7–17  the admin code's field: its length (0–10), then ten digit bytes (0–9; unused ones 0)
//   18    capacity (the model's number of code slots)
//   19    flags: bit 0 every user code disabled; bits 1–7 the one-time code's slot + 1 (0: none)
//   20…   one field like the admin code's per slot, capacity of them
//   last 4  CRC-32 (IEEE, reflected 0xEDB88320, initial and final 0xFFFFFFFF) of every byte before it
// A bank of nothing but 0xFF was never written.

import type { Learned } from '../firmware/state.ts';
import type { StoreView } from '../twin/twin.ts';

const MAGIC = [0x4c, 0x53] as const;
const SEQ_OFFSET = 2;
const SETTINGS_OFFSET = 6;
const ADMIN_OFFSET = 7;
const FIELD_DIGITS = 10;
const FIELD_BYTES = 1 + FIELD_DIGITS;
const CAPACITY_OFFSET = ADMIN_OFFSET + FIELD_BYTES;
const FLAGS_OFFSET = CAPACITY_OFFSET + 1;
const FIRST_SLOT_OFFSET = FLAGS_OFFSET + 1;
const CHECKSUM_BYTES = 4;
const NEVER_WRITTEN = 0xff;
const HANDING_BITS = 0b11;
const HANDINGS: readonly Learned[] = ['none', 'left', 'right'];
const AUTO_LOCK_FROM_BIT = 2;
const RESERVED_SETTINGS_BITS = 0b1100_0000;
const USERS_DISABLED_BIT = 1;
const CRC_POLYNOMIAL = 0xedb88320;
const CRC_INITIAL = 0xffffffff;

/** What a boot must load from the two banks: the store, or why none. */
export type MemoryReading = { kind: 'store'; store: StoreView; seq: number; bank: number } | { kind: 'blank' } | { kind: 'untrusted' };

/** One bank's length for a model of `capacity` code slots. */
export function bankLength(capacity: number): number {
  return FIRST_SLOT_OFFSET + capacity * FIELD_BYTES + CHECKSUM_BYTES;
}

/** CRC-32 computed bit by bit (no table: nothing shared with the firmware's). */
function checksum(bytes: Uint8Array, length: number): number {
  let crc = CRC_INITIAL;
  for (let i = 0; i < length; i++) {
    crc ^= bytes[i];
    for (let bit = 0; bit < 8; bit++) crc = crc & 1 ? (crc >>> 1) ^ CRC_POLYNOMIAL : crc >>> 1;
  }
  return (crc ^ CRC_INITIAL) >>> 0;
}

function u32(bytes: Uint8Array, at: number): number {
  return ((bytes[at] << 24) | (bytes[at + 1] << 16) | (bytes[at + 2] << 8) | bytes[at + 3]) >>> 0;
}

/** A code field's digits, or null when its length or a digit is out of range. */
function field(bytes: Uint8Array, at: number): string | null {
  const length = bytes[at];
  if (length > FIELD_DIGITS) return null;
  let digits = '';
  for (let i = 1; i <= length; i++) {
    if (bytes[at + i] > 9) return null;
    digits += String(bytes[at + i]);
  }
  return digits;
}

/** One bank's store and sequence number, or null when it does not check. */
function readBank(bank: Uint8Array, capacity: number): { store: StoreView; seq: number } | null {
  const length = bankLength(capacity);
  if (bank[0] !== MAGIC[0] || bank[1] !== MAGIC[1] || bank[CAPACITY_OFFSET] !== capacity) return null;
  if (u32(bank, length - CHECKSUM_BYTES) !== checksum(bank, length - CHECKSUM_BYTES)) return null;
  const settings = bank[SETTINGS_OFFSET];
  const handed = HANDINGS[settings & HANDING_BITS];
  const adminCode = field(bank, ADMIN_OFFSET);
  if (handed === undefined || (settings & RESERVED_SETTINGS_BITS) !== 0 || adminCode === null) return null;
  const codes: string[] = [];
  for (let slot = 0; slot < capacity; slot++) {
    const code = field(bank, FIRST_SLOT_OFFSET + slot * FIELD_BYTES);
    if (code === null) return null;
    codes.push(code);
  }
  const flags = bank[FLAGS_OFFSET];
  const store: StoreView = {
    trusted: true,
    adminCode,
    codes,
    handed,
    usersDisabled: (flags & USERS_DISABLED_BIT) !== 0,
    oneTimeSlot: (flags >> 1) - 1,
    autoLock: settings >> AUTO_LOCK_FROM_BIT,
  };
  return { store, seq: u32(bank, SEQ_OFFSET) };
}

/** The store a boot must load from `memory` (both banks, bank 0 first): the good bank with the
 * highest sequence number, bank 0 on a tie. */
export function readMemory(memory: Uint8Array, capacity: number): MemoryReading {
  const length = bankLength(capacity);
  let best: MemoryReading = { kind: 'untrusted' };
  let blank = true;
  for (let bank = 0; bank < 2; bank++) {
    const bytes = memory.subarray(bank * length, (bank + 1) * length);
    if (bytes.some((b) => b !== NEVER_WRITTEN)) blank = false;
    const read = readBank(bytes, capacity);
    if (read !== null && (best.kind !== 'store' || read.seq > best.seq)) best = { kind: 'store', store: read.store, seq: read.seq, bank };
  }
  if (best.kind === 'store') return best;
  return blank ? { kind: 'blank' } : best;
}
