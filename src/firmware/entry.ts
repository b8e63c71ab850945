// Code entry at the keypad in normal operation. SmartCode keypads unlock as the last digit of a
// correct code is pressed, with no confirm key (product-facts §9). An entry is wrong once no
// stored code can still match it, or after a pause (entry timeout). Three wrong entries within a
// minute lock the keypad for 60 s, shown by 15 red flashes and beeps (product-facts M4, S4).
// Where a code opens the lock only with the Lock button after it (Powerbolt 2: "Enter your user
// code. Press the Lock Button once." [M10]), the entry is judged at that press (entryConfirmed),
// after a pause, or once it is longer than any code. On a touchscreen with SecureScreen on, the
// random digits it shows come first (secure-screen.ts); an entry's end clears them too.

import { hasCodes, signal, type Fw } from './context.ts';
import { consumeOneTimeCode, findCode, keyPattern } from './code-store.ts';
import { startMotion } from './bolt-control.ts';
import type { ModelProfile } from '../models/profile.ts';

export function lockedOut(fw: Fw): boolean {
  return fw.s.tLockoutEnd >= 0;
}

/** Whether `buffer` is a proper prefix of something the keypad may still complete. */
function couldStillMatch(fw: Fw, buffer: string, adminAtKeypad: boolean): boolean {
  const { s } = fw;
  const typed = keyPattern(fw, buffer);
  if (adminAtKeypad && s.adminCode.length > buffer.length && keyPattern(fw, s.adminCode).startsWith(typed)) return true;
  if (s.usersDisabled) return false;
  for (const c of s.codes) if (c.length > buffer.length && keyPattern(fw, c).startsWith(typed)) return true;
  return false;
}

/** The longest entry the keypad reads in normal operation: its longest user code, or its
 * programming code's where that is typed at the keypad (`adminAtKeypad`). */
export function longestEntry(p: ModelProfile, adminAtKeypad: boolean): number {
  return Math.max(p.codes.maxLength, adminAtKeypad ? p.codes.adminMaxLength : 0);
}

/**
 * A digit in normal operation. `adminAtKeypad`: the programming code is typed at the keypad
 * (programming-code menu family), so an entry that could still become it is not judged yet.
 */
export function entryDigit(fw: Fw, digit: string, adminAtKeypad: boolean): void {
  const { s, io, p } = fw;
  if (lockedOut(fw)) return;
  s.buffer += digit;
  s.tEntry = io.now() + p.timing.entryTimeoutMs;
  const longest = longestEntry(p, adminAtKeypad);
  if (p.keypad.unlockWith === 'lock-button') {
    // Judged at the Lock press; only an entry longer than any code is wrong before it.
    if (s.buffer.length > longest) wrongCode(fw);
    return;
  }
  if (openWith(fw, s.buffer)) return;
  // The programming code itself, typed at the keypad: wait for the Kwikset button.
  if (adminAtKeypad && s.storeOk && s.adminCode !== '' && keyPattern(fw, s.buffer) === keyPattern(fw, s.adminCode)) return;
  if (s.buffer.length >= longest) wrongCode(fw);
  else if (s.buffer.length >= p.codes.minLength && !couldStillMatch(fw, s.buffer, adminAtKeypad)) wrongCode(fw);
}

/** Open the lock if `entry` is an enabled user code (a one-time code is used up as it opens). */
function openWith(fw: Fw, entry: string): boolean {
  const { s, io } = fw;
  const slot = s.storeOk && !s.usersDisabled ? findCode(fw, entry) : -1;
  if (slot < 0) return false;
  clearEntry(fw);
  startMotion(fw, 'unlock', 'keypad', slot + 1);
  if (slot === s.oneTimeSlot) {
    consumeOneTimeCode(fw, slot);
    io.emit({ type: 'one-time-code-used', slot: slot + 1 });
  }
  return true;
}

/** The Lock button after a non-empty entry, where it confirms a code (`unlockWith:
 * 'lock-button'`): a user code opens the lock; otherwise the caller judges the entry (the
 * programming code opens the menu, anything else is a wrong code). No entry builds up during a
 * lockout (entryDigit ignores the keys), so none is confirmed then. */
export function entryConfirmed(fw: Fw, entry: string): boolean {
  return fw.p.keypad.unlockWith === 'lock-button' && openWith(fw, entry);
}

/** A pause as long as the entry timeout: an entry begun is wrong; a SecureScreen prompt with no
 * code digit after it just goes dark (secure-screen.ts). */
export function entryTimedOut(fw: Fw): void {
  if (fw.s.buffer !== '') wrongCode(fw);
  else clearEntry(fw);
}

/** An entry over, however it ended: its digits, the SecureScreen digits before them
 * (secure-screen.ts) and its timeout are gone. */
export function clearEntry(fw: Fw): void {
  fw.s.buffer = '';
  fw.s.prompt = '';
  fw.s.tEntry = -1;
}

export function wrongCode(fw: Fw): void {
  const { s, io, p } = fw;
  clearEntry(fw);
  const now = io.now();
  const w = s.wrongTimes;
  for (let i = 0; i < w.length - 1; i++) w[i] = w[i + 1];
  w[w.length - 1] = now;
  io.emit({ type: 'wrong-code', source: 'keypad' });
  let recent = 0;
  for (const t of w) if (t >= 0 && now - t < p.lockout.windowMs) recent++;
  if (recent >= p.lockout.wrongAttempts) {
    // The window is kept: where the lockout is shorter than the window (Powerbolt 2: 45 s in a
    // 60 s window), a wrong code right after it locks the keypad again.
    s.tLockoutEnd = now + p.lockout.durationMs;
    signal(fw, 'lockout');
    io.emit({ type: 'lockout', reason: `${p.lockout.wrongAttempts} wrong codes within ${p.lockout.windowMs / 1000} s`, why: 'too-many-wrong-codes' });
  } else {
    signal(fw, hasCodes(fw) ? 'wrongCode' : 'noUserCode');
  }
}

export function lockoutOver(fw: Fw): void {
  fw.s.tLockoutEnd = -1;
  fw.io.emit({ type: 'lockout-ended' });
}
