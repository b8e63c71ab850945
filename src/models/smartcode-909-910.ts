// SmartCode 909 / 910 / 912: the five-button keypad where each button carries two digits, so
// codes with the same press pattern collide (product-facts §3, §8 [S7][S8]); codes are placed by
// position — Program pressed N times, code, Lock [M15]; door handing by holding Lock while the
// pack goes in [M15]; the 909 holds 8 codes [M15], the 910 30 [G5]; the alert table of the 909
// guide [M4]; on the 909 the status LED of the Weiser SmartCode 5 guide (the Canadian 909): a blink
// every 5 s, its low-battery red shown even with switch 1 off [M16]; on the 910, which M16 does not
// describe, Kwikset's own SmartCode page: every 6 s [K3] (the better-graded source, conflict 7).
// Reset as the SmartCode: pack out, Program held 30 s, one more press [S3][G2]; its confirmation
// the SmartCode's green flash and two beeps [K1], though a 909 page says a long beep after 15 s
// [S3] (product-facts conflict 1); on the 910, as on the 913, a 913 page's one beep after 20 s
// [S10] and its own Z-Wave document's green and red [G2] (reset-confirmation.ts). The 909 comes in
// the Weiser SmartCode 5's Contemporary and Traditional styles [M15][M16]; no source names the 910's.

import type { ModelProfile } from './profile.ts';
import { SMARTCODE_DEADBOLT_PAGES } from './smartcode-pages.ts';
import { SMARTCODE_913 } from './smartcode-913.ts';
import { programmingRefused, resetDoneHandingByHand, SMARTCODE_SIGNALS } from './signals-smartcode.ts';
import { RESET_CONFIRMATION_CONFLICT, RESET_DONE_910, RESET_DONE_910_SOURCE } from './reset-confirmation.ts';

/** The Weiser SmartCode 5 guide's status blink: switch 1, "blinks every 5 seconds" (product-facts M16). */
const SC5_STATUS_BLINK_MS = 5_000;
/** How long after the confirming press a page on the 909 has its reset signal come: "wait 15 seconds" (product-facts S3). */
const S3_RESET_SIGNAL_AFTER_MS = 15_000;

/** The reset done, as the twin gives it — the SmartCode page's green flash and two beeps at once
 * (product-facts K1) — with the 909 page's green flash and long beep after 15 s (S3, unverified)
 * as the other source's sound (conflict 1). */
const RESET_DONE_909 = {
  ...resetDoneHandingByHand(),
  otherSound: { beeps: 1, longBeep: true, afterMs: S3_RESET_SIGNAL_AFTER_MS, conflict: RESET_CONFIRMATION_CONFLICT },
  meaning: `${resetDoneHandingByHand().meaning}. The twin answers the press at once with a green flash and two beeps, as Kwikset's SmartCode page gives it (product-facts K1); a page on the 909 says to wait 15 seconds for a green flash and a long beep (S3, unverified) — the sources disagree (product-facts conflict ${RESET_CONFIRMATION_CONFLICT})`,
};

export const SMARTCODE_909: ModelProfile = {
  ...SMARTCODE_913,
  id: 'smartcode-909',
  name: 'SmartCode 909',
  family: 'SmartCode five-button (positional)',
  identifiers: ['909', 'SmartCode 909', 'Weiser SmartCode 5', 'SmartCode 5', '9GED14900'],
  distinguish: 'Five keypad buttons, each marked with two digits (1|2 … 9|0), and a Lock button. Codes are added by slot: press Program once per slot position. The 910 looks the same with a Z-Wave module and 30 slots.',
  programming: 'positional',
  menu: null,
  programButton: 'slot',
  slotSelection: 'presses',
  codes: { capacity: 8, minLength: 4, maxLength: 8, adminMinLength: 4, adminMaxLength: 8, deleteAllCode: null, uniquePrefixLength: 0 },
  keypad: { ...SMARTCODE_913.keypad, digitsPerKey: 2 },
  look: { keypad: 'buttons', radios: [], styles: ['Contemporary', 'Traditional'] },
  timing: { ...SMARTCODE_913.timing, statusBlinkPeriodMs: SC5_STATUS_BLINK_MS },
  battery: { ...SMARTCODE_913.battery, lowBlinkIgnoresLedSwitch: true },
  handing: { trigger: 'lock-held-at-power-up' },
  signals: {
    ...SMARTCODE_SIGNALS,
    handingFailed: { ...SMARTCODE_SIGNALS.handingFailed, meaning: 'door handing did not work: open the door, check the strike, pull the pack, wait 15 s, and hold Lock while reinserting it' },
    jammed: { color: 'red', count: 1, onMs: 1_000, offMs: 250, beeps: 1, meaning: 'red once with one beep: door jammed while attempting to lock' },
    programmingTimeout: { color: 'red', count: 0, onMs: 0, offMs: 0, solidMs: 0, beeps: 2, meaning: 'two beeps: programming timeout — do not pause more than 5 seconds' },
    codeAccepted: { ...SMARTCODE_SIGNALS.codeAccepted, longBeep: false, meaning: 'one green flash with one beep: the code is stored' },
    programmingFailed: programmingRefused(null),
    resetDone: RESET_DONE_909,
  },
  // product-facts §3, SmartCode 909 / 910 / 912: the 909's guide (M4), the Weiser SmartCode 5's,
  // the Canadian 909 (M15, M16), the 910's Z-Wave documents (G2, G5), the pages quoted there.
  documentedBy: ['§3', ...SMARTCODE_DEADBOLT_PAGES, 'M4', 'M15', 'M16', 'G2', 'G5', 'S3', 'S15', 'S-greenyplace'],
  sources: {
    ...SMARTCODE_913.sources,
    'look.keypad': 'product-facts §3 (five buttons, two digits each)',
    'look.radios': 'product-facts §3 (of the 909 / 910 / 912 only the 910 has Z-Wave)',
    'look.lockKey': 'product-facts M15 ("Press the \'Lock\' button once")',
    'look.programButton': 'product-facts M15 ("Press the Program button the number of times…")',
    'look.styles': 'product-facts M15 (the guide of the Weiser SmartCode 5 Contemporary, the Canadian 909) and M16 (the Weiser SmartCode 5 Traditional / Contemporary guide)',
    'codes.capacity': 'product-facts M15 ("A total of 8 user codes may be programmed")',
    'defaults.adminCode': 'inferred: no admin code — M15 places codes by Program presses and describes none, though M4 says "The use of a mastercode can help protect your system\'s settings" without a way to set one (not modelled)',
    'defaults.adminCodeAfterReset': 'inferred: no admin code, before or after a reset (M15 describes none; M4 mentions a mastercode without a way to set one — not modelled)',
    keypad: 'product-facts §3, M10, S7 (two digits per key)',
    'handing.trigger': 'product-facts M15 (hold Lock while installing the pack)',
    'signals.jammed': 'product-facts M4 (909 table)',
    'signals.programmingTimeout': 'product-facts M4 (lock beeps 2 times)',
    'signals.codeAccepted': 'product-facts M15 ("one green flash with one beep")',
    'signals.programmingFailed': 'product-facts M15 ("three red flashes with three beeps"); no Mastercode and no full memory: a code replaces the one at its position (M15, §3)',
    'signals.wrongCode': 'product-facts M4',
    'signals.lockout': 'product-facts M4',
    lockout: 'product-facts M4 (909: three incorrect codes within one minute → 60 second keypad lockout)',
    'timing.programmingTimeoutMs': 'product-facts M4 (909: "not to pause for more than 5 seconds")',
    'signals.lowBattery': 'product-facts M4',
    'reset.confirmPress': 'unverified: product-facts S3 (909: hold 30 s, then press once)',
    'signals.resetDone': 'product-facts K1 (Kwikset\'s SmartCode page: green, two beeps), S3 (909, unverified: "wait 15 seconds… green flash and… long beep"); conflict 1: the twin gives K1\'s at once, the decoder takes either',
    'timing.statusBlinkPeriodMs': 'product-facts M16 (Weiser SmartCode 5, the Canadian 909 (M15): switch 1, the LED "blinks every 5 seconds")',
    'timing.autoLockDelayMs': 'product-facts M16 (switch 2: "30 seconds after unlocking"), as K3 for the 913',
    'battery.lowBlinkIgnoresLedSwitch': 'product-facts M16 ("The low battery RED LED cannot be disabled")',
  },
  notes: [
    'Two digits per button: 1-3-5-7 and 2-4-6-8 are the same presses, so the lock refuses the second (product-facts §8).',
    'Deleting on these locks means overriding a slot with another code (product-facts §3, unverified).',
    'Door handing is started by hand: hold Lock while inserting the pack until the bolt moves (M15); it does not start by itself.',
  ],
};

export const SMARTCODE_910: ModelProfile = {
  ...SMARTCODE_909,
  id: 'smartcode-910',
  name: 'SmartCode 910 (Z-Wave)',
  family: 'SmartCode five-button (positional), Z-Wave',
  identifiers: ['910', 'SmartCode 910', '910 TRL ZW', '912 (same keypad, no radio)'],
  look: { keypad: 'buttons', radios: ['Z-Wave'], styles: [] },
  distinguish: 'The 909 keypad (two digits per button) with a Z-Wave module and 30 code slots.',
  codes: { ...SMARTCODE_909.codes, capacity: 30 },
  handing: { trigger: 'auto' },
  // Its handing runs by itself after a reset (G2), as the reset's signal then says, with the
  // sources' disagreement on the signal (product-facts conflict 1: K1, S10, G2).
  signals: { ...SMARTCODE_909.signals, resetDone: RESET_DONE_910 },
  // Kwikset's page for its SmartCode deadbolts (K3) against the Weiser SmartCode 5 guide (M16), the
  // 909's Canadian twin: no source is the 910's own, so the better-graded one, as the README's rule:
  // the 913's timings and pack behaviour whole.
  timing: SMARTCODE_913.timing,
  battery: SMARTCODE_913.battery,
  sources: {
    ...SMARTCODE_909.sources,
    'codes.capacity': 'product-facts G5 (910: 30 user codes)',
    'look.radios': 'product-facts §3 ("910 Z-Wave Plus"), G2, G5',
    'look.lockKey': 'inferred: the 909\'s keypad (product-facts §3 gives the 909 / 910 / 912 one keypad; its "Lock" button, M15)',
    'look.styles': 'unknown: no source names a style for it (M15 and M16, which name the 909\'s, are the Weiser SmartCode 5\'s guides)',
    'signals.codeAccepted': 'assumed: as the 909 (M15: "one green flash with one beep")',
    'signals.programmingFailed': 'assumed: as the 909 (M15: "three red flashes with three beeps"); no Mastercode and no full memory: a code replaces the one at its position (§3)',
    'handing.trigger': 'product-facts G2 (910: "After a few seconds, the lock will initiate the door handing process"); M15 describes the Lock-held gesture for the 909 / SmartCode 5',
    'timing.statusBlinkPeriodMs': 'product-facts K3 (Kwikset\'s SmartCode deadbolt page: every 6 seconds); the Weiser SmartCode 5 guide\'s 5 s (M16) is the 909\'s — K3 is the better-graded source (conflict 7)',
    'timing.autoLockDelayMs': SMARTCODE_913.sources['timing.autoLockDelayMs'],
    'battery.lowBlinkIgnoresLedSwitch': SMARTCODE_913.sources['battery.lowBlinkIgnoresLedSwitch'],
    'signals.resetDone': RESET_DONE_910_SOURCE,
  },
  notes: [
    ...SMARTCODE_909.notes.filter((n) => !n.startsWith('Door handing is started by hand')),
    'Door handing: the 910\'s own Z-Wave document (G2) says it starts by itself after a reset, so the 910 follows G2 rather than the 909\'s Lock-held gesture (M15).',
    'Status LED: every 6 s, its low-battery red dark with switch 1 off, as Kwikset\'s SmartCode page (K3) — not the Weiser SmartCode 5 guide (M16) the 909 follows; K3 is the better-graded source and M16 is not the 910\'s (conflict 7).',
    'Reset confirmation: the twin gives K1\'s green flash and two beeps; a page on the 913 has one beep 20 s after the press (S10, borrowed), the 910\'s Z-Wave document the status LED flashing green and red several times (G2) — product-facts conflict 1, named wherever the signal is told.',
    'The Z-Wave radio is not modelled yet; the 912 is taken to behave as the 910 without it (assumed).',
  ],
};
