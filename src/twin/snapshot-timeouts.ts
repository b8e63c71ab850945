// Whether a snapshot's firmware deadlines lie no further off than the model's own times allow —
// past their order with the clock and the firmware's alarm (snapshot-clock.ts). The firmware arms
// each one a time of the model's from the clock (firmware/state.ts, set where each is named):
// - tProg, the programming timeout: the clock plus programmingTimeoutMs at each step
//   (programming-mastercode.ts, programming-menu.ts, programming-positional.ts);
// - tEntry, the code entry's: the clock plus entryTimeoutMs at each key (entry.ts entryDigit,
//   secure-screen.ts);
// - tHold, a button's hold: the clock plus resetHoldMs at power-up with Program held (reset.ts
//   beginResetHold), or the moment a contact settled plus the Mastercode or reset hold (firmware.ts
//   programEdge, resetButtonEdge) — a contact settles at most the bounce window after the clock
//   (hardware/buttons.ts bounceEnd, settled at once by another key's edge);
// - tReminder, the half-finished reset's red blink: the clock plus resetArmedReminderMs (reset.ts);
// - tExterior, the unplugged exterior's alert: the clock plus alertEveryMs (exterior-link.ts);
// - tAutoLock: the clock plus the auto-lock delay (bolt-control.ts armAutoLock) — switch 2's, or
//   the one chosen in the menu (Powerbolt 250, M9), which a later choice leaves counting;
// - tHanding, the wait before door handing: the clock plus handingStartDelayMs (handing.ts).
// The clock only moves on, so none is ever further off than that; one that is, restored, would
// keep a programming step, a hold or an auto-lock waiting longer than any lock of the model does.
// (tLockoutEnd follows from the wrong codes, snapshot-lockout.ts; tDebounce from the key settling.)

import { BOUNCE_WINDOW_MS } from '../hardware/buttons.ts';
import type { ModelProfile } from '../models/profile.ts';
import type { FitProblem } from './snapshot-fit.ts';
import type { TwinSnapshot } from './twin.ts';

/** A deadline no further off than `timeoutMs` from the clock: the firmware sets it so from then. */
function beyond(at: number, now: number, timeoutMs: number): boolean {
  return at > now + timeoutMs;
}

/** The longest delay auto-lock counts on model `p`: switch 2's, or the longest menu choice. */
function longestAutoLockMs(p: ModelProfile): number {
  return Math.max(p.timing.autoLockDelayMs, ...(p.menu?.autoLockDelay?.choicesMs ?? []));
}

/** The first firmware deadline in `snap` further off than model `p` ever sets it, or null. */
export function timeoutProblem(p: ModelProfile, snap: TwinSnapshot): FitProblem | null {
  const fw = snap.firmware;
  const now = snap.sim.now;
  const t = p.timing;
  const clock = `and the clock is at ${now} ms`;
  if (beyond(fw.tProg, now, t.programmingTimeoutMs)) return { field: 'firmware.tProg', message: `${fw.tProg} ms: a ${p.id}'s programming times out ${t.programmingTimeoutMs} ms after a step, ${clock}` };
  if (beyond(fw.tEntry, now, t.entryTimeoutMs)) return { field: 'firmware.tEntry', message: `${fw.tEntry} ms: a ${p.id}'s code entry times out ${t.entryTimeoutMs} ms after a key, ${clock}` };
  const holdMs = Math.max(t.resetHoldMs, t.mastercodeHoldMs);
  if (beyond(fw.tHold, now, holdMs + BOUNCE_WINDOW_MS)) {
    return { field: 'firmware.tHold', message: `${fw.tHold} ms: a ${p.id}'s longest hold is ${holdMs} ms from a press settled at most ${BOUNCE_WINDOW_MS} ms after the clock, ${clock}` };
  }
  if (beyond(fw.tReminder, now, t.resetArmedReminderMs)) {
    return { field: 'firmware.tReminder', message: `${fw.tReminder} ms: a ${p.id}'s half-finished reset reminds every ${t.resetArmedReminderMs} ms, ${clock}` };
  }
  const alertMs = p.exteriorLink.alertEveryMs;
  if (fw.tExterior !== undefined && alertMs !== null && beyond(fw.tExterior, now, alertMs)) {
    return { field: 'firmware.tExterior', message: `${fw.tExterior} ms: a ${p.id}'s unplugged-exterior alert sounds every ${alertMs} ms, ${clock}` };
  }
  const autoLockMs = longestAutoLockMs(p);
  if (beyond(fw.tAutoLock, now, autoLockMs)) return { field: 'firmware.tAutoLock', message: `${fw.tAutoLock} ms: a ${p.id} locks itself at most ${autoLockMs} ms after unlocking, ${clock}` };
  if (beyond(fw.tHanding, now, t.handingStartDelayMs)) {
    return { field: 'firmware.tHanding', message: `${fw.tHanding} ms: a ${p.id} starts door handing ${t.handingStartDelayMs} ms after it is scheduled, ${clock}` };
  }
  return null;
}
