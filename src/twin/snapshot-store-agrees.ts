// Whether a snapshot's store in the firmware's RAM is the one its EEPROM holds, as a lock's is
// unless a write is pending or under way: the firmware writes every change it makes to its store
// at once (firmware/persistence.ts persist: writeDirty, then a write to the other bank, writeBank,
// the image in flight in eeprom.writing; after a factory reset the old bank erased, writeBank 2
// or 3), and a battery change keeps the store (seed S11, the checker's battery-change property).
// So with nothing pending (writeDirty false), RAM holds the image being written while a write is
// in flight, and otherwise the image in the bank it last wrote (storeBank). A code in RAM the
// EEPROM does not hold would show in `state` and vanish at the next pack change, as no lock's
// does. Where that image does not check — torn, scrambled by a glitch, written with wrong bits
// from a weak pack — the firmware cannot know it yet, and there is nothing to compare; so too
// with the power off (RAM holds no store: snapshot-off.ts) or a store not trusted (held empty).
// The store's save counter (firmware.storeSeq) is held to the EEPROM's as well, pending write or
// not: RAM keeps the sequence number of the image in the bank it last wrote (persistence.ts
// loadStore, writeDone), and a write in flight carries the next one (flush: storeSeq + 1). A
// counter behind the EEPROM's would write the next change with a number no higher than the image
// it replaces, so a boot would load the older bank and the change would be lost (seed S5: the
// newest good image is the one loaded; store-codec.ts newestStore); one ahead of it is of no
// write the firmware made.

import { fromHex } from '../hardware/eeprom.ts';
import { bankSize, decodeStore, type StoreImage } from '../firmware/store-codec.ts';
import type { ModelProfile } from '../models/profile.ts';
import type { FitProblem } from './snapshot-fit.ts';
import { storeOfImage, type SnapshotFwState, type StoreView, type TwinSnapshot } from './twin.ts';

/** The banks a store is written to (firmware.writeBank 0, 1; 2 and 3 erase them). */
const STORE_BANKS = 2;

/** The fields of a store compared, each as the firmware's RAM names it. */
const FIELDS = ['adminCode', 'handed', 'usersDisabled', 'oneTimeSlot', 'autoLock'] as const satisfies readonly (keyof StoreView)[];

/** The store in the firmware's RAM, as the twin reads it (Twin.store). */
export function ramStore(fw: SnapshotFwState): StoreView {
  return { trusted: fw.storeOk, adminCode: fw.adminCode, codes: fw.codes, handed: fw.handed, usersDisabled: fw.usersDisabled, oneTimeSlot: fw.oneTimeSlot ?? -1, autoLock: fw.autoLock ?? 0 };
}

/** How far a write in flight's sequence number is ahead of RAM's counter (persistence.ts flush). */
const IN_FLIGHT_AHEAD = 1;
/** The sequence number's range as a bank holds it (store-codec.ts: 4 bytes, written >>> 0). */
const SEQ_RANGE = 2 ** 32;

/** The image the EEPROM holds for RAM to match, where it is, and how far its sequence number is
 * ahead of RAM's counter; null when there is none to compare. */
function heldImage(p: ModelProfile, snap: TwinSnapshot): { image: StoreImage; where: string; ahead: number } | null {
  const fw = snap.firmware;
  const capacity = p.codes.capacity;
  if (fw.writeBank >= 0 && fw.writeBank < STORE_BANKS) {
    const w = snap.eeprom.writing;
    const image = w && decodeStore(fromHex(w.data), capacity);
    return image ? { image, where: `the store being written to bank ${fw.writeBank} (eeprom.writing)`, ahead: IN_FLIGHT_AHEAD } : null;
  }
  if (fw.storeBank < 0) return null;
  const size = bankSize(capacity);
  const image = decodeStore(fromHex(snap.eeprom.bytes).subarray(fw.storeBank * size, (fw.storeBank + 1) * size), capacity);
  return image ? { image, where: `the store in bank ${fw.storeBank} (firmware.storeBank)`, ahead: 0 } : null;
}

/** Why RAM's save counter is not the one the EEPROM's image was written with, or null. */
function seqProblem(fw: SnapshotFwState, held: { image: StoreImage; where: string; ahead: number }): FitProblem | null {
  if (held.image.seq === (fw.storeSeq + held.ahead) % SEQ_RANGE) return null;
  const rule =
    held.ahead === 0
      ? 'RAM keeps the sequence number of the image in the bank it last wrote (persistence.ts loadStore, writeDone)'
      : `a write in flight carries RAM's counter + ${held.ahead} (persistence.ts flush)`;
  const behind = fw.storeSeq + held.ahead < held.image.seq;
  const harm = behind
    ? "behind it, the next write would be numbered no higher than the image it replaces, and a boot would load the older bank and lose the change (seed S5, store-codec.ts newestStore)"
    : 'no write the firmware makes leaves it ahead';
  return {
    field: 'firmware.storeSeq',
    message: `save counter ${fw.storeSeq} in RAM, but ${held.where} holds sequence number ${held.image.seq}: ${rule}; ${harm}`,
  };
}

/** Why the RAM store of `snap` is not the one its EEPROM holds — its save counter, or with no write
 * pending its contents — or null. */
export function storeAgreementProblem(p: ModelProfile, snap: TwinSnapshot): FitProblem | null {
  const fw = snap.firmware;
  if (fw.mode === 'off' || !fw.storeOk) return null;
  const held = heldImage(p, snap);
  if (!held) return null;
  const seq = seqProblem(fw, held);
  if (seq) return seq;
  if (fw.writeDirty) return null;
  const eeprom = storeOfImage(held.image);
  const why = `and no write of the store is pending or in flight (firmware.writeDirty false, firmware.writeBank ${fw.writeBank}): the firmware writes every change to its store at once (persistence.ts persist), so the two differ only while a write is pending or under way`;
  const slot = fw.codes.findIndex((code, i) => code !== eeprom.codes[i]);
  if (slot >= 0) {
    return { field: `firmware.codes[${slot}]`, message: `"${fw.codes[slot]}" in RAM, but ${held.where} holds "${eeprom.codes[slot]}" in slot ${slot + 1}, ${why}` };
  }
  const ram = ramStore(fw);
  for (const field of FIELDS) {
    if (ram[field] !== eeprom[field]) {
      return { field: `firmware.${field}`, message: `${JSON.stringify(ram[field])} in RAM, but ${held.where} holds ${JSON.stringify(eeprom[field])}, ${why}` };
    }
  }
  return null;
}
