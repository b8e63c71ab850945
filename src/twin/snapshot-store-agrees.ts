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

/** The image the EEPROM holds for RAM to match, and where it is; null when there is none to compare. */
function heldImage(p: ModelProfile, snap: TwinSnapshot): { image: StoreImage; where: string } | null {
  const fw = snap.firmware;
  const capacity = p.codes.capacity;
  if (fw.writeBank >= 0 && fw.writeBank < STORE_BANKS) {
    const w = snap.eeprom.writing;
    const image = w && decodeStore(fromHex(w.data), capacity);
    return image ? { image, where: `the store being written to bank ${fw.writeBank} (eeprom.writing)` } : null;
  }
  if (fw.storeBank < 0) return null;
  const size = bankSize(capacity);
  const image = decodeStore(fromHex(snap.eeprom.bytes).subarray(fw.storeBank * size, (fw.storeBank + 1) * size), capacity);
  return image ? { image, where: `the store in bank ${fw.storeBank} (firmware.storeBank)` } : null;
}

/** Why the RAM store of `snap` is not the one its EEPROM holds with no write pending, or null. */
export function storeAgreementProblem(p: ModelProfile, snap: TwinSnapshot): FitProblem | null {
  const fw = snap.firmware;
  if (fw.mode === 'off' || !fw.storeOk || fw.writeDirty) return null;
  const held = heldImage(p, snap);
  if (!held) return null;
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
