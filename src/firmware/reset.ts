// The factory reset, exactly as seed S8/S9 and product-facts K1 describe it: power up with
// Program held, keep holding for the model's full hold time (30 s), the lock beeps and flashes
// red; one more press of Program confirms, the store is erased (the model's resetDone signal: green,
// two beeps by K1; a page on the 909 says a long beep after 15 s, product-facts conflict 1) and door
// handing follows. Releasing early — even for half a second — and nothing happens (S9); the
// firmware reports it, for every model's gesture, as reset-not-registered (early-release.ts). A weak
// pack fails the reset (S10). A hold never confirmed is the half-finished reset (S24), which
// keeps reminding with a red blink. The other gestures of the line — Program held while powered
// (Powerbolt 250 [M9], 955 [K4]) and the Reset button (264, Powerbolt 2 [M11]) — share the
// hold, arm, confirm and erase steps here. Every one needs the interior; no keypad sequence
// resets a lock (S1).

import type { ModelProfile } from '../models/profile.ts';
import type { FwState } from './state.ts';
import { persist } from './persistence.ts';
import { backToIdle, setMode, signal, type Fw } from './context.ts';
import { scheduleHanding } from './handing.ts';
import { tellReleasedEarly } from './early-release.ts';

/**
 * How much of the reset hold the lock has counted at `now`, in ms, or -1 when it is counting
 * none: the hold from power-up with Program down (mode reset-hold, K1), or a powered hold begun
 * in normal operation — Program on the Powerbolt 250 and 955, Reset on the 264 and Powerbolt 2.
 * A Program hold on the Mastercode family is a Mastercode hold (M1), not a reset: -1. What a
 * person is shown as "held" must be this count, not how long the button has been down — Program
 * pressed before the pack goes in counts from power-up (S8).
 */
/** Whether Program held in normal operation is the reset hold (Powerbolt 250 [M9], 955 [K4]); on
 * the Mastercode family it is the Mastercode hold (M1). The firmware arms its hold by this rule,
 * and resetHoldCountedMs reads the count by it. */
export function poweredProgramHoldResets(p: ModelProfile): boolean {
  return p.programming !== 'mastercode-program-button' && p.reset.gesture === 'program-hold-powered';
}

export function resetHoldCountedMs(s: Pick<FwState, 'mode' | 'tHold'>, p: ModelProfile, now: number): number {
  if (s.tHold < 0) return -1;
  const counting =
    s.mode === 'reset-hold' ||
    (s.mode === 'idle' && (p.reset.gesture === 'reset-button' || poweredProgramHoldResets(p)));
  return counting ? Math.max(0, p.timing.resetHoldMs - (s.tHold - now)) : -1;
}

export function beginResetHold(fw: Fw): void {
  setMode(fw, 'reset-hold');
  fw.s.tHold = fw.io.now() + fw.p.timing.resetHoldMs;
}

/** Program (or Reset) held the full time while powered. The 250 wants the bolt retracted. */
export function poweredHoldComplete(fw: Fw, continueBoot: () => void): void {
  const { s, io, p } = fw;
  s.tHold = -1;
  if (p.reset.requiresBoltRetracted && io.boltSensor() !== 'retracted') {
    signal(fw, 'programmingFailed');
    io.emit({ type: 'reset-failed', reason: 'bolt must be retracted', why: 'bolt-not-retracted' });
    continueBoot();
    return;
  }
  resetHoldComplete(fw);
}

/** Program let go before the hold time: the attempt does not register (S9). */
export function resetHoldReleased(fw: Fw, continueBoot: () => void): void {
  fw.s.tHold = -1;
  tellReleasedEarly(fw, 'Program');
  continueBoot();
}

export function resetHoldComplete(fw: Fw): void {
  const { s, io, p } = fw;
  s.tHold = -1;
  if (!p.reset.confirmPress) {
    eraseStore(fw, () => backToIdle(fw));
    return;
  }
  setMode(fw, 'reset-armed');
  signal(fw, 'resetArmed');
  io.emit({ type: 'reset-armed' });
  s.armedNeedsRelease = true;
  s.tReminder = io.now() + p.timing.resetArmedReminderMs;
}

export function armedReminder(fw: Fw): void {
  signal(fw, 'resetArmedReminder');
  fw.s.tReminder = fw.io.now() + fw.p.timing.resetArmedReminderMs;
}

/** Program released while armed: the first release ends the hold; the next press confirms. */
export function armedProgramReleased(fw: Fw, continueBoot: () => void): void {
  const { s } = fw;
  if (s.armedNeedsRelease) {
    s.armedNeedsRelease = false;
    return;
  }
  s.tReminder = -1;
  eraseStore(fw, continueBoot);
}

/** Erase the store to the model's after-reset defaults — unless the pack is too weak (S10). */
function eraseStore(fw: Fw, whenRefused: () => void): void {
  const { s, io, p } = fw;
  if (io.batteryVolts() < p.battery.resetMinVolts) {
    signal(fw, 'lowBattery');
    io.emit({ type: 'reset-failed', reason: 'battery too weak', why: 'battery' });
    whenRefused();
    return;
  }
  setMode(fw, 'resetting');
  s.storeOk = true;
  s.adminCode = p.defaults.adminCodeAfterReset;
  s.codes.fill('');
  for (const [slot, code] of Object.entries(p.defaults.userCodesAfterReset)) s.codes[Number(slot) - 1] = code;
  s.usersDisabled = false;
  s.oneTimeSlot = -1;
  s.autoLock = 0; // "change all programming to factory settings" (Powerbolt 250, product-facts M9)
  if (p.reset.forgetsHanding) s.handed = 'none';
  s.eraseOtherBank = true;
  persist(fw);
}

/** Both banks written: the reset is complete; where handing runs by itself, it follows (S16). */
export function eraseComplete(fw: Fw): void {
  signal(fw, 'resetDone');
  fw.io.emit({ type: 'factory-reset' });
  if (fw.s.handed === 'none' && fw.p.handing.trigger === 'auto') scheduleHanding(fw);
  else backToIdle(fw);
}
