// Powerbolt 264 (and its SKU 92640-001): the programming-code menu at the keypad; out of the box
// programming code 0-0-0-0 and user code 1-2-3-4; codes 4–10 digits; the Reset button held 5 s
// restores those defaults with three long beeps; success green ×2 + 2 beeps, failure red ×3 + 3
// beeps (product-facts §7 [S5][S-greenyplace], §5 [M11]). Seed S14: the 92640-001 resets like
// the standard Powerbolt line, and its keypad wants firm, deliberate presses — a light tap can go
// unregistered; that is the keypad's force threshold below, physics rather than firmware.

import type { ModelProfile } from './profile.ts';
import { SMARTCODE_913 } from './smartcode-913.ts';
import { programmingRefused, SMARTCODE_SIGNALS } from './signals-smartcode.ts';
import { PROGRAMMING_CODE_FAMILY_DOCUMENTS } from './smartcode-275.ts';

const FLASH_MS = 250; // assumed
export const FIRM_KEYPAD_MIN_FORCE_N = 3.0; // assumed: above a light tap (2.5 N), below a firm press (6 N)

export const POWERBOLT_264: ModelProfile = {
  ...SMARTCODE_913,
  id: 'powerbolt-264',
  name: 'Powerbolt 264',
  family: 'Powerbolt (programming-code menu, Reset button)',
  adminCodeName: 'programming code',
  identifiers: ['264', 'Powerbolt 264', '264 series', '2640', '92640'],
  distinguish:
    'Powerbolt keypad with a Kwikset button and a separate Reset button on the interior; ships with programming code 0000 and user code 1234. The 92640-001 SKU is the same lock with a stiffer keypad.',
  programming: 'programming-code-menu',
  menu: { add: '1', delete: '2', changeAdmin: '4', handing: '0', disableAll: null, deleteTwice: true, oneTime: null, autoLock: null, autoLockDelay: null },
  programButton: 'nothing',
  slotSelection: null,
  codes: { capacity: 30, minLength: 4, maxLength: 10, adminMinLength: 4, adminMaxLength: 10, deleteAllCode: null, uniquePrefixLength: 0 },
  defaults: { adminCode: '0000', adminCodeAfterReset: '0000', userCodes: { 1: '1234' }, userCodesAfterReset: { 1: '1234' }, switches: [true, false, true, false] },
  timing: { ...SMARTCODE_913.timing, resetHoldMs: 5_000 },
  reset: { gesture: 'reset-button', confirmPress: false, requiresBoltRetracted: false, forgetsHanding: true },
  handing: { trigger: 'menu' },
  signals: {
    ...SMARTCODE_SIGNALS,
    handingFailed: { ...SMARTCODE_SIGNALS.handingFailed, meaning: 'door handing did not work: open the door, check the strike, then programming code, Kwikset, 0, Kwikset again' },
    codeAccepted: { color: 'green', count: 2, onMs: FLASH_MS, offMs: FLASH_MS, beeps: 2, meaning: 'programming step accepted (green ×2, two beeps)' },
    programmingFailed: programmingRefused('programming code'),
    resetDone: { color: 'green', count: 1, onMs: FLASH_MS, offMs: FLASH_MS, beeps: 3, longBeep: true, meaning: 'reset: three long beeps; programming code 0000 and user code 1234 restored' },
    menuEnter: { color: 'green', count: 1, onMs: FLASH_MS, offMs: FLASH_MS, beeps: 1, meaning: 'programming menu open: 1 add, 2 delete, 4 change programming code, 0 door handing' },
  },
  documentedBy: PROGRAMMING_CODE_FAMILY_DOCUMENTS,
  sources: {
    ...SMARTCODE_913.sources,
    'look.radios': 'assumed: none — product-facts names no radio for it (§7)',
    'look.lockKey': 'unverified: product-facts S5 ("Press \'Kwikset\' then \'4\' then \'Kwikset\'")',
    'look.resetButton': 'unverified: product-facts S5 ("Press and hold the Reset button for 5 seconds")',
    'look.programButton': 'assumed: product-facts names no Program button for the 264 (§7 gives its reset on the Reset button, S5)',
    'look.keypad': 'assumed: buttons — product-facts names no touchscreen for it (§7)',
    'codes.capacity': 'assumed: 264 capacity not found (product-facts "Not found")',
    'codes.minLength': 'unverified: product-facts S5 (4–10 digits)',
    'codes.maxLength': 'unverified: product-facts S5 (4–10 digits)',
    'defaults.adminCode': 'unverified: product-facts S5 (default programming code 0-0-0-0)',
    'defaults.adminCodeAfterReset': 'unverified: product-facts S5 (0-0-0-0 restored)',
    'timing.resetHoldMs': 'unverified: product-facts S5, M11 (Reset button 5 seconds)',
    'reset.confirmPress': 'unverified: product-facts S5, M11 (three long beeps, no confirming press)',
    'handing.trigger': 'assumed: as Powerbolt 2 (0000, Lock, 0, Lock — product-facts S1); seed S14 (resets like the Powerbolt line)',
    menu: 'unverified: product-facts S5 (Kwikset, 4, Kwikset changes the code; the new code entered once — the twin asks it twice, assumed), §9 (1 add, 2 delete)',
    'menu.changeAdmin': 'unverified: product-facts S5 ("Enter your existing PC. Press \'Kwikset\' then \'4\' then \'Kwikset\'. Enter a new PC."); the new code entered a second time to confirm it: assumed (S5 enters it once; the 913 confirms its Mastercode so, M1)',
    lockout: 'assumed: 264 lockout not found; as the SmartCode',
    'timing.programmingTimeoutMs': 'assumed: as the 913 (product-facts M1, the 913/914 guide: five seconds); not documented for this model',
    keypad: 'seed S14 (92640-001 wants firm presses); force values assumed',
    'signals.codeAccepted': 'unverified: product-facts S5 (green ×2, 2 beeps)',
    'signals.resetDone': 'unverified: product-facts S5, M11 (three long beeps); the green flash: assumed (the sources give the beeps only)',
    'signals.menuEnter': 'assumed: one beep as the Powerbolt 2 (product-facts K-mirror: "Press the lock button. You will hear one beep"); no 264 source gives the menu-open signal',
    'signals.lockout': 'assumed: as the SmartCode (product-facts M4, the 909 table: red ×15 + 15 beeps)',
    'signals.jammed': 'assumed: as the SmartCode (product-facts M4, the 909 table: red ×1 + 1 beep)',
    'signals.lowBattery': 'assumed: as the SmartCode (product-facts M4, the 909 table: red ×10 + 10 beeps)',
    'timing.statusBlinkPeriodMs': 'assumed: as the SmartCode (product-facts K3, a SmartCode page: every 6 seconds)',
  },
  notes: [
    'The 264 Reset-button reset is taken from the Powerbolt 2 and the quoted 264 answers (product-facts §5, §7); seed S14 says the 92640-001 resets like the standard Powerbolt line.',
    'The Powerbolt reset restores the default codes rather than emptying the store (1234 works again after it).',
  ],
};

export const POWERBOLT_92640_001: ModelProfile = {
  ...POWERBOLT_264,
  id: 'powerbolt-92640-001',
  name: 'Powerbolt 264 — SKU 92640-001',
  identifiers: ['92640-001', '92640', '264', 'Powerbolt 264'],
  distinguish: 'The 92640-001 SKU of the 264: same programming and Reset button; its keypad needs a firm, deliberate press (seed S14).',
  keypad: { ...POWERBOLT_264.keypad, minForceN: FIRM_KEYPAD_MIN_FORCE_N },
  sources: { ...POWERBOLT_264.sources, keypad: 'seed S14 (press firmly; a light tap can go unregistered); force threshold assumed' },
  notes: [...POWERBOLT_264.notes, 'Seed S14: "its keypad sensitivity can run slightly higher — press buttons firmly and deliberately rather than tapping lightly".'],
};
