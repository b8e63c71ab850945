// What a half-finished reset (seed S24: armed by the full hold, never confirmed) calls for, by
// what its owner says of it: nothing is erased until the confirming press (product-facts K1
// step 3, and each model's own source for that press), so unless the owner meant to erase the
// lock the reset is cancelled — the pack out and back in without touching Program, which keeps
// the codes (product-facts S11) — and only an owner who meant it gets the press that erases
// every code (S6). Not answered is taken as not meant: the cancel erases nothing. An owner who
// meant it gets the press before batteries nobody has checked: fresh ones take the pack out,
// which would cancel the reset they meant; a pack too weak to erase says so at the press (S10).

import type { ModelProfile } from '../models/profile.ts';
import type { DoctorProcedureId } from './procedure-kit.ts';
import type { Answers } from './symptoms.ts';
import { joinCites } from './cites.ts';
import { halfFinishedCite } from './confirm-press-cite.ts';

/** No source says that a pack cycle cancels an armed reset: the twin does so, as an assumption. */
const CANCEL_ASSUMED = 'the pack cycle cancelling it: assumed';
/** The codes kept while the pack is out ("you can replace the batteries without reprogramming it"). */
const PACK_OUT_KEEPS_CODES = 'product-facts S11';

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

/** What the cancel rests on, on model p: the half-finished reset and its confirming press (the
 * model's own source for it), the codes kept while the pack is out, and the assumption. */
export function cancelResetCite(p: ModelProfile): string {
  return joinCites(halfFinishedCite(p), PACK_OUT_KEEPS_CODES, CANCEL_ASSUMED);
}
