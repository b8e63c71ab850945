// "The reset didn't work, nothing happened", as `lockstep decode` reads it: what stops a factory
// reset on this model, from its own reset data (profile `reset`, `timing.resetHoldMs`) — the
// battery pack never taken out on a SmartCode, whose hold counts only from power-up (seed S8); the
// bolt not withdrawn on the Powerbolt 250 (product-facts M9: "Lock must be in a unlocked
// position"); the hold let go early (seed S9; early-release-reading.ts); the confirming press never made, the half-finished
// reset of seed S24 in the doctor's words (symptoms.ts), its cancel offered before the press that
// erases every code (reset-intent.ts) — each only where the model's gesture has
// it, cited from the model's own sources (own-cite.ts; the confirming press as the doctor cites
// it, confirm-press-cite.ts), and where to rehearse it (the terminal's practice-reset or the page's
// Assistant, as the caller says). The
// weak pack (seed S10) is the signal table's low battery, which the same words rank (decode.ts).
// Fresh batteries come first — but not to an owner who says new ones just went in
// (signal-context.ts): they are told to check the new pack is seated, as the other battery advice
// is then (fresh-pack-advice.ts).

import type { ModelProfile } from '../models/profile.ts';
import type { Observation } from './signal-text.ts';
import { resetGestureKey } from '../models/reset-button.ts';
import { keyWords } from './key-words.ts';
import { sourceCite } from './procedure-kit.ts';
import { joinCites } from './cites.ts';
import { ownCite } from './own-cite.ts';
import { halfFinishedReset } from './symptoms.ts';
import { adviceFor } from './advice.ts';
import { cancelResetCite } from './reset-intent.ts';
import { RESEAT_STEP, freshPackSaid } from './fresh-pack-advice.ts';
import { boltOutResetWords } from './bolt-out-reset-words.ts';
import { holdTheWholeTime } from './early-release-reading.ts';

/** The SmartCode reset: pack out, Program held while it goes back in. */
const POWER_UP_HOLD_SOURCE = 'seed S8';
/** A weak pack fails the reset part-way. */
const WEAK_PACK_SOURCE = 'seed S10';
/** The battery step before the reset is tried again: fresh batteries, or — new ones just fitted — the reseat. */
const FRESH_FIRST = 'Fit fresh batteries first';
const RESEAT_FIRST = `${RESEAT_STEP[0].toUpperCase()}${RESEAT_STEP.slice(1)}`;

export type ResetFailureId = 'pack-not-cycled' | 'bolt-not-retracted' | 'released-early' | 'confirm-press-missing';

export interface ResetFailureCause {
  id: ResetFailureId;
  says: string;
  cite: string;
}

export interface ResetFailureReading {
  label: string;
  looksLike: string;
  meaning: string;
  /** What stops the reset on this model, in the order to check them. */
  causes: ResetFailureCause[];
  todo: string;
}

/** What stops a reset on model p, or null when no failed reset was said; `rehearse` says where
 * to rehearse it on this model (decode-reading.ts's Pointers). */
export function readResetFailure(p: ModelProfile, obs: Observation, rehearse: (p: ModelProfile) => string): ResetFailureReading | null {
  if (!obs.symptoms.includes('reset-failed')) return null;
  const button = keyWords(p)(resetGestureKey(p));
  const holdCite = sourceCite(p, 'timing.resetHoldMs');
  const causes: ResetFailureCause[] = [];
  const add = (id: ResetFailureId, says: string, cite: string) => causes.push({ id, says, cite: ownCite(p, cite) });
  if (p.reset.gesture === 'power-up-program-hold') {
    add('pack-not-cycled', `The battery pack never came out: the ${p.name} counts the reset hold only from power-up. Take the pack out, press and hold ${button}, and slide the pack back in while holding — a hold begun with the pack in does nothing.`, joinCites(POWER_UP_HOLD_SOURCE, holdCite));
  }
  if (p.reset.requiresBoltRetracted) {
    add('bolt-not-retracted', boltOutResetWords(p), sourceCite(p, 'reset.requiresBoltRetracted'));
  }
  causes.push({ id: 'released-early', ...holdTheWholeTime(p) });
  if (p.reset.confirmPress) {
    const half = halfFinishedReset(p);
    // The cancel offered first, cited as the doctor's cancel is — the half-finished reset's own
    // sources among them (reset-intent.ts cancelResetCite).
    add('confirm-press-missing', `${half.says} ${adviceFor(p, 'resetArmedReminder').todo}`, cancelResetCite(p));
  }
  return {
    label: 'factory reset did not take',
    looksLike: `what stops a reset on the ${p.name}`,
    meaning: `The ${p.name}'s reset registers only when each step is done as it wants; check these, in this order`,
    causes,
    todo: `${freshPackSaid(obs) ? RESEAT_FIRST : FRESH_FIRST} (a weak pack fails it part-way, ${WEAK_PACK_SOURCE}), then rehearse it ${rehearse(p)}.`,
  };
}
