// Whether what a snapshot holds is a lock the model it names could be in — past its shape and
// sizes (snapshot-check.ts). The code store, in the firmware's RAM and in each EEPROM bank that
// checks, is held to the model's own rules (firmware/store-rules.ts, the rules a scenario's
// `given:` and a twin's options are held to: codes of its length, unique, an admin code of its
// length, flags only where a menu sets them); a store that cannot be trusted holds nothing, as the
// firmware empties it (persistence.ts loadStore, seed S5). The firmware's mode is one of the
// modes of the model's own programming and handing (a 913's Mastercode steps are no Powerbolt's),
// SecureScreen digits only on a model that has the screen (product-facts M5, M7), the exterior
// alert only where it sounds (M5, M6), a status blink at the model's own period, a motion
// started by no slot past the model's (seed S4: 30 on a SmartCode), every deadline no
// further off than the model's own times set it (snapshot-timeouts.ts), a key settling with
// the deadline its edge set (snapshot-debounce.ts), every other key read as its contact reaches the
// firmware (snapshot-keys.ts), Program taken as held as its key is read (snapshot-program-held.ts),
// a code entry no longer than the model keeps in its mode (snapshot-entry.ts) and held with its timeout as the firmware keeps them
// (snapshot-entry-timeout.ts), a keypad lockout that follows from the wrong codes kept
// (snapshot-lockout.ts) with no code entry under way while it runs (snapshot-lockout-entry.ts),
// SecureScreen digits only in normal operation with switch 4 on, no more than the model shows
// (snapshot-screen.ts), the motor running exactly while the firmware keeps a run, door handing's
// in its own mode, phases and directions (snapshot-motion.ts), the store in RAM the one the
// EEPROM holds unless a write of it is pending or under way (snapshot-store-agrees.ts), the bank
// it last wrote, the write under way and its trust in the store as the banks have them
// (snapshot-store-banks.ts), a factory reset under way with its write and erase, and an erase
// due only then (snapshot-reset-erase.ts), the wait before door handing kept by its deadline and
// the deadline by the wait (snapshot-handing-wait.ts),
// a lock without power holding its RAM as power-down leaves it (snapshot-off.ts). A store the
// firmware could never have written, restored, would run on as no lock of that model does: "a
// lock its firmware could never have reached is not simulated" (README, Scenarios).

import { fromHex } from '../hardware/eeprom.ts';
import { storeProblems, type StoreProblem } from '../firmware/store-rules.ts';
import { autoLockChoiceOf, bankSize, decodeStore, type StoreImage } from '../firmware/store-codec.ts';
import { modesOf } from '../firmware/model-modes.ts';
import { hasSecureScreen } from '../firmware/secure-screen.ts';
import type { ModelProfile } from '../models/profile.ts';
import { codesBySlot } from './store-words.ts';
import { lockoutProblem } from './snapshot-lockout.ts';
import { lockoutEntryProblem } from './snapshot-lockout-entry.ts';
import { offProblem } from './snapshot-off.ts';
import { timeoutProblem } from './snapshot-timeouts.ts';
import { debounceProblem } from './snapshot-debounce.ts';
import { entryProblem } from './snapshot-entry.ts';
import { entryTimeoutProblem } from './snapshot-entry-timeout.ts';
import { keysProblem } from './snapshot-keys.ts';
import { programHeldProblem } from './snapshot-program-held.ts';
import { screenProblem } from './snapshot-screen.ts';
import { motionProblem } from './snapshot-motion.ts';
import { ramStore, storeAgreementProblem } from './snapshot-store-agrees.ts';
import { storeBanksProblem } from './snapshot-store-banks.ts';
import { resetEraseProblem } from './snapshot-reset-erase.ts';
import { handingWaitProblem } from './snapshot-handing-wait.ts';
import { storeOfImage, type StoreView, type TwinSnapshot } from './twin.ts';

/** One thing in a snapshot no lock of its model could hold: the field, and why. */
export interface FitProblem {
  field: string;
  message: string;
}

/** The field of a store (as the firmware's RAM names it) a store rule speaks of. */
const RAM_FIELD: Record<StoreProblem['field'], string> = {
  codes: 'codes',
  mastercode: 'adminCode',
  tag: 'adminCode',
  userCodes: 'usersDisabled',
  oneTimeCode: 'oneTimeSlot',
  autoLock: 'autoLock',
  autoLockDelay: 'autoLock',
};

const UNTRUSTED = 'in a store that cannot be trusted (storeOk false): the firmware holds such a store empty (persistence.ts loadStore, seed S5)';

/** Why a store (RAM or a bank's image) is none the model's firmware could have written, or null;
 * the field as the firmware's RAM names it (`codes[3]`, `adminCode`). */
function storeMisfit(p: ModelProfile, store: StoreView): FitProblem | null {
  if (!store.trusted) {
    // Loaded from no bank that checks, or not loaded at all (off): every slot empty.
    const held = store.codes.findIndex((c) => c !== '');
    if (held >= 0) return { field: `codes[${held}]`, message: `"${store.codes[held]}" ${UNTRUSTED}` };
    if (store.adminCode !== '') return { field: 'adminCode', message: `"${store.adminCode}" ${UNTRUSTED}` };
    return null;
  }
  const choices = p.menu?.autoLockDelay?.choicesMs.length ?? 0;
  const choice = autoLockChoiceOf(store.autoLock);
  if (choice >= Math.max(choices, 1)) return { field: 'autoLock', message: `auto-lock delay choice ${choice + 1}: a ${p.id} offers ${choices === 0 ? 'no choice of delay' : choices}` };
  const [problem] = storeProblems(p, {
    codes: codesBySlot(store),
    mastercode: store.adminCode === '' ? 'none' : store.adminCode,
    ...(store.usersDisabled ? { userCodes: 'disabled' as const } : {}),
    ...(store.oneTimeSlot >= 0 ? { oneTimeCode: store.oneTimeSlot + 1 } : {}),
    ...(store.autoLock !== 0 ? { autoLock: 'on' as const } : {}),
  });
  if (!problem) return null;
  const field = problem.field === 'codes' && problem.slot !== undefined ? `codes[${problem.slot - 1}]` : RAM_FIELD[problem.field];
  return { field, message: problem.message };
}

/** The image `bytes` hold where they check (magic, checksum), or null: torn, blank or scrambled. */
function imageOf(bytes: Uint8Array, capacity: number): StoreImage | null {
  return bytes.length === bankSize(capacity) ? decodeStore(bytes, capacity) : null;
}

/** The stores a snapshot holds that the firmware wrote: RAM, each EEPROM bank that checks, and the write in flight. */
function storeProblem(p: ModelProfile, snap: TwinSnapshot): FitProblem | null {
  const ram = storeMisfit(p, ramStore(snap.firmware));
  if (ram) return { field: `firmware.${ram.field}`, message: ram.message };
  const capacity = p.codes.capacity;
  const size = bankSize(capacity);
  const nvm = fromHex(snap.eeprom.bytes);
  for (let bank = 0; bank < 2; bank++) {
    const image = imageOf(nvm.subarray(bank * size, (bank + 1) * size), capacity);
    const misfit = image && storeMisfit(p, storeOfImage(image));
    if (misfit) return { field: 'eeprom.bytes', message: `the store in bank ${bank}, its ${misfit.field}: ${misfit.message}` };
  }
  const w = snap.eeprom.writing;
  const image = w && imageOf(fromHex(w.data), capacity);
  const misfit = image && storeMisfit(p, storeOfImage(image));
  if (misfit) return { field: 'eeprom.writing.data', message: `the store being written, its ${misfit.field}: ${misfit.message}` };
  // Each store fits the model: then RAM's is the EEPROM's, but while a write is pending; and the
  // bank RAM believes it last wrote, and the write under way, are the ones the firmware keeps.
  return storeAgreementProblem(p, snap) ?? storeBanksProblem(p, snap);
}

/** The first thing in `snap` no lock of model `p` could hold, or null. */
export function fitProblem(p: ModelProfile, snap: TwinSnapshot): FitProblem | null {
  const fw = snap.firmware;
  if (!modesOf(p).has(fw.mode)) return { field: 'firmware.mode', message: `"${fw.mode}": a ${p.id} has no such mode (its modes: ${[...modesOf(p)].join(', ')})` };
  if (fw.prompt !== undefined && !hasSecureScreen(p)) return { field: 'firmware.prompt', message: `a ${p.id} has no SecureScreen to show digits` };
  if (fw.tExterior !== undefined && p.exteriorLink.alertEveryMs === null) return { field: 'firmware.tExterior', message: `a ${p.id} sounds no alert while its exterior is unplugged` };
  const period = snap.indicators.statusPeriodMs;
  if (period !== 0 && period !== p.timing.statusBlinkPeriodMs) return { field: 'indicators.statusPeriodMs', message: `${period} ms: a ${p.id}'s status light blinks every ${p.timing.statusBlinkPeriodMs} ms` };
  // A code found in slot N starts its motion as N (firmware/entry.ts openWith); anything else as 0.
  if (fw.motorSlot > p.codes.capacity) return { field: 'firmware.motorSlot', message: `slot ${fw.motorSlot}: a ${p.id} has ${p.codes.capacity} code slots (0: a motion no code started)` };
  return timeoutProblem(p, snap) ?? debounceProblem(p, snap) ?? keysProblem(snap) ?? programHeldProblem(snap) ?? entryProblem(p, snap) ?? offProblem(p, snap) ?? lockoutProblem(p, snap) ?? lockoutEntryProblem(p, snap) ?? screenProblem(p, snap) ?? entryTimeoutProblem(p, snap) ?? motionProblem(p, snap) ?? handingWaitProblem(snap) ?? resetEraseProblem(snap) ?? storeProblem(p, snap);
}
