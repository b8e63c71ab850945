// SmartCode / Contemporary 275: the programming-code menu family. The lock ships with a
// programming code printed on its programming tag; once personalised the tag's code stops
// working; after a factory reset the programming code is 0-0-0-0 (seed S12). Resets with the
// same interior button hold as the 913 (seed S12, S8), the one Kwikset's reset page for every
// SmartCode deadbolt gives, with its confirming press and green flash and two beeps (product-facts
// K1: its own, smartcode-pages.ts). Menu digits from the 955/264 family (product-facts §7 [K5][K6][K7], §9).
// Its style is in its name: Contemporary (seed S12).

import type { ModelProfile } from './profile.ts';
import { SMARTCODE_DEADBOLT_PAGES } from './smartcode-pages.ts';
import { programmingRefused, SMARTCODE_SIGNALS, SMARTCODE_SIGNAL_SOURCES } from './signals-smartcode.ts';
import { SMARTCODE_913 } from './smartcode-913.ts';

/** product-facts §7, the "Programming Code" family (264, 275, 955, 917): the 955's pages (K4–K7),
 * the quoted 264 answers (S5, S-greenyplace), the 917's capacity (S19). */
export const PROGRAMMING_CODE_FAMILY_DOCUMENTS: readonly string[] = ['§7', 'K4', 'K5', 'K6', 'K7', 'S5', 'S-greenyplace', 'S19'];

export const SMARTCODE_275: ModelProfile = {
  ...SMARTCODE_913,
  id: 'smartcode-275',
  name: 'SmartCode / Contemporary 275',
  family: 'Programming-code menu',
  adminCodeName: 'programming code',
  identifiers: ['275', 'SmartCode 275', 'Contemporary 275', '275 CNT', 'Contemporary Electronic Deadbolt'],
  programming: 'programming-code-menu',
  menu: { add: '1', delete: '2', changeAdmin: '4', handing: null, disableAll: null, deleteTwice: true, oneTime: null, autoLock: null, autoLockDelay: null },
  programButton: 'nothing',
  look: { keypad: 'buttons', radios: [], styles: ['Contemporary'] },
  codes: {
    capacity: 30,
    minLength: 4,
    maxLength: 8,
    adminMinLength: 4,
    adminMaxLength: 8,
    deleteAllCode: null,
    uniquePrefixLength: 0,
  },
  defaults: {
    adminCode: 'tag',
    adminCodeAfterReset: '0000',
    userCodes: {},
    userCodesAfterReset: {},
    switches: [true, false, true, false],
  },
  distinguish: 'Contemporary styling; ships with a programming tag (a printed code). Programming opens at the keypad: programming code, then the Kwikset button. The 913 instead needs the interior Program button.',
  signals: {
    ...SMARTCODE_SIGNALS,
    codeAccepted: { ...SMARTCODE_SIGNALS.codeAccepted, meaning: 'programming step accepted (one long beep, green)' },
    programmingFailed: programmingRefused('programming code'),
  },
  documentedBy: [...PROGRAMMING_CODE_FAMILY_DOCUMENTS, ...SMARTCODE_DEADBOLT_PAGES],
  sources: {
    ...SMARTCODE_913.sources,
    'look.radios': 'assumed: none — product-facts names no radio for it (§7)',
    'look.lockKey': 'assumed: Kwikset, as the menu family (product-facts §7: the 955 presses Kwikset [K5], the 264 [S5]); no source names the 275\'s key',
    'look.resetButton': 'seed S12 (the same interior button-hold reset as the 913\'s, on the Program button: no Reset button)',
    'look.programButton': 'seed S12 (the 913\'s interior button-hold reset)',
    'look.keypad': 'assumed: buttons — product-facts names no touchscreen for it (§7)',
    'look.styles': 'seed S12 (the "SmartCode/Contemporary 275")',
    'codes.capacity': 'assumed: seed S4 (SmartCode models hold up to 30); 275 capacity not found',
    'codes.minLength': 'product-facts K7 (955 family: 4–8 digits)',
    'codes.maxLength': 'product-facts K7 (955 family: 4–8 digits)',
    'codes.deleteAllCode': 'none: the menu family deletes one code at a time',
    'menu.changeAdmin': 'assumed: item 4 as the 264 (product-facts S5); the new code entered a second time to confirm it: assumed (S5 enters it once; the 913 confirms its Mastercode so, M1)',
    'defaults.adminCode': 'seed S12 (programming tag code until personalised)',
    'defaults.adminCodeAfterReset': 'seed S12 (0-0-0-0 after reset)',
    'reset.confirmPress': 'seed S12 (same interior button hold as the 913); product-facts K1 step 3 (the SmartCode deadbolt reset page, written for the line: the confirming press)',
    'timing.handingStartDelayMs': 'assumed: 275 handing not documented (product-facts "Not found"); as the 913',
    'handing.trigger': 'assumed: as the 913 (product-facts G1/G2, seed S16: by itself after a reset); not documented for this model',
    lockout: 'assumed: as the 913 (product-facts S4, M4: 3 wrong in a minute → 60 s); not documented for this model',
    'timing.programmingTimeoutMs': 'assumed: as the 913 (product-facts M1, the 913/914 guide: five seconds); not documented for this model',
    ...SMARTCODE_SIGNAL_SOURCES,
    'signals.menuEnter': 'assumed: as the 955 (product-facts K5: two beeps when programming opens)',
    'signals.codeAccepted': 'assumed: as the 955 (product-facts K5: one long beep, flash green)',
    'signals.resetDone': 'product-facts K1 step 3 (the SmartCode deadbolt reset page: green, two beeps); the 275\'s reset claim gives the hold, not the signal',
  },
  notes: [
    'Menu: programming code, Kwikset (Lock), then 1 add, 2 delete, 4 change programming code — digits from the 955/264 family (K5, §9); the 275 itself is not documented there.',
    'The programming tag is printed per lock; give it with `given: { tag: "…" }` or the twin draws one from the seed.',
    'Door handing, capacity and lockout are not documented for the 275 (product-facts "Not found"): taken from the 913 and marked assumed.',
  ],
};
