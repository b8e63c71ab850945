// A reset gesture let go before its hold time does not register (seed S9: "Releasing Program
// early, even for half a second, means the reset does not register"), and on every model the
// firmware reports it as `reset-not-registered`, why `released-early`: the power-up hold of
// Program (the SmartCode line, S8, product-facts K1; reset.ts resetHoldReleased), Program held
// while powered (Powerbolt 250 [M9], 955 [K4]) and the Reset button (264, Powerbolt 2 [M11]).
// The event is the twin's report, not a signal: the lock itself shows nothing (S9 "nothing
// happens"); what the 250, 955, 620 and the Reset-button models do when let go early no source
// gives — assumed to be the same nothing as S9's SmartCode. Where the button let go sooner is
// another gesture — a press of Program opens the 250's and 955's menu (M9, K5), the 620's power-up
// hold released "shortly after" the pack goes in is door handing (M8) — only a hold of
// RESET_ATTEMPT_MIN_MS or more is taken for a reset attempt; the Reset button does nothing else,
// so any counted hold of it is one.

import type { Fw } from './context.ts';

/** A hold at least this long, let go before the reset hold time, is a reset attempt where the same
 * button let go sooner means something else (the 250's menu, the 620's door handing). Our choice
 * (assumed): no source gives it; it is longer than any press meant as a press and shorter than
 * every reset hold of a button that has another use (15 s on the 250, 30 s on the 955 and 620). */
export const RESET_ATTEMPT_MIN_MS = 5_000;

/** The button whose hold is let go: Program, or the Reset button (264, Powerbolt 2). */
export type ResetHoldButton = 'Program' | 'Reset';

/** Whether a hold of `heldMs`, of a button that has another use, was a reset attempt. */
export function heldForAReset(heldMs: number): boolean {
  return heldMs >= RESET_ATTEMPT_MIN_MS;
}

/** Report the reset hold of `button` let go early: it did not register (S9). */
export function tellReleasedEarly(fw: Fw, button: ResetHoldButton): void {
  fw.io.emit({ type: 'reset-not-registered', reason: `${button} released early`, why: 'released-early' });
}
