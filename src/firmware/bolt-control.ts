// Locking and unlocking by motor: keypad code, Lock button, auto-lock; the end-stop check that
// tells a completed throw from a jam; the battery checks before and after (seed S25: a lock that
// beeps but won't unlock is first a battery question; product-facts G4/G5 thresholds, M4
// signals); auto-lock 30 s after unlocking, only while codes exist (product-facts K3), or, where
// a menu item sets it, after the delay chosen in the menu (Powerbolt 250, M9).

import { hasCodes, signal, type Fw } from './context.ts';
import { autoLockOnOf } from './store-codec.ts';
import { menuAutoLockDelayMs } from './store-rules.ts';
import type { Source } from './state.ts';
import type { LockEvent } from './io.ts';

/** Switch 1: the status LED (product-facts K3, M16). */
export const STATUS_LED_SWITCH = 1;
/** The DIP switch that turns auto-lock on (product-facts K3: "2 - Lock automatically re-locks door
 * 30 seconds after unlocking"). */
export const AUTO_LOCK_SWITCH = 2;

/** Motor current limit for ordinary locking: above strike friction, below a stall (assumed). */
export const NORMAL_CURRENT_LIMIT_MA = 1_000;

/** The motor direction that throws the bolt, per what the firmware has learned. Unlearned
 * firmware assumes a right-handed door (assumed factory default), so on a left-handed door it
 * turns the wrong way (seed S15). */
export function throwDirection(fw: Fw): 'cw' | 'ccw' {
  return fw.s.handed === 'left' ? 'ccw' : 'cw';
}

export function withdrawDirection(fw: Fw): 'cw' | 'ccw' {
  return throwDirection(fw) === 'cw' ? 'ccw' : 'cw';
}

/** Start locking or unlocking. Returns false when the battery is too weak to try. */
export function startMotion(fw: Fw, op: 'lock' | 'unlock', source: Source, slot: number): boolean {
  const { s, io, p } = fw;
  if (s.motorOp !== 'none') return false;
  if (io.batteryVolts() <= p.battery.criticalVolts) {
    signal(fw, 'lowBattery');
    io.emit({ type: 'battery-critical', source });
    return false;
  }
  s.tAutoLock = -1;
  s.motorOp = op;
  s.motorSource = source;
  s.motorSlot = slot;
  signal(fw, op === 'unlock' ? 'unlocked' : 'locked');
  io.motor(op === 'lock' ? throwDirection(fw) : withdrawDirection(fw), NORMAL_CURRENT_LIMIT_MA);
  return true;
}

/** The motor cut out at a stop: an end stop means done, anywhere else is a jam. */
export function motionStopped(fw: Fw): void {
  const { s, io, p } = fw;
  const op = s.motorOp;
  s.motorOp = 'none';
  const sensor = io.boltSensor();
  const wanted = op === 'lock' ? 'extended' : 'retracted';
  if (sensor === wanted) {
    s.boltLocked = op === 'lock';
    const event: LockEvent = { type: op === 'lock' ? 'locked' : 'unlocked', source: s.motorSource };
    if (s.motorSlot > 0) event.slot = s.motorSlot;
    io.emit(event);
    if (op === 'unlock') armAutoLock(fw);
  } else {
    s.boltLocked = sensor === 'extended';
    signal(fw, 'jammed');
    io.emit({ type: 'jam', source: s.motorSource, reason: `bolt ${sensor} after ${op}`, why: op === 'lock' ? 'bolt-not-extended' : 'bolt-not-retracted' });
  }
  if (io.batteryVolts() <= p.battery.lowVolts) {
    signal(fw, 'lowBattery');
    io.emit({ type: 'battery-low' });
  }
  updateStatus(fw);
}

/** The bolt was moved by the thumbturn or the key. */
export function movedByHand(fw: Fw): void {
  const { s, io } = fw;
  const sensor = io.boltSensor();
  const locked = sensor === 'extended';
  if (locked !== s.boltLocked) {
    s.boltLocked = locked;
    io.emit({ type: locked ? 'locked' : 'unlocked', source: 'manual' });
  }
  if (!locked) armAutoLock(fw);
  else s.tAutoLock = -1;
  updateStatus(fw);
}

/** How long after unlocking the lock locks itself, or -1 when auto-lock is off: switch 2 and the
 * model's delay, or, where a menu item turns auto-lock on, the store's setting (Powerbolt 250,
 * product-facts M9: its guide shows no switches). */
export function autoLockDelay(fw: Fw): number {
  const { s, io, p } = fw;
  if (!p.menu?.autoLock) return io.switchOn(AUTO_LOCK_SWITCH) ? p.timing.autoLockDelayMs : -1;
  return autoLockOnOf(s.autoLock) ? menuAutoLockDelayMs(p, s.autoLock) : -1;
}

/** Auto-lock runs only while user codes exist and are enabled: with every code disabled the lock
 * "can ONLY be operated by the key" (955, product-facts K6), "all electronic functions will be
 * disabled" (Powerbolt 250, M9). */
export function armAutoLock(fw: Fw): void {
  const { s, io } = fw;
  const delay = autoLockDelay(fw);
  s.tAutoLock = delay >= 0 && hasCodes(fw) && !s.usersDisabled ? io.now() + delay : -1;
}

export function autoLockDue(fw: Fw): void {
  fw.s.tAutoLock = -1;
  if (!fw.s.boltLocked && fw.s.mode === 'idle' && !fw.s.usersDisabled) startMotion(fw, 'lock', 'auto-lock', 0);
}

/** The slow status blink: green unlocked, amber locked, red low battery (product-facts K3); dark
 * with switch 1 off, but for a low-battery red the model's guide says cannot be disabled (M16). */
export function updateStatus(fw: Fw): void {
  const { s, io, p } = fw;
  if (!io.switchOn(STATUS_LED_SWITCH)) {
    // Switch 1 off darkens the status LED — but on the 909 not its low-battery red (M16).
    const lowShown = p.battery.lowBlinkIgnoresLedSwitch && io.batteryVolts() <= p.battery.lowVolts;
    io.setStatus(lowShown ? 'red' : null, lowShown ? p.timing.statusBlinkPeriodMs : 0);
    return;
  }
  const color = io.batteryVolts() <= p.battery.lowVolts ? 'red' : s.boltLocked ? 'amber' : 'green';
  io.setStatus(color, p.timing.statusBlinkPeriodMs);
}
