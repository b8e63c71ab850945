// The SmartCode keypad's light-and-sound vocabulary, shared by the keypad SmartCode models.
// Sources: product-facts §1 (913/914 [M1][M2][M14][K1][K3]), §3 (909 alert table [M4]),
// §4 (620 handing failure [M8]). Each entry's `meaning` is what the decoder says.

import type { SignalName, SignalPattern } from './profile.ts';

const FLASH_ON_MS = 250; // assumed: one visible flash
const FLASH_OFF_MS = 250; // assumed
const FAST_ON_MS = 150; // assumed: the 15-flash lockout signal is quicker
const FAST_OFF_MS = 150; // assumed
export const HANDING_FAIL_SOLID_MS = 5_000; // product-facts M8: "LED remains solid red for 5 seconds"

/** Programming refused, red ×3 and three beeps, with the causes the model can have: its admin code
 * by its own name — none on the positional 909/910 and 240, where a code written to a position
 * replaces the one there, so their memory is never full either (product-facts §3 [M15], §5 [M13]). */
export function programmingRefused(adminCodeName: 'Mastercode' | 'programming code' | null): SignalPattern {
  const causes = adminCodeName === null
    ? 'duplicate or invalid code, or door handing not done'
    : `wrong ${adminCodeName}, duplicate or invalid code, memory full, or door handing not done`;
  return { color: 'red', count: 3, onMs: FLASH_ON_MS, offMs: FLASH_OFF_MS, beeps: 3, meaning: `programming refused (${causes})` };
}

/** The reset's green flash and two beeps (K1) where door handing does not run by itself after
 * it: the 909 learns its handing by Lock held while the pack goes in (M15), the 620 by the reset
 * gesture released early (M8). The signal is the same; what it tells the owner to expect is not. */
export function resetDoneHandingByHand(): SignalPattern {
  return { ...SMARTCODE_SIGNALS.resetDone, meaning: 'factory reset done: every code erased; door handing is a step of its own (it does not start by itself)' };
}

/** The Mastercode sequence's green flash and beep after setting it (product-facts M1) and after
 * clearing it (S14; the same light assumed): the light alone cannot tell which, so the signal's
 * meaning names both; where the lock's own event beside it tells, the one it tells is said
 * (troubleshoot/event-told-advice.ts). */
export const MASTERCODE_SET_MEANING = 'Mastercode sequence done: set, and Program now asks for it';
export const MASTERCODE_CLEARED_MEANING = 'Mastercode sequence done: cleared, and Program no longer asks for it';

export const SMARTCODE_SIGNALS: Record<SignalName, SignalPattern> = {
  unlocked: { color: 'green', count: 1, onMs: FLASH_ON_MS, offMs: FLASH_OFF_MS, beeps: 1, meaning: 'correct code: unlocking' },
  locked: { color: 'amber', count: 1, onMs: FLASH_ON_MS, offMs: FLASH_OFF_MS, beeps: 1, meaning: 'locking' },
  codeAccepted: { color: 'green', count: 1, onMs: FLASH_ON_MS, offMs: FLASH_OFF_MS, beeps: 1, longBeep: true, meaning: 'programming step accepted' },
  programmingFailed: programmingRefused('Mastercode'),
  programmingTimeout: { color: 'red', count: 3, onMs: FLASH_ON_MS, offMs: FLASH_OFF_MS, beeps: 3, meaning: 'programming timed out: no key for 5 seconds' },
  wrongCode: { color: 'red', count: 3, onMs: FLASH_ON_MS, offMs: FLASH_OFF_MS, beeps: 3, meaning: 'incorrect code (or no user code programmed)' },
  noUserCode: { color: 'red', count: 3, onMs: FLASH_ON_MS, offMs: FLASH_OFF_MS, beeps: 3, meaning: 'no user code is programmed' },
  lockout: { color: 'red', count: 15, onMs: FAST_ON_MS, offMs: FAST_OFF_MS, beeps: 15, meaning: 'three wrong codes within a minute: keypad locked for 60 seconds' },
  lowBattery: { color: 'red', count: 10, onMs: FAST_ON_MS, offMs: FAST_OFF_MS, beeps: 10, meaning: 'low battery: replace the batteries' },
  jammed: { color: 'red', count: 1, onMs: 1_000, offMs: FLASH_OFF_MS, beeps: 1, meaning: 'bolt jammed while moving: check the door and strike, then lock manually' },
  handingFailed: { color: 'red', count: 0, onMs: 0, offMs: 0, solidMs: HANDING_FAIL_SOLID_MS, beeps: 0, meaning: 'door handing did not work: open the door, check the strike, then pull and reinsert the battery pack' },
  handingDone: { color: 'green', count: 1, onMs: 500, offMs: FLASH_OFF_MS, beeps: 0, meaning: 'door handing learned: the lock is ready for codes' },
  handingArmed: { color: 'green', count: 2, onMs: FLASH_ON_MS, offMs: FLASH_OFF_MS, beeps: 0, meaning: 'status LED flashes red and green: press Program once more to learn the door handing' },
  slotSelected: { color: 'green', count: 1, onMs: 100, offMs: 100, beeps: 1, meaning: 'Program pressed: one slot further' },
  resetArmed: { color: 'red', count: 1, onMs: 500, offMs: FLASH_OFF_MS, beeps: 1, meaning: 'Program held 30 s at power-up: press Program once more to confirm the factory reset' },
  resetArmedReminder: { color: 'red', count: 1, onMs: FLASH_ON_MS, offMs: FLASH_OFF_MS, beeps: 0, meaning: 'half-finished reset: waiting for the confirming press of Program' },
  resetDone: { color: 'green', count: 1, onMs: 500, offMs: FLASH_OFF_MS, beeps: 2, meaning: 'factory reset done: every code erased; door handing follows' },
  programEnter: { color: 'green', count: 1, onMs: FLASH_ON_MS, offMs: FLASH_OFF_MS, beeps: 1, meaning: 'programming mode (no Mastercode): enter a code, then Lock' },
  programEnterAuth: { color: 'green', count: 1, onMs: FLASH_ON_MS, offMs: FLASH_OFF_MS, beeps: 3, meaning: 'Mastercode enabled: enter it, then Lock' },
  menuEnter: { color: 'green', count: 1, onMs: FLASH_ON_MS, offMs: FLASH_OFF_MS, beeps: 2, meaning: 'programming menu open: 1 add, 2 delete, 4 change programming code' },
  mastercodeSetEnter: { color: 'green', count: 1, onMs: 500, offMs: FLASH_OFF_MS, beeps: 0, meaning: 'Mastercode programming: enter the new Mastercode, then Lock' },
  mastercodeSet: { color: 'green', count: 1, onMs: FLASH_ON_MS, offMs: FLASH_OFF_MS, beeps: 1, meaning: `${MASTERCODE_SET_MEANING} — or cleared, and it no longer does` },
  exteriorDisconnected: { color: 'red', count: 0, onMs: 0, offMs: 0, beeps: 1, longBeep: true, meaning: 'the lock beeps on and on, no light: the interior assembly is disconnected from the exterior (keypad) one' },
};

export const SMARTCODE_SIGNAL_SOURCES: Record<string, string> = {
  'signals.unlocked': 'product-facts K3 (blinking green = unlocked); the beep: assumed (the page gives the light only)',
  'signals.locked': 'product-facts K3 (blinking amber = locked); the beep: assumed (the page gives the light only)',
  'signals.codeAccepted': 'product-facts M14 (green once, one long beep)',
  'signals.programmingFailed': 'product-facts M1, M14 (red ×3, 3 beeps)',
  'signals.programmingTimeout': 'product-facts M1 (three beeps, red flashing)',
  'signals.wrongCode': 'product-facts M4 (909 table: red ×3 + 3 beeps = one incorrect code)',
  'signals.noUserCode': 'product-facts M4 (909 table: red ×3 + 3 beeps = no user code)',
  'signals.lockout': 'product-facts M4, S4 (red ×15 + 15 beeps)',
  'signals.lowBattery': 'product-facts M4 (909: red ×10 + 10 beeps)',
  'signals.jammed': 'product-facts M4 (909: red ×1 + 1 beep = door jammed while locking)',
  'signals.handingFailed': 'product-facts K3 (solid red = handing failed), M8 (5 s)',
  'signals.handingDone': 'product-facts M8 (620: success, LED flashes green)',
  'signals.handingArmed': 'product-facts M8 (620: the status LED will flash red and green)',
  'signals.slotSelected': 'assumed (909: Program pressed once per slot position, M15)',
  'signals.resetArmed': 'seed S8, product-facts K1 (beeps, status LED flashes red)',
  'signals.resetArmedReminder': 'assumed: seed S24 says the half-finished state shows; the cadence follows the 6 s status blink (K3)',
  'signals.resetDone': 'product-facts K1 (green, two beeps)',
  'signals.programEnter': 'seed S19 (beep/flash); the colour and count: assumed (the claim names a beep and a flash only)',
  'signals.programEnterAuth': 'product-facts M1, M14 (three beeps, green)',
  'signals.menuEnter': 'product-facts K5 (955: two beeps)',
  'signals.mastercodeSetEnter': 'product-facts M1 (hold until the keypad flashes green)',
  'signals.mastercodeSet': 'product-facts M1 ("keypad will flash green once with one beep"); the same for clearing it: assumed (the guide gives it for setting only)',
  'signals.exteriorDisconnected': 'product-facts M5, M6 (915/916: "Lock beeps continuously — Interior assembly is disconnected from exterior"); drawn as one long beep at a time, no light',
};
