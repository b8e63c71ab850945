// Powerbolt 250: a keypad deadbolt of the Powerbolt line, programmed through a numbered menu that
// the interior programming button opens (Program, digit, Kwikset [S2]) and that the Mastercode
// opens at the keypad — so that, knowing the Mastercode, a user code can be deleted by a keypad
// sequence without a reset while the other codes stay (seed S11). Its own reset: the programming
// button held 15 s with the bolt retracted, a long beep, one more press (product-facts M9). Its
// signal table: green ×2 unlock, amber ×2 lock, red ×10 low battery, red/white alternating ×5
// jam, red ×15 after 3 wrong codes (M9).

import type { ModelProfile } from './profile.ts';
import { SMARTCODE_913 } from './smartcode-913.ts';
import { SMARTCODE_SIGNALS } from './signals-smartcode.ts';

const FLASH_MS = 250; // assumed

/** The auto-lock delays its menu offers, by key 1–5 (product-facts M9: "1 30 seconds, 2 1 minute,
 * 3 3 minutes, 4 5 minutes, 5 10 minutes"). */
const AUTO_LOCK_CHOICES_MS = [30_000, 60_000, 180_000, 300_000, 600_000] as const;

export const POWERBOLT_250: ModelProfile = {
  ...SMARTCODE_913,
  id: 'powerbolt-250',
  name: 'Powerbolt 250',
  family: 'Powerbolt (programming-button menu)',
  identifiers: ['250', 'Powerbolt 250', 'PowerBolt 250', '250 keypad deadbolt'],
  distinguish:
    'Powerbolt styling with a single Kwikset button under the keypad; the interior programming button opens a numbered menu (Program, 1, Kwikset adds a code). Its reset is a 15 s hold of that button with the bolt retracted — no battery pull. The 264 has a separate Reset button instead.',
  programming: 'programming-code-menu',
  menu: {
    add: '1',
    delete: '2',
    changeAdmin: '3',
    handing: '0',
    disableAll: '6',
    deleteTwice: true,
    oneTime: null,
    autoLock: '7',
    autoLockDelay: { item: '8', choicesMs: AUTO_LOCK_CHOICES_MS },
  },
  programButton: 'menu-without-admin',
  lockButtonNeedsCodes: true,
  slotSelection: null,
  codes: { capacity: 25, minLength: 4, maxLength: 8, adminMinLength: 4, adminMaxLength: 8, deleteAllCode: null, uniquePrefixLength: 0 },
  defaults: { adminCode: '', adminCodeAfterReset: '', userCodes: {}, userCodesAfterReset: {}, switches: [true, false, true, false] },
  timing: { ...SMARTCODE_913.timing, resetHoldMs: 15_000 },
  reset: { gesture: 'program-hold-powered', confirmPress: true, requiresBoltRetracted: true, forgetsHanding: true },
  handing: { trigger: 'menu' },
  signals: {
    ...SMARTCODE_SIGNALS,
    handingFailed: { ...SMARTCODE_SIGNALS.handingFailed, meaning: 'door handing did not work: open the door, check the strike, then Program, 0, Kwikset again' },
    unlocked: { color: 'green', count: 2, onMs: FLASH_MS, offMs: FLASH_MS, beeps: 1, meaning: 'correct code: unlocking (green ×2)' },
    locked: { color: 'amber', count: 2, onMs: FLASH_MS, offMs: FLASH_MS, beeps: 1, meaning: 'locking (amber ×2)' },
    jammed: { color: 'red', altColor: 'white', count: 5, onMs: FLASH_MS, offMs: FLASH_MS, beeps: 0, meaning: 'stuck or jammed bolt: alternating red/white ×5' },
    resetArmed: { color: 'red', count: 0, onMs: 0, offMs: 0, solidMs: 1_000, beeps: 1, longBeep: true, meaning: 'programming button held 15 s: long beep; press it once more to reset' },
    resetDone: { color: 'green', count: 1, onMs: 500, offMs: FLASH_MS, beeps: 1, meaning: 'factory reset done (green ×1): codes erased; the lock works with the key only until codes are added' },
    menuEnter: { color: 'green', count: 1, onMs: FLASH_MS, offMs: FLASH_MS, beeps: 1, meaning: 'programming menu open: 1 add, 2 delete, 3 Mastercode, 6 disable/enable codes, 0 door handing' },
  },
  // product-facts §6, Powerbolt 250: its guide (M9) and the pages on it (S2, S20).
  documentedBy: ['§6', 'M9', 'S2', 'S20'],
  sources: {
    ...SMARTCODE_913.sources,
    'look.radios': 'assumed: none — product-facts names no radio for it (§6)',
    'look.lockKey': 'unverified: product-facts S2 (Program → "0" → Kwikset button)',
    'look.resetButton': 'product-facts M9 ("PRESS and HOLD programming button for 15 seconds": no Reset button)',
    'look.programButton': 'product-facts M9 (the programming button)',
    'look.keypad': 'assumed: buttons — product-facts names no touchscreen for it (§6)',
    'codes.capacity': 'unverified: product-facts S2 ("up to 25 User Codes"); S20 says 30 (spam, conflict 6)',
    'codes.minLength': 'assumed: 4–8 as the SmartCode (product-facts M14, the 888/913 guide: "between 4 and 8 digits"); its own guide gives no length',
    'codes.maxLength': 'assumed: 4–8 as the SmartCode (product-facts M14, the 888/913 guide: "between 4 and 8 digits"); its own guide gives no length',
    'defaults.adminCode': 'assumed: no Mastercode until one is set',
    'defaults.adminCodeAfterReset': 'product-facts M9 ("change all programming to factory settings")',
    'timing.resetHoldMs': 'product-facts M9 (hold the programming button 15 seconds)',
    'timing.programmingTimeoutMs': 'assumed: as the 913 (product-facts M1, the 913/914 guide: five seconds); not documented for this model',
    'reset.confirmPress': 'product-facts M9 ("Press programming button once more")',
    'reset.requiresBoltRetracted': 'product-facts M9 ("Lock must be in a unlocked position")',
    lockButtonNeedsCodes: 'product-facts M9 (after a reset: key only; all codes disabled: all electronic functions disabled)',
    'handing.trigger': 'unverified: product-facts S2 (Program, 0, Kwikset) and M9 (rehanding via the programming button)',
    menu: 'unverified: product-facts S2 (1 add, 0 handing); 6 disable/enable user codes and 8 auto-lock delay from M9\'s own pages ("Press number 6" under Enable/Disable User Codes, "Press number 8" beside the steps of Change Auto-Lock Time Delay: the page\'s text is out of order, so the pairing is read, not printed); 2 delete and 3 Mastercode assumed from the 955 menu (K6) and seed S11; 7 auto-lock on/off assumed (M9 has the section, Enable/Disable Auto-Lock, but its number is not in the text found); after 6, 0 disables and 1 enables: assumed (the sources name the item, not the choice)',
    'menu.changeAdmin': 'assumed: item 3 from the 955 menu (K6) and seed S11; the new code entered a second time to confirm it: assumed (S5 enters it once; the 913 confirms its Mastercode so, M1)',
    'menu.autoLockDelay': 'product-facts M9 (Change Auto-Lock Time Delay: the programming button, the item, Kwikset, a button 1–5 for 30 s, 1, 3, 5 or 10 min, Kwikset)',
    'menu.autoLock': 'product-facts M9 (Enable/Disable Auto-Lock by the programming button: "Repeat the programming steps to disable the auto-lock"); its item number, 7, assumed',
    lockout: 'product-facts M9 ("Exceed 3 incorrect User Code attempts — RED×15"); the minute\'s window and the lockout\'s length: assumed (as the SmartCode; its guide gives neither)',
    'signals.unlocked': 'product-facts M9 (GREEN×2); the beep: assumed (its guide gives the light only)',
    'signals.locked': 'product-facts M9 (AMBER×2); the beep: assumed (its guide gives the light only)',
    'signals.jammed': 'product-facts M9 (alternate RED/WHITE flash ×5)',
    'signals.resetArmed': 'product-facts M9 ("The lock will have a long beep"); the red light: assumed (its guide gives the long beep only)',
    'signals.resetDone': 'product-facts M9 (factory reset success GREEN×1); the beep: assumed (its guide gives the light only)',
    'signals.codeAccepted': 'product-facts M9 (programming success GREEN×1); the long beep: assumed (its guide gives the light only)',
    'signals.programmingFailed': 'product-facts M9 (programming fail RED×3); the beeps: assumed (its guide gives the light only)',
    'signals.lowBattery': 'product-facts M9 (RED×10); the beeps: assumed (its guide gives the light only)',
    'signals.menuEnter': 'assumed: one beep as the Powerbolt 2 (product-facts K-mirror: "Press the lock button. You will hear one beep"); the 250\'s own guide and third-party page give no menu-open signal',
    'timing.statusBlinkPeriodMs': 'assumed: as the SmartCode (product-facts K3, a SmartCode page: every 6 seconds)',
    'signals.lockout': 'product-facts M9 ("Exceed 3 incorrect User Code attempts — RED×15"); the beeps: assumed (its guide gives the light only)',
    'signals.wrongCode': 'product-facts M9 (incorrect code RED×3); the beeps: assumed (its guide gives the light only)',
  },
  notes: [
    'Seed S11: knowing the Mastercode, a user code is deleted at the keypad (Mastercode, Kwikset, 2, Kwikset, code, Kwikset, code, Kwikset) and the others stay — no reset. The exact 250 keypad sequence is not documented; the twin uses the menu family order (product-facts §9).',
    'Auto-lock is a menu setting on the 250, not switch 2 (its guide shows no switches): Program, 7, Kwikset turns it on and the same again off (the 7 is assumed); Program, 8, Kwikset, a button 1–5, Kwikset chooses 30 s, 1, 3, 5 or 10 min (M9). Both are kept with the codes, survive a battery change and go back to off, 30 s at a factory reset ("change all programming to factory settings", M9).',
    'The interior programming button opens the menu only while no Mastercode is set; once one is, the Mastercode is needed (seed S2, and S11: "if you still know your Mastercode" — otherwise only a reset helps).',
    'With no user codes, or all disabled, the Kwikset button does nothing: "the lock can only be locked or unlocked manually with the key" (M9).',
    'Capacity: 25 (S2, unverified) against 30 (S20, spam); the twin takes 25.',
  ],
};
