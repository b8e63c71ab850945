// SmartCode 914 (the Z-Wave 913) and 916 (touchscreen, Z-Wave): the Mastercode family with the
// 913's reset and automatic handing (product-facts §1 [G1], §2 [M5][M6][M7]). The radios are not
// modelled yet; the 916's differences that a person sees are its 20 s timeout, its "X" and
// checkmark/lock-symbol alerts, and SecureScreen on switch 4 (firmware/secure-screen.ts), and, as its
// guide's title gives it, its Traditional style [M5].

import type { ModelProfile } from './profile.ts';
import { SMARTCODE_DEADBOLT_PAGES } from './smartcode-pages.ts';
import { SMARTCODE_913 } from './smartcode-913.ts';
import { SMARTCODE_SIGNALS, SMARTCODE_SIGNAL_SOURCES } from './signals-smartcode.ts';

const FLASH_MS = 250; // assumed
/** "Lock beeps continuously" [M5][M6] while the exterior is unplugged: one long beep (600 ms) each second (the cadence assumed). */
const EXTERIOR_ALERT_EVERY_MS = 1_000;
/** SecureScreen [M5][M7]: "random digits to be pressed before entering user code" — how many
 * is not said; two assumed. */
const SECURE_SCREEN_DIGITS = 2;

export const SMARTCODE_914: ModelProfile = {
  ...SMARTCODE_913,
  id: 'smartcode-914',
  name: 'SmartCode 914 (Z-Wave)',
  family: 'SmartCode (Mastercode), Z-Wave',
  identifiers: ['914', 'SmartCode 914', '914 TRL ZW', '914TRL'],
  look: { keypad: 'buttons', radios: ['Z-Wave'], styles: [] },
  distinguish: 'Looks like the 913 (10-digit keypad, Lock button) but has a Z-Wave module and its 30 code slots are managed by a hub as well (G1).',
  sources: { ...SMARTCODE_913.sources, 'codes.capacity': 'product-facts G1 (Z-Wave params 1–30)', 'look.radios': 'product-facts §1 ("914 = Z-Wave 913"), G1' },
  notes: [...SMARTCODE_913.notes, 'The Z-Wave radio (remote codes, lock/unlock, parameter 40 remote reset) is not modelled yet.'],
};

export const SMARTCODE_916: ModelProfile = {
  ...SMARTCODE_913,
  id: 'smartcode-916',
  name: 'SmartCode 916 (touchscreen, Z-Wave)',
  family: 'SmartCode (Mastercode), touchscreen',
  identifiers: ['916', 'SmartCode 916', '916 TRL ZW', '915 (Zigbee/plain touchscreen)'],
  look: { keypad: 'touchscreen', radios: ['Z-Wave', 'Zigbee'], styles: ['Traditional'] },
  distinguish: 'A touchscreen instead of buttons, with a checkmark and a lock symbol; switch 4 is SecureScreen. The 915 is the same screen without Z-Wave.',
  timing: { ...SMARTCODE_913.timing, programmingTimeoutMs: 20_000, entryTimeoutMs: 20_000 },
  keypad: { ...SMARTCODE_913.keypad, secureScreenDigits: SECURE_SCREEN_DIGITS, lockKeyCheckmark: true },
  exteriorLink: { alertEveryMs: EXTERIOR_ALERT_EVERY_MS },
  signals: {
    ...SMARTCODE_SIGNALS,
    wrongCode: { color: 'red', count: 1, onMs: FLASH_MS, offMs: FLASH_MS, beeps: 1, meaning: "'X' flashes once with one beep: one incorrect code" },
    noUserCode: { color: 'red', count: 3, onMs: FLASH_MS, offMs: FLASH_MS, beeps: 3, meaning: "'X' flashes three times: no user code programmed" },
    programmingFailed: { color: 'red', count: 3, onMs: FLASH_MS, offMs: FLASH_MS, beeps: 3, meaning: "'X' flashes three times: unsuccessful programming or no user code" },
    programmingTimeout: { color: 'red', count: 3, onMs: FLASH_MS, offMs: FLASH_MS, beeps: 3, meaning: "'X' flashes three times: programming timed out after 20 seconds" },
    lockout: { color: 'red', count: 15, onMs: 150, offMs: 150, beeps: 15, meaning: "'X' flashes 15 times: three incorrect codes within a minute — 60 s touchscreen lockout" },
    lowBattery: { color: 'green', count: 5, onMs: FLASH_MS, offMs: FLASH_MS, beeps: 5, otherSound: { beeps: 1, longBeep: true, conflict: 5 }, meaning: 'checkmark and lock symbols flash together five times: low battery' },
    jammed: { color: 'amber', count: 5, onMs: FLASH_MS, offMs: FLASH_MS, beeps: 0, meaning: 'checkmark and lock symbols alternate five times: door jammed while locking — re-lock manually' },
  },
  // product-facts §2, SmartCode 915 / 916: the 916 and 915 guides (M5, M6, M7), the 916's Z-Wave
  // document (G2, with the template G4).
  documentedBy: ['§2', ...SMARTCODE_DEADBOLT_PAGES, 'M5', 'M6', 'M7', 'G2', 'G4'],
  sources: {
    ...SMARTCODE_913.sources,
    'look.keypad': 'product-facts §2 (touchscreen; checkmark and Lock symbols [M7])',
    'look.radios': 'product-facts §2 ("916 Z-Wave", G2) and M5 (its guide, titled "916 SmartCode ZigBee Touchscreen")',
    'look.lockKey': 'product-facts M7 (the Checkmark symbol and the Lock symbol)',
    'look.resetButton': 'product-facts M5 (the same battery-pack and 30 s reset as the 913, on the Program button: no Reset button)',
    'look.programButton': 'product-facts M7 (a Program button inside)',
    'look.styles': 'product-facts M5 (its guide, for the 916 "Traditional Style in Venetian Bronze")',
    'timing.programmingTimeoutMs': 'product-facts M5, M6 (20 seconds)',
    'timing.entryTimeoutMs': 'product-facts M5, M6 (20 seconds)',
    'signals.wrongCode': 'product-facts M5, M6',
    'signals.programmingFailed': 'product-facts M5, M6',
    'signals.noUserCode': 'product-facts M5, M6',
    'signals.programmingTimeout': 'product-facts M5, M6',
    'signals.lockout': 'product-facts M5, M6',
    lockout: 'product-facts M5, M6 (three incorrect codes within one minute → 60 second touchscreen lockout)',
    'signals.lowBattery': 'product-facts M6 (five beeps; M5 says a long continuous beep — conflict 5: the twin sounds M6\'s, the decoder takes either)',
    'signals.jammed': 'product-facts M5, M6',
    // Product-facts' conflict 1 on the reset's confirmation names the 913, 914 and 910, not the 916.
    'signals.resetDone': SMARTCODE_SIGNAL_SOURCES['signals.resetDone'],
    'keypad.lockKeyCheckmark': 'product-facts M7 (the touchscreen\'s checkmark, then the Lock symbol); one key for both on the twin',
    'keypad.secureScreenDigits': 'product-facts M5, M7 (switch 4, SecureScreen: "displays random digits to be pressed before entering user code"); two digits, the waking touch, a wrong digit counting as a wrong code: assumed',
    'exteriorLink.alertEveryMs': 'product-facts M5, M6 ("Lock beeps continuously — Interior assembly is disconnected from exterior"); one long beep a second assumed',
  },
  notes: [
    ...SMARTCODE_913.notes,
    'The symbols are drawn as LED colours: the X as red, the checkmark/lock symbols as green (together) or amber (alternating).',
    'SecureScreen (switch 4, M5, M7): with it on, the touch that starts an entry shows two random digits (the count assumed), touched in order before the code; a wrong one is a wrong code (assumed).',
    'The separate checkmark key is not modelled; the Lock key stands for both symbols.',
  ],
};
