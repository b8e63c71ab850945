// What a half-finished reset (seed S24: armed by the full hold, never confirmed) calls for, by
// what its owner says of it: nothing is erased until the confirming press (product-facts K1
// step 3, and each model's own source for that press), so unless the owner meant to erase the
// lock the reset is cancelled — the pack out and back in without touching Program, which keeps
// the codes (product-facts S11) — and only an owner who meant it gets the press that erases
// every code (S6). Not answered is taken as not meant: the cancel erases nothing. An owner who
// meant it gets the press before batteries nobody has checked: fresh ones take the pack out,
// which would cancel the reset they meant; a pack too weak to erase says so at the press (S10).
// Where fresh batteries still come first (a dark keypad, S25), their pack change has ended any
// reset left waiting: for the owner who meant it the battery step says so, and the erase is the
// whole reset again; for one who did not, that step was the cancel, and nothing is left to do.
// Where nothing else puts the batteries first — the lone red blink seen, the batteries old or of
// unknown age — an owner who did not mean the reset is told the cancel first, and the battery
// question folds into it: the cancel takes the pack out anyway, so fresh batteries go in then
// (seed S25), one act and no battery step of its own.
// The words for it live here, one source for every telling: the doctor's cause (symptoms.ts) and
// decode's — the armed reset's advice (advice.ts), the red status blink (status-reading.ts), a
// reset that did not take (reset-failure-reading.ts) — where nobody has said what they meant, so
// the cancel comes first and the press is said to erase every code.

import type { ModelProfile } from '../models/profile.ts';
import type { DoctorProcedureId } from './procedure-kit.ts';
import type { Answers } from './symptoms.ts';
import { joinCites } from './cites.ts';
import { halfFinishedCite } from './confirm-press-cite.ts';
import { batteryAgeWords } from './rank-order-words.ts';
import { FRESH_PACK_VOLTS } from '../hardware/battery.ts';

/** No source says that a pack cycle cancels an armed reset: the twin does so, as an assumption. */
const CANCEL_ASSUMED = 'the pack cycle cancelling it: assumed';
/** The codes kept while the pack is out ("you can replace the batteries without reprogramming it"). */
const PACK_OUT_KEEPS_CODES = 'product-facts S11';

const MS_PER_S = 1000;
/** Nothing is erased before the confirming press (the model's own source for it). */
const NOTHING_ERASED_YET = 'Nothing is erased until that press';
/** The cancel in the owner's hands: the cancel-reset procedure's steps in one sentence. */
const CANCEL_HOW = 'take the battery pack out and slide it back in without touching Program — every code is kept';
/** What the pack change keeps, once it has ended a reset left waiting. */
const PACK_OUT_KEPT = 'every code is kept';

/** The fix for a half-finished reset, by the answer to "did you mean to erase the lock?" (the
 * doctor's `meantReset`): finished only when the owner meant it. */
export function armedResetFix(meant: Answers['meantReset']): Extract<DoctorProcedureId, 'finish-reset' | 'cancel-reset'> {
  return meant === 'yes' ? 'finish-reset' : 'cancel-reset';
}

/** Whether the half-finished reset ranks before a battery cause `battery` (its id): only for an
 * owner who meant it, and only before batteries merely unchecked (their age old or not known) —
 * a pack changed first would cancel the reset they meant, and the press costs nothing. */
export function finishBeforeBatteries(meant: Answers['meantReset'], battery: string | undefined): boolean {
  return armedResetFix(meant) === 'finish-reset' && battery === 'battery-unchecked';
}

/** Whether the battery cause `battery` (its id) folds into the cancel of a half-finished reset:
 * only for an owner who did not mean it (not sure, or not answered, as ever), and only for
 * batteries merely unchecked (old, or their age not known) — the pack comes out for the cancel
 * anyway, so fresh ones go in then. */
export function cancelTakesBatteries(meant: Answers['meantReset'], battery: string | undefined): boolean {
  return armedResetFix(meant) === 'cancel-reset' && battery === 'battery-unchecked';
}

/** The doctor's words for batteries folded into the cancel, said after the cancel's (armedResetNext). */
export function batteriesAtCancelSays(age: Answers['batteriesChanged']): string {
  return `${batteryAgeWords(age)}: fit fresh ones while the pack is out for the cancel — one act, and a weak pack masquerades as a failed lock (S25).`;
}

/** The cancel's own step for batteries folded into it, between the pack out and the pack back in. */
export function batteriesAtCancelStep(p: ModelProfile, age: Answers['batteriesChanged']): { says: string; cite: string } {
  return {
    says: `${batteryAgeWords(age)}: while the pack is out, fit fresh ones (a fresh pack reads about ${FRESH_PACK_VOLTS} V). A weak pack masquerades as a failed lock (S25), and fresh batteries end the waiting reset just the same: ${PACK_OUT_KEPT}.`,
    cite: joinCites('seed S25; product-facts G4', cancelResetCite(p)),
  };
}

/** What the cancel rests on, on model p: the half-finished reset and its confirming press (the
 * model's own source for it), the codes kept while the pack is out, and the assumption. */
export function cancelResetCite(p: ModelProfile): string {
  return joinCites(halfFinishedCite(p), PACK_OUT_KEEPS_CODES, CANCEL_ASSUMED);
}

/** The doctor's words after a half-finished reset, by what its owner meant (`meantReset`). */
export function armedResetNext(meant: Answers['meantReset']): string {
  return armedResetFix(meant) === 'cancel-reset'
    ? `${NOTHING_ERASED_YET}: unless you meant to erase the lock, cancel it rather than finish it.`
    : 'You meant to erase the lock: give it that press, and every code is erased.';
}

/** What to do about a half-finished reset, told to an owner nobody has asked what they meant
 * (decode, the page's reading of a lock): the cancel first, the press — which erases every code,
 * and which a pack taken out first makes impossible — only for one who meant it. Cited as the
 * cancel is (cancelResetCite). */
export function armedResetChoice(): string {
  return `Nothing is erased yet. Unless you meant to erase the lock, cancel it: ${CANCEL_HOW}. Only if you meant to erase it, press Program once more, before the pack comes out: that press erases every code.`;
}

/** The fix for a half-finished reset named after fresh batteries: their pack change has ended it
 * (as the cancel does, assumed), so an owner who meant it does the whole reset again, and for one
 * who did not the battery step itself was the cancel — no procedure beyond it. */
export function armedResetFixAfterPack(meant: Answers['meantReset']): Extract<DoctorProcedureId, 'factory-reset' | 'replace-batteries'> {
  return armedResetFix(meant) === 'finish-reset' ? 'factory-reset' : 'replace-batteries';
}

/** The doctor's words after a half-finished reset named after fresh batteries, by what its owner meant. */
export function armedResetNextAfterPack(meant: Answers['meantReset']): string {
  return armedResetFixAfterPack(meant) === 'factory-reset'
    ? 'You meant to erase the lock, but the battery step ends a reset left waiting: do the whole factory reset again.'
    : `If that was it, the battery step has already ended it: taking the pack out cancels a reset left waiting, and nothing is erased — ${PACK_OUT_KEPT}. There is nothing more to do for it.`;
}

/** The battery step's word to an owner who meant to erase the lock (`meantReset=yes`): taking the
 * pack out ends a reset left waiting, so the erase is the whole reset again, hold and press.
 * Cited as the cancel is: it is the cancel. */
export function packEndsMeantReset(p: ModelProfile): { says: string; cite: string } {
  const hold = p.timing.resetHoldMs / MS_PER_S;
  return {
    says: `You meant to erase the lock: if a reset was left waiting for its confirming press, taking the pack out ends it — nothing is erased, and a press of Program no longer finishes it. Once the lock is back on, do the whole factory reset again: the full ${hold} s hold, then the press.`,
    cite: cancelResetCite(p),
  };
}
