// Whether a snapshot's store bookkeeping — which EEPROM bank the firmware's RAM believes it last
// wrote (firmware.storeBank), the write it has under way (firmware.writeBank, eeprom.writing),
// whether it trusts its store (firmware.storeOk) — is one the firmware reaches with the two banks
// its EEPROM holds (seed S5: a store the firmware cannot trust is never honoured; the two-bank
// store keeps the previous image whole through a cut mid-write, store-codec.ts).
// What the firmware reaches (firmware/persistence.ts):
// - a boot loads the newest bank that checks and sets storeBank to it and storeSeq to its
//   sequence number (loadStore); with none that checks, storeBank is -1: the store is trusted and
//   a write of the defaults pending (factory-fresh) or not trusted at all (storeOk false), and it
//   stays so until a factory reset writes one (code-store.ts refuses every change to it).
// - each write goes to the bank other than storeBank (bank 0 with none) and carries storeSeq + 1;
//   as it lands, that bank becomes storeBank and the counter follows (flush, writeDone). So the
//   bank not last written holds an older image than the counter's, or none that checks (torn,
//   erased, never written, or written from a weak pack) — never one as new.
// - after a factory reset the bank not last written is erased (writeBank 2 or 3), and only then.
// - the EEPROM's write in flight is the firmware's: it starts as writeBank is set, at that bank,
//   a bank long, and ends as writeBank is cleared (io.ts nvmWrite, twin.ts eepromWriteDone).
// Tampered with, these send the next write over the newest image — a cut mid-write would then
// leave only an older store, and a boot load it (S5) — or leave RAM holding a store other than
// the one a boot would load, or a lock refusing every code with a good store in its EEPROM.

import { fromHex } from '../hardware/eeprom.ts';
import { bankSize, decodeStore, type StoreImage } from '../firmware/store-codec.ts';
import type { ModelProfile } from '../models/profile.ts';
import type { FitProblem } from './snapshot-fit.ts';
import type { TwinSnapshot } from './twin.ts';

/** The banks a store is written to; a firmware.writeBank from here up erases bank writeBank - 2 (persistence.ts flush). */
const STORE_BANKS = 2;
/** The bank a store is first written to when no bank holds one (persistence.ts flush). */
const FIRST_BANK = 0;
/** The sequence number's range as a bank holds it (store-codec.ts: 4 bytes, written >>> 0). */
const SEQ_RANGE = 2 ** 32;

const SEE_S5 = 'seed S5, persistence.ts';

/** The image each bank holds where it checks, else null (torn, erased, blank, scrambled). */
function bankImages(p: ModelProfile, snap: TwinSnapshot): (StoreImage | null)[] {
  const size = bankSize(p.codes.capacity);
  const nvm = fromHex(snap.eeprom.bytes);
  return Array.from({ length: STORE_BANKS }, (_, bank) => decodeStore(nvm.subarray(bank * size, (bank + 1) * size), p.codes.capacity));
}

/** Why the EEPROM's write in flight is not the one firmware.writeBank says, or the bank written
 * or erased is not the one the firmware picks, or null. */
function writeProblem(p: ModelProfile, snap: TwinSnapshot): FitProblem | null {
  const fw = snap.firmware;
  const w = snap.eeprom.writing;
  const size = bankSize(p.codes.capacity);
  if (fw.writeBank < 0) {
    return w ? { field: 'eeprom.writing', message: `a write in flight, but the firmware has none under way (firmware.writeBank -1): only the firmware writes its EEPROM, and it keeps writeBank set until the write ends (${SEE_S5} flush, writeDone)` } : null;
  }
  const erasing = fw.writeBank >= STORE_BANKS;
  const bank = erasing ? fw.writeBank - STORE_BANKS : fw.writeBank;
  const doing = erasing ? `erasing bank ${bank}` : `writing bank ${bank}`;
  if (!w) return { field: 'firmware.writeBank', message: `${fw.writeBank} (${doing}), but no write is in flight (eeprom.writing null): the firmware clears writeBank as its write ends (persistence.ts writeDone)` };
  if (w.offset !== bank * size) return { field: 'eeprom.writing.offset', message: `${w.offset}, but the firmware is ${doing} (firmware.writeBank ${fw.writeBank}), which starts at byte ${bank * size}: the write in flight is the firmware's own (persistence.ts flush)` };
  if (w.data.length / 2 !== size) return { field: 'eeprom.writing.data', message: `${w.data.length / 2} bytes, but the firmware writes or erases a whole bank, ${size} bytes on a ${p.id} (persistence.ts flush)` };
  if (erasing) {
    const why = `the firmware erases only the bank it did not last write, after a factory reset has written the other (firmware.eraseOtherBank, ${SEE_S5} flush)`;
    if (!fw.eraseOtherBank) return { field: 'firmware.writeBank', message: `${fw.writeBank} (${doing}), but no erase is due (firmware.eraseOtherBank false): ${why}` };
    if (fw.storeBank !== 1 - bank) return { field: 'firmware.writeBank', message: `${fw.writeBank} (${doing}), but the bank last written is ${fw.storeBank} (firmware.storeBank): ${why}; erasing the bank last written would leave no store but an older one, or none, for a boot to load` };
    return null;
  }
  const target = fw.storeBank < 0 ? FIRST_BANK : 1 - fw.storeBank;
  if (bank === target) return null;
  return {
    field: 'firmware.writeBank',
    message: `${fw.writeBank} (${doing}), but the bank last written is ${fw.storeBank} (firmware.storeBank): the firmware writes ${fw.storeBank < 0 ? `bank ${FIRST_BANK} when no bank holds its store` : 'to the other bank'} (${SEE_S5} flush), so that a cut mid-write leaves the last image whole; writing over it, a cut would leave only an older store for a boot to load`,
  };
}

/** Why a store the firmware does not trust is held beside a bank a boot would load, or with
 * bookkeeping only a trusted store has, or null. */
function untrustedProblem(snap: TwinSnapshot, images: readonly (StoreImage | null)[]): FitProblem | null {
  const fw = snap.firmware;
  const good = images.findIndex((img) => img !== null);
  if (good >= 0) {
    return {
      field: 'firmware.storeOk',
      message: `false (a store that cannot be trusted), but bank ${good} of the EEPROM (eeprom.bytes) holds a store that checks, sequence number ${images[good]!.seq}: the firmware distrusts its store only when no bank checks (persistence.ts loadStore, seed S5), and a boot would load it; restored, the lock would refuse every code its EEPROM holds`,
    };
  }
  const untrusted = 'in a store that cannot be trusted (firmware.storeOk false): the firmware reads no bank for it (persistence.ts loadStore) and writes nothing to it until a factory reset makes a store it trusts (seed S5, code-store.ts)';
  if (fw.storeBank !== -1) return { field: 'firmware.storeBank', message: `${fw.storeBank} ${untrusted}` };
  if (fw.writeBank >= 0) return { field: 'firmware.writeBank', message: `${fw.writeBank} (a write under way) ${untrusted}` };
  if (fw.writeDirty) return { field: 'firmware.writeDirty', message: `true ${untrusted}` };
  if (fw.eraseOtherBank) return { field: 'firmware.eraseOtherBank', message: `true ${untrusted}` };
  return null;
}

/** Why firmware.storeBank is not the bank the firmware last wrote, given what the banks hold, or null. */
function storeBankProblem(snap: TwinSnapshot, images: readonly (StoreImage | null)[]): FitProblem | null {
  const fw = snap.firmware;
  if (fw.storeBank < 0) {
    const good = images.findIndex((img) => img !== null);
    if (good >= 0) {
      return {
        field: 'firmware.storeBank',
        message: `-1 (no bank written), but bank ${good} of the EEPROM (eeprom.bytes) holds a store that checks, sequence number ${images[good]!.seq}: a boot loads the newest such bank and sets storeBank to it (persistence.ts loadStore), and a write then goes to the other one; restored, the next write would go to bank ${FIRST_BANK} whatever it holds (seed S5)`,
      };
    }
    if (!fw.writeDirty && fw.writeBank < 0) {
      return {
        field: 'firmware.storeBank',
        message: `-1 (no bank written), with no write of the store pending or in flight (firmware.writeDirty false, firmware.writeBank -1): a store the firmware starts afresh, factory-fresh or after a factory reset, it writes at once (persistence.ts loadStore, persist); restored, RAM would hold a store no bank does, gone at the next pack change`,
      };
    }
    return null;
  }
  const counter = fw.storeSeq % SEQ_RANGE;
  const last = images[fw.storeBank];
  // With no write in flight, snapshot-store-agrees.ts has held the counter to this bank already.
  if (last && last.seq !== counter) {
    return {
      field: 'firmware.storeSeq',
      message: `save counter ${fw.storeSeq} in RAM, but the store in bank ${fw.storeBank} (firmware.storeBank) holds sequence number ${last.seq}: RAM keeps the sequence number of the image in the bank it last wrote, a write in flight or not (persistence.ts writeDone); otherwise the two banks' numbers no longer say which is newer, and a boot may load the older (seed S5, store-codec.ts newestStore)`,
    };
  }
  const other = 1 - fw.storeBank;
  const older = images[other];
  if (!older || older.seq < counter) return null;
  return {
    field: 'firmware.storeBank',
    message: `${fw.storeBank}, but bank ${other} (eeprom.bytes) holds a store with sequence number ${older.seq}, ${older.seq === counter ? 'as new as' : 'newer than'} the save counter's ${fw.storeSeq} (firmware.storeSeq): the bank last written holds the newest image (${SEE_S5} loadStore, writeDone); restored, the next write would go over bank ${other}'s newer image, and a boot would load it, not the store RAM holds (seed S5, store-codec.ts newestStore)`,
  };
}

/** Why the store bookkeeping of `snap` is none the firmware reaches with the banks its EEPROM holds, or null. */
export function storeBanksProblem(p: ModelProfile, snap: TwinSnapshot): FitProblem | null {
  const fw = snap.firmware;
  if (fw.mode === 'off') return null; // power-down clears it all: snapshot-off.ts
  const write = writeProblem(p, snap);
  if (write) return write;
  const images = bankImages(p, snap);
  return fw.storeOk ? storeBankProblem(snap, images) : untrustedProblem(snap, images);
}
