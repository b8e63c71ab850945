// The four interior switches in words, for the REPL's `state` (lock-state.ts gives them as data):
// 1 the status LED (product-facts K3, M16), 2 auto-lock (K3: "re-locks door 30 seconds after
// unlocking"; not read where a menu item sets auto-lock, the Powerbolt 250, M9), 3 audio (K3,
// M6), 4 the model's own — SecureScreen on the 915/916 (M5, M7), unused on the others (K3: "4 -
// Not used"). So after `repl --load` one can tell which are on.

import type { ModelProfile } from '../models/profile.ts';
import { AUTO_LOCK_SWITCH, STATUS_LED_SWITCH } from '../firmware/bolt-control.ts';
import { hasSecureScreen, SECURE_SCREEN_SWITCH } from '../firmware/secure-screen.ts';

/** The audio switch: beeps only while it is on (firmware/context.ts signal; K3, M6). */
const AUDIO_SWITCH = 3;

/** What switch `n` does on model `p`, in a few words. */
export function switchName(p: ModelProfile, n: 1 | 2 | 3 | 4): string {
  switch (n) {
    case STATUS_LED_SWITCH:
      return 'status LED';
    case AUTO_LOCK_SWITCH:
      return p.menu?.autoLock ? 'auto-lock, not read: the menu sets it' : 'auto-lock';
    case AUDIO_SWITCH:
      return 'audio';
    case SECURE_SCREEN_SWITCH:
      return hasSecureScreen(p) ? 'SecureScreen' : 'unused';
  }
}

/** The switches as data, by number, in the shape Twin.create takes them (`{ 1: true, … }`). */
export function switchesBySwitch(switches: readonly boolean[]): { 1: boolean; 2: boolean; 3: boolean; 4: boolean } {
  return { 1: switches[0]!, 2: switches[1]!, 3: switches[2]!, 4: switches[3]! };
}

/** `1 on (status LED), 2 off (auto-lock), 3 on (audio), 4 off (unused)`. */
export function switchesText(p: ModelProfile, switches: readonly boolean[]): string {
  return ([1, 2, 3, 4] as const).map((n) => `${n} ${switches[n - 1] ? 'on' : 'off'} (${switchName(p, n)})`).join(', ');
}
