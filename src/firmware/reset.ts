// The factory reset, exactly as seed S8/S9 and product-facts K1 describe it: power up with
// Program held, keep holding for the model's full hold time (30 s), the lock beeps and flashes
// red; one more press of Program confirms, the store is erased (green, two beeps) and door
// handing follows. Releasing early — even for half a second — and nothing happens (S9). A weak
// pack fails the reset (S10). A hold never confirmed is the half-finished reset (S24), which
// keeps reminding with a red blink. Nothing but this power-up gesture resets the lock (S1).

import { persist } from './persistence.ts';
import { setMode, signal, type Fw } from './context.ts';
import { scheduleHanding } from './handing.ts';

export function beginResetHold(fw: Fw): void {
  setMode(fw, 'reset-hold');
  fw.s.tHold = fw.io.now() + fw.p.timing.resetHoldMs;
}

/** Program let go before the hold time: the attempt does not register (S9). */
export function resetHoldReleased(fw: Fw, continueBoot: () => void): void {
  fw.s.tHold = -1;
  fw.io.emit({ type: 'reset-not-registered', reason: 'Program released early' });
  continueBoot();
}

export function resetHoldComplete(fw: Fw): void {
  const { s, io, p } = fw;
  s.tHold = -1;
  if (!p.reset.confirmPress) {
    eraseStore(fw);
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
  const { s, io, p } = fw;
  if (s.armedNeedsRelease) {
    s.armedNeedsRelease = false;
    return;
  }
  s.tReminder = -1;
  if (io.batteryVolts() < p.battery.resetMinVolts) {
    signal(fw, 'lowBattery');
    io.emit({ type: 'reset-failed', reason: 'battery too weak' });
    continueBoot();
    return;
  }
  eraseStore(fw);
}

function eraseStore(fw: Fw): void {
  const { s, p } = fw;
  setMode(fw, 'resetting');
  s.storeOk = true;
  s.adminCode = p.defaults.adminCodeAfterReset;
  s.codes.fill('');
  s.handed = 'none';
  s.eraseOtherBank = true;
  persist(fw);
}

/** Both banks written: the reset is complete; handing starts by itself (S16). */
export function eraseComplete(fw: Fw): void {
  signal(fw, 'resetDone');
  fw.io.emit({ type: 'factory-reset' });
  scheduleHanding(fw);
}
