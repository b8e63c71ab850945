// The factory reset's red flash read while the hold that armed it is still going on. The lock
// shows it as the full hold is counted (seed S8; product-facts K1, M9, K4), with Program still
// down, and repeats it every 6 s until the confirming press (firmware/reset.ts armedReminder; the
// cadence assumed, from the status blink, K3) — also while Program stays down. The advice the
// signal carries for a real lock, where nobody knows who held Program or why (decode), is the
// half-finished reset's: cancel it unless you meant to erase the lock (seed S24, reset-intent.ts).
// On the page the hold is the owner's own, under way: "What just happened" told an owner
// practising the reset to cancel it at the very moment the hold counted. While the reset's button
// is held, the light says what happened — the hold counted, nothing is erased yet — and what
// comes next, as `lockstep practice-reset` does ("Held long enough: release, then press Program
// once more"). Let go with no press, the reset is half-finished, and the lights say so again.

import type { ModelProfile, SignalName } from '../../src/models/profile.ts';
import type { LockTraceEntry } from '../../src/twin/trace-entry.ts';
import { SIGNAL_LABELS } from '../../src/troubleshoot/advice.ts';
import type { NamedAdvice } from '../../src/troubleshoot/event-told-advice.ts';
import { sourceCite } from '../../src/troubleshoot/procedure-kit.ts';
import { joinCites } from '../../src/troubleshoot/cites.ts';
import { ownCite } from '../../src/troubleshoot/own-cite.ts';
import { keyWords } from '../../src/troubleshoot/key-words.ts';
import { resetGestureKey } from '../../src/models/reset-button.ts';

/** The armed reset's lights: its flash as the hold is counted, and its reminder. */
export const ARMED_SIGNALS: readonly SignalName[] = ['resetArmed', 'resetArmedReminder'];

/** The claim the hold-then-press gesture rests on. */
const RESET_GESTURE_SOURCE = 'seed S8';

/** Signal `name` (one of ARMED_SIGNALS) on `m`, read while the reset's button is still held. */
export function armedWhileHeld(m: ModelProfile, name: SignalName): NamedAdvice {
  const key = keyWords(m)(resetGestureKey(m));
  const reminder = name === 'resetArmedReminder';
  const meaning = reminder ? `the lock shows again that it waits for the confirming press of ${key}, which is still held` : m.signals.resetArmed.meaning;
  const keys = reminder ? ['signals.resetArmedReminder', 'reset.confirmPress'] : ['signals.resetArmed', 'reset.confirmPress'];
  return {
    label: SIGNAL_LABELS.resetArmed,
    meaning,
    says: 'The hold is counted; the reset waits for one more press.',
    todo: `Held long enough: let go of ${key}, then press it once more — that press erases every code. Nothing is erased until then.`,
    cite: ownCite(m, joinCites(RESET_GESTURE_SOURCE, sourceCite(m, ...keys))),
  };
}

/** Which keys are down as the page's log goes on: a hold until its release, a timed hold for its time. */
export class HeldKeys {
  private readonly until = new Map<string, number>();

  /** Take in the log's entry `e` (only a person's actions change what is held). */
  see(e: LockTraceEntry): void {
    if (e.ch !== 'input') return;
    const v = e.v as { do?: string; key?: string; ms?: number };
    if (v.key === undefined) return;
    if (v.do === 'hold') this.until.set(v.key, Infinity);
    else if (v.do === 'hold-for') this.until.set(v.key, e.t + Number(v.ms));
    else if (v.do === 'release') this.until.delete(v.key);
  }

  /** Whether model `m`'s reset button is down at virtual time `t`. */
  resetHeld(m: ModelProfile, t: number): boolean {
    return (this.until.get(resetGestureKey(m)) ?? -Infinity) > t;
  }
}
