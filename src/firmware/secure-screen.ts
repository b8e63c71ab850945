// SecureScreen, the SmartCode 915/916 touchscreen's fourth switch (product-facts §2 [M5][M7]):
// "displays random digits to be pressed before entering user code… so that codes cannot be
// identified by examining the touchscreen for fingerprints." With switch 4 on, the touch that
// starts an entry wakes the screen and shows the model's number of random digits
// (`keypad.secureScreenDigits`); they are touched in order, then the code as usual. Assumed, as no
// source says: two digits; the waking touch is not a digit of anything; a wrong digit is a wrong
// entry (it counts towards the lockout); a pause as long as the entry timeout darkens the screen
// and needs a new touch; the Lock symbol locks as ever, and ends a shown prompt; switch 4 turned
// off clears what the screen shows. Only code entry in normal operation: programming is not
// behind the screen ("before entering user code").

import { wrongCode, lockedOut } from './entry.ts';
import type { Fw } from './context.ts';
import type { ModelProfile } from '../models/profile.ts';

export const SECURE_SCREEN_SWITCH = 4;
/** FwState.prompt once every digit shown was touched: the code comes next. */
export const SCREEN_PASSED = '-';

/** How many digits SecureScreen shows on a model; 0 where it has none. */
export function screenDigitsOf(model: ModelProfile): number {
  return model.keypad.secureScreenDigits ?? 0;
}

/** Whether the model has a SecureScreen at all (the 915/916), on or off. */
export function hasSecureScreen(model: ModelProfile): boolean {
  return screenDigitsOf(model) > 0;
}

/** Whether SecureScreen is on for this lock now. */
export function screenOn(fw: Fw): boolean {
  return hasSecureScreen(fw.p) && fw.io.switchOn(SECURE_SCREEN_SWITCH);
}

/** A switch changed: SecureScreen switched off takes the digits it shows off the screen (an entry
 * under way goes on without them; assumed). */
export function screenSwitched(fw: Fw): void {
  if (!screenOn(fw)) fw.s.prompt = '';
}

/**
 * A digit touched in normal operation, before the code entry sees it. Returns true when the
 * screen took it (the waking touch, a shown digit, or a wrong one); false when it belongs to the
 * code (SecureScreen off, or its digits already touched).
 */
export function screenDigit(fw: Fw, digit: string): boolean {
  const { s, io, p } = fw;
  if (s.prompt === SCREEN_PASSED || !screenOn(fw)) return false;
  if (lockedOut(fw)) return true;
  if (s.prompt === '') {
    let shown = '';
    for (let i = screenDigitsOf(p); i > 0; i--) shown += String(io.randomDigit());
    s.prompt = shown;
    s.tEntry = io.now() + p.timing.entryTimeoutMs;
    io.emit({ type: 'secure-screen', digits: shown });
    return true;
  }
  if (digit !== s.prompt[0]) {
    wrongCode(fw);
    return true;
  }
  s.prompt = s.prompt.length === 1 ? SCREEN_PASSED : s.prompt.slice(1);
  s.tEntry = io.now() + p.timing.entryTimeoutMs;
  return true;
}
