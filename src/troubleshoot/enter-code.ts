// A code entered at a twin's keypad as its owner enters it, whatever the lock asks for now: on a
// 915/916 with SecureScreen on (product-facts M5, M7), a touch wakes the screen and the digits it
// shows are touched first; then the code's digits, and on a Powerbolt 2 the Lock press after them
// (M10, codeEntryActions). For programs that drive a twin (the library's `enterCode`): the static
// codeEntryActions cannot know the digits a screen will show.

import type { Twin } from '../twin/twin.ts';
import type { ButtonKey } from '../hardware/buttons.ts';
import { screenOn } from '../firmware/secure-screen.ts';
import { codeEntryActions } from './procedure-kit.ts';

/** Whether the screen would take the next touch as the one that wakes it. */
function screenAsleep(twin: Twin): boolean {
  return screenOn(twin.firmware) && twin.firmware.s.prompt === '';
}

/** Enter `code` at the keypad: wake a SecureScreen and touch what it shows, then the code (and
 * Lock where the model opens with it). Time passes as the presses take it; nothing more. */
export function enterCode(twin: Twin, code: string): void {
  if (code !== '' && screenAsleep(twin)) twin.apply({ do: 'press', key: code[0] as ButtonKey });
  if (twin.screenDigits !== '') twin.apply({ do: 'type-shown' });
  for (const a of codeEntryActions(twin.model, code)) twin.apply(a);
}
