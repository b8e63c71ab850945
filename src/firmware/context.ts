// The firmware's working context: its RAM, its peripherals and the model data it runs with.
// Helpers shared by every firmware file: mode changes and signalling.

import type { ModelProfile, SignalName } from '../models/profile.ts';
import type { FirmwareIO } from './io.ts';
import type { FwMode, FwState } from './state.ts';

export interface Fw {
  s: FwState;
  readonly io: FirmwareIO;
  readonly p: ModelProfile;
}

export function setMode(fw: Fw, mode: FwMode): void {
  if (fw.s.mode === mode) return;
  fw.s.mode = mode;
  fw.s.prompt = ''; // a SecureScreen prompt belongs to a code entry in normal operation (secure-screen.ts)
  fw.io.mode(mode);
}

/** Show a named signal; beeps only when the audio switch (#3) is on (product-facts K3, M6). */
export function signal(fw: Fw, name: SignalName): void {
  const sig = fw.p.signals[name];
  if (sig.count > 0 || (sig.solidMs ?? 0) > 0) fw.io.light(sig); // a SignalPattern is a LightCommand
  if (sig.beeps > 0 && fw.io.switchOn(3)) fw.io.beep(sig.beeps, sig.longBeep === true);
}

/** Whether any user code is stored: stops at the first one (the keypad asks after every wrong
 * entry and every unlock, and codes fill the first free slots, so that is usually slot 1). */
export function hasCodes(fw: Fw): boolean {
  const codes = fw.s.codes;
  for (let i = 0; i < codes.length; i++) if (codes[i] !== '') return true;
  return false;
}

/** Leave any programming or entry state and return to normal operation. */
export function backToIdle(fw: Fw): void {
  const s = fw.s;
  s.buffer = '';
  s.pending = '';
  s.tEntry = -1;
  s.tProg = -1;
  setMode(fw, 'idle');
}
