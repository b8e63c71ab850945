// Whether a snapshot's SecureScreen digits (firmware.prompt) are shown only when the firmware
// shows them (product-facts M5, M7: switch 4, "displays random digits to be pressed before
// entering user code"). The firmware draws them in one place, screenDigit (firmware/secure-screen.ts),
// and reaches it only from a touch in normal operation (firmware.ts keyDown: mode idle) with
// switch 4 on (screenOn). Every change of mode takes them off the screen (context.ts setMode), so
// programming, a reset, door handing and the 620's handing press never show them; switch 4
// turned off takes them off too (screenSwitched), and none are drawn while it is off. It draws
// the model's number of digits (screenDigitsOf) as the screen wakes, and each one touched leaves
// it (a wrong one ends the entry) until none are left (SCREEN_PASSED). Off,
// power-down clears them (snapshot-off.ts); a lockout shows none (snapshot-lockout-entry.ts).
// Digits shown in another mode, or with the screen switched off, restored, would be touched and
// judged as the screen's when no lock of the model shows any; more digits than the model shows
// would ask for touches no lock of the model asks for.

import { SCREEN_PASSED, SECURE_SCREEN_SWITCH, screenDigitsOf } from '../firmware/secure-screen.ts';
import type { ModelProfile } from '../models/profile.ts';
import type { FitProblem } from './snapshot-fit.ts';
import type { TwinSnapshot } from './twin.ts';

const FIELD = 'firmware.prompt';
/** The one mode in which the screen shows digits: normal operation. */
const SHOWN_IN = 'idle';

/** What the screen holds, in words: digits still to touch, or all of them touched. */
function shownWords(prompt: string): string {
  return prompt === SCREEN_PASSED ? `"${prompt}" (every digit shown touched)` : `"${prompt}" shown`;
}

/** Why `snap`'s SecureScreen holds digits when model `p`'s firmware shows none, or more than it shows, or null. */
export function screenProblem(p: ModelProfile, snap: TwinSnapshot): FitProblem | null {
  const fw = snap.firmware;
  const prompt = fw.prompt ?? '';
  if (prompt === '' || fw.mode === 'off') return null; // off: power-down clears it, snapshot-off.ts
  if (fw.mode !== SHOWN_IN) {
    return {
      field: FIELD,
      message: `${shownWords(prompt)} in mode ${fw.mode}: a ${p.id}'s SecureScreen shows digits only for a code entry in normal operation (mode ${SHOWN_IN}), and every change of mode takes them off the screen`,
    };
  }
  if (!snap.switches[SECURE_SCREEN_SWITCH - 1]) {
    return {
      field: FIELD,
      message: `${shownWords(prompt)} with SecureScreen switched off (switches[${SECURE_SCREEN_SWITCH - 1}] false): switch ${SECURE_SCREEN_SWITCH} turned off takes a ${p.id}'s shown digits off the screen, and none are shown while it is off`,
    };
  }
  const most = screenDigitsOf(p);
  if (prompt !== SCREEN_PASSED && prompt.length > most) {
    return { field: FIELD, message: `${shownWords(prompt)}: a ${p.id}'s SecureScreen shows ${most} digits as it wakes, and each one touched leaves the screen` };
  }
  return null;
}
