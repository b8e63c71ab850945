// The lock's firmware: power-up, debounced key edges, timers, motor and memory completions,
// dispatched to the behaviour files by mode and by the model's programming strategy. No model
// names appear here: differences come from the profile's data and strategy
// (design/architecture.md "models/").

import type { ModelProfile } from '../models/profile.ts';
import { BUTTON_KEYS, keyBit, type ButtonKey } from '../hardware/buttons.ts';
import type { FirmwareIO } from './io.ts';
import { initialState, MASTERCODE_PROGRAMMING_MODES, MENU_PROGRAMMING_MODES, nextDeadline, SLOT_PROGRAMMING_MODES, type FwState } from './state.ts';
import { backToIdle, hasCodes, setMode, signal, type Fw } from './context.ts';
import { flush, loadStore, writeDone } from './persistence.ts';
import { autoLockDelay, autoLockDue, motionStopped, movedByHand, startMotion, updateStatus } from './bolt-control.ts';
import { handingStopped, scheduleHanding, startHanding } from './handing.ts';
import { positionalKey, slotProgramPressed } from './programming-positional.ts';
import { keyPattern } from './code-store.ts';
import {
  armedProgramReleased,
  armedReminder,
  beginResetHold,
  eraseComplete,
  poweredHoldComplete,
  poweredProgramHoldResets,
  resetHoldComplete,
  resetHoldReleased,
} from './reset.ts';
import { heldForAReset, tellReleasedEarly } from './early-release.ts';
import { clearEntry, entryConfirmed, entryDigit, entryTimedOut, lockoutOver, wrongCode } from './entry.ts';
import { hasSecureScreen, screenDigit, screenSwitched } from './secure-screen.ts';
import { programHeldLong, programmingDigit, programmingLock, programPressed, programmingTimedOut } from './programming-mastercode.ts';
import { menuDigit, menuLock, openMenu } from './programming-menu.ts';
import { exteriorAlert, exteriorSensed } from './exterior-link.ts';

const PROGRAMMING_MODES: ReadonlySet<string> = new Set(MASTERCODE_PROGRAMMING_MODES);
const SLOT_MODES: ReadonlySet<string> = new Set(SLOT_PROGRAMMING_MODES);
const MENU_MODES: ReadonlySet<string> = new Set(MENU_PROGRAMMING_MODES);

export class Firmware implements Fw {
  s: FwState;

  constructor(
    readonly p: ModelProfile,
    readonly io: FirmwareIO,
  ) {
    this.s = initialState(p.codes.capacity, p.lockout.wrongAttempts);
  }

  get powered(): boolean {
    return this.s.mode !== 'off';
  }

  /** Power arrives: RAM starts blank; the store is read; Program held means a reset attempt. */
  powerUp(): void {
    this.s = initialState(this.p.codes.capacity, this.p.lockout.wrongAttempts);
    loadStore(this);
    for (let i = 0; i < BUTTON_KEYS.length; i++) if (this.io.isHeld(BUTTON_KEYS[i])) this.s.keyMask |= 1 << i;
    this.s.programHeld = this.io.isHeld('program');
    this.s.boltLocked = this.io.boltSensor() === 'extended';
    exteriorSensed(this);
    if (this.p.reset.gesture === 'power-up-program-hold' && this.s.programHeld) {
      beginResetHold(this);
      return;
    }
    if (this.p.handing.trigger === 'lock-held-at-power-up' && this.s.storeOk && this.io.isHeld('lock')) {
      scheduleHanding(this); // hold Lock while inserting the pack (909/910 [M15])
      flush(this);
      return;
    }
    this.continueBoot();
  }

  /** Normal start-up after the reset window (or without one). Program is taken as held from its
   * key as read, debounced (seed S14): a contact still settling is taken as it settles
   * (programEdge), so a bounce at this instant is not mistaken for a press or a release. */
  private continueBoot(): void {
    this.s.programHeld = (this.s.keyMask & keyBit('program')) !== 0;
    this.s.programDownAt = this.s.programHeld ? this.io.now() : -1;
    if (this.s.storeOk && this.s.handed === 'none' && this.p.handing.trigger === 'auto') {
      scheduleHanding(this);
    } else {
      backToIdle(this);
    }
    flush(this);
    updateStatus(this);
  }

  powerDown(): void {
    this.s = initialState(this.p.codes.capacity, this.p.lockout.wrongAttempts);
  }

  nextDeadline(): number {
    return nextDeadline(this.s);
  }

  /**
   * A contact changed and bounced until `quietFrom`. The firmware waits until it has been quiet
   * for the debounce time, then reads its level: bounce is ignored, and a tap shorter than that
   * never registers (seed S14).
   */
  keyEdge(key: ButtonKey, quietFrom: number): void {
    const s = this.s;
    if (!this.powered) return;
    if (s.debounceKey !== '' && s.debounceKey !== key) this.settleKey();
    s.debounceKey = key;
    s.debounceQuietFrom = quietFrom;
    s.tDebounce = quietFrom + this.p.timing.debounceMs;
  }

  private settleKey(): void {
    const s = this.s;
    const key = s.debounceKey as ButtonKey;
    s.debounceKey = '';
    s.tDebounce = -1;
    const bit = keyBit(key);
    const level = this.io.isHeld(key);
    const was = (s.keyMask & bit) !== 0;
    if (level === was) return;
    s.keyMask = level ? s.keyMask | bit : s.keyMask & ~bit;
    // Holds are timed from when the contact closed, even if another key settles this one early.
    const closedAt = s.debounceQuietFrom;
    if (key === 'program') return this.programEdge(level, closedAt);
    if (key === 'reset') return this.resetButtonEdge(level, closedAt);
    if (!level) return;
    this.keyDown(key);
  }

  protected programEdge(down: boolean, closedAt: number): void {
    const s = this.s;
    const p = this.p;
    if (down === s.programHeld) return;
    s.programHeld = down;
    if (s.mode === 'reset-hold') {
      if (down) return;
      if (p.handing.trigger === 'program-tap-at-power-up') {
        // The same gesture, released early: manual door handing instead of a reset (620 [M8]);
        // held long enough to be a reset attempt, it is also told as not registered (S9).
        if (heldForAReset(closedAt - (s.tHold - p.timing.resetHoldMs))) tellReleasedEarly(this, 'Program');
        s.tHold = -1;
        setMode(this, 'handing-armed');
        signal(this, 'handingArmed');
        return;
      }
      resetHoldReleased(this, () => this.continueBoot());
      return;
    }
    if (s.mode === 'reset-armed') {
      if (!down) armedProgramReleased(this, () => this.continueBoot());
      return;
    }
    if (s.mode === 'handing-armed') {
      if (!down) startHanding(this);
      return;
    }
    if (down) {
      s.programDownAt = closedAt;
      const holdMs =
        p.programming === 'mastercode-program-button' ? p.timing.mastercodeHoldMs : poweredProgramHoldResets(p) ? p.timing.resetHoldMs : -1;
      if (s.mode === 'idle' && holdMs >= 0) s.tHold = s.programDownAt + holdMs;
      return;
    }
    const wasShort = s.tHold >= 0 || (p.programming !== 'mastercode-program-button' && p.reset.gesture !== 'program-hold-powered');
    // A reset hold (250, 955) let go before its time, long enough to be meant as one (S9).
    if (s.tHold >= 0 && poweredProgramHoldResets(p) && heldForAReset(closedAt - s.programDownAt)) tellReleasedEarly(this, 'Program');
    s.tHold = -1;
    s.programDownAt = -1;
    if (!wasShort) return;
    if (s.mode === 'slot-select' || (s.mode === 'idle' && p.programButton === 'slot')) return slotProgramPressed(this);
    if (s.mode !== 'idle') return;
    switch (p.programButton) {
      case 'programming':
        return programPressed(this);
      case 'menu':
        return openMenu(this, 'program-button');
      case 'menu-without-admin':
        // "If you have not enabled a programming code, press and release the program button" (K5).
        return s.adminCode === '' ? openMenu(this, 'program-button') : undefined;
      default:
        return;
    }
  }

  /** The Reset button (264, Powerbolt 2 [M11]): held for the hold time, the lock resets. */
  protected resetButtonEdge(down: boolean, closedAt: number): void {
    const s = this.s;
    if (this.p.reset.gesture !== 'reset-button') return;
    // A release always ends the hold, whatever mode the lock went into meanwhile: a hold started
    // in idle, released in the programming menu and pressed again must not reset early (S8/S9).
    if (!down) {
      if (s.tHold >= 0) tellReleasedEarly(this, 'Reset'); // a counted hold let go early (S9)
      s.tHold = -1;
    } else if (s.mode === 'idle') s.tHold = closedAt + this.p.timing.resetHoldMs;
  }

  protected keyDown(key: ButtonKey): void {
    const s = this.s;
    if (s.mode !== 'idle') {
      // Idle, the usual mode, is in none of these sets: it is asked about first.
      if (PROGRAMMING_MODES.has(s.mode)) {
        if (key === 'lock') programmingLock(this);
        else programmingDigit(this, key);
      } else if (MENU_MODES.has(s.mode)) {
        if (key === 'lock') menuLock(this);
        else menuDigit(this, key);
      } else if (s.mode === 'slot-select' || s.mode === 'slot-code') {
        positionalKey(this, key);
      }
      return; // otherwise resetting, handing, reset window: the keypad is ignored
    }
    const menuFamily = this.p.programming === 'programming-code-menu';
    if (key !== 'lock') {
      // The model is asked here, not inside screenDigit, so a keypad without a SecureScreen pays no
      // call per digit. (Not cached in a field: the checker records a firmware's own fields as state.)
      if (!(hasSecureScreen(this.p) && screenDigit(this, key))) entryDigit(this, key, menuFamily);
      return;
    }
    // The Lock / Kwikset button.
    const entry = s.buffer;
    clearEntry(this);
    if (entry !== '' && entryConfirmed(this, entry)) return;
    if (menuFamily && entry !== '') {
      if (s.storeOk && s.adminCode !== '' && keyPattern(this, entry) === keyPattern(this, s.adminCode)) openMenu(this, 'keypad');
      else wrongCode(this);
      return;
    }
    // With every user code disabled the lock is key-only (955 K6; 250 M9: "all electronic
    // functions will be disabled"); some locks also run electrically only while codes exist (M9).
    if (s.usersDisabled || (this.p.lockButtonNeedsCodes && !hasCodes(this))) return;
    startMotion(this, 'lock', 'lock-button', 0);
  }

  /** Run every deadline that is due. */
  timer(): void {
    const s = this.s;
    const now = this.io.now();
    if (s.tDebounce >= 0 && s.tDebounce <= now) this.settleKey();
    if (s.tHold >= 0 && s.tHold <= now) this.holdComplete();
    if (s.tProg >= 0 && s.tProg <= now) {
      s.tProg = -1;
      if (PROGRAMMING_MODES.has(s.mode) || MENU_MODES.has(s.mode) || SLOT_MODES.has(s.mode)) programmingTimedOut(this);
    }
    if (s.tEntry >= 0 && s.tEntry <= now) entryTimedOut(this);
    if (s.tHanding >= 0 && s.tHanding <= now) startHanding(this);
    if (s.tAutoLock >= 0 && s.tAutoLock <= now) autoLockDue(this);
    if (s.tLockoutEnd >= 0 && s.tLockoutEnd <= now) lockoutOver(this);
    if (s.tReminder >= 0 && s.tReminder <= now) armedReminder(this);
    if (s.tExterior >= 0 && s.tExterior <= now) exteriorAlert(this);
  }

  /** A button has been held for its hold time. */
  private holdComplete(): void {
    const s = this.s;
    const p = this.p;
    if (s.mode === 'reset-hold') return resetHoldComplete(this);
    s.tHold = -1;
    if (s.mode !== 'idle') return;
    // The debounced level: a release in the very last instant has not settled yet.
    if (p.reset.gesture === 'reset-button' && (s.keyMask & keyBit('reset')) !== 0) return poweredHoldComplete(this, () => this.continueBoot());
    if (!s.programHeld) return;
    if (p.programming === 'mastercode-program-button') programHeldLong(this);
    else if (p.reset.gesture === 'program-hold-powered') poweredHoldComplete(this, () => this.continueBoot());
  }

  /** The motor driver cut out (an end stop or a stall). */
  motorTripped(): void {
    if (!this.powered) return;
    if (this.s.motorOp === 'handing') handingStopped(this);
    else if (this.s.motorOp !== 'none') motionStopped(this);
  }

  nvmWriteDone(): void {
    if (!this.powered) return;
    const settled = writeDone(this);
    if (settled && this.s.mode === 'resetting') eraseComplete(this);
  }

  boltMovedByHand(): void {
    if (!this.powered || this.s.motorOp !== 'none') return;
    movedByHand(this);
  }

  switchChanged(): void {
    if (!this.powered) return;
    // Auto-lock turned off: nothing locks by itself, not even an auto-lock already counting down
    // (product-facts K3 switch 2; what happens to one counting down is assumed). Where the menu
    // sets auto-lock (Powerbolt 250), switch 2 is not read.
    if (autoLockDelay(this) < 0) this.s.tAutoLock = -1;
    screenSwitched(this);
    updateStatus(this);
  }

  /** The exterior assembly's cable was plugged in or pulled. */
  exteriorChanged(): void {
    if (this.powered) exteriorSensed(this);
  }
}

export { setMode };
