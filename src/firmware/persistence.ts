// Loading and saving the code store through the two-bank format of store-codec.ts.
// One write at a time; changes made while a write is in flight are written after it.

import { bankSize, encodeStore, newestStore, oneTimeSlotOf, storeFlags, usersDisabledOf } from './store-codec.ts';
import type { Fw } from './context.ts';

const ERASED = 0xff;

function bankOffset(fw: Fw, bank: number): number {
  return bank * bankSize(fw.p.codes.capacity);
}

/** Read both banks and load the newest good image into RAM. */
export function loadStore(fw: Fw): void {
  const { s, io, p } = fw;
  const { image: best, bank: bestBank, blank } = newestStore(io.nvmRead(0, 2 * bankSize(p.codes.capacity)), p.codes.capacity);
  if (best) {
    s.storeOk = true;
    s.adminCode = best.adminCode;
    for (let i = 0; i < s.codes.length; i++) s.codes[i] = best.codes[i];
    s.handed = best.handed;
    s.usersDisabled = usersDisabledOf(best.flags);
    s.oneTimeSlot = oneTimeSlotOf(best.flags);
    s.autoLock = best.autoLock;
    s.storeSeq = best.seq;
    s.storeBank = bestBank;
  } else if (blank) {
    // Factory-fresh memory: start from the model's after-reset defaults.
    s.storeOk = true;
    s.adminCode = p.defaults.adminCodeAfterReset;
    s.codes.fill('');
    for (const [slot, code] of Object.entries(p.defaults.userCodesAfterReset)) s.codes[Number(slot) - 1] = code;
    s.handed = 'none';
    s.oneTimeSlot = -1;
    s.autoLock = 0;
    s.storeSeq = 0;
    s.storeBank = -1;
    s.writeDirty = true;
  } else {
    // Something is written but nothing checks: the store cannot be trusted (seed S5).
    s.storeOk = false;
    s.adminCode = '';
    s.codes.fill('');
    s.handed = 'none';
    s.oneTimeSlot = -1;
    s.autoLock = 0;
    s.storeBank = -1;
  }
}

/** Mark the RAM store changed and start writing it if the EEPROM is free. */
export function persist(fw: Fw): void {
  fw.s.writeDirty = true;
  flush(fw);
}

export function flush(fw: Fw): void {
  const { s, io } = fw;
  if (io.nvmBusy() || s.writeBank >= 0) return;
  if (s.writeDirty) {
    const target = s.storeBank < 0 ? 0 : 1 - s.storeBank;
    const flags = storeFlags(s.usersDisabled, s.oneTimeSlot);
    const image = encodeStore({ seq: s.storeSeq + 1, handed: s.handed, autoLock: s.autoLock, adminCode: s.adminCode, codes: s.codes, flags });
    s.writeDirty = false;
    s.writeBank = target;
    io.nvmWrite(bankOffset(fw, target), image);
  } else if (s.eraseOtherBank && s.storeBank >= 0) {
    const other = 1 - s.storeBank;
    s.writeBank = other + 2; // 2 or 3: erasing bank 0 or 1
    io.nvmWrite(bankOffset(fw, other), new Uint8Array(bankSize(fw.p.codes.capacity)).fill(ERASED));
  }
}

/** A write finished. Returns true when the store is fully settled (nothing left to write). */
export function writeDone(fw: Fw): boolean {
  const s = fw.s;
  if (s.writeBank >= 2) {
    s.eraseOtherBank = false;
  } else if (s.writeBank >= 0) {
    s.storeBank = s.writeBank;
    s.storeSeq += 1;
  }
  s.writeBank = -1;
  flush(fw);
  return s.writeBank < 0 && !s.writeDirty && !s.eraseOtherBank;
}
