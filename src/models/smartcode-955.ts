// SmartCode 955: the programming-code menu — with no programming code set, Program pressed and
// released opens it (two beeps); with one, the code and Kwikset at the keypad do; 1 add, 2 delete,
// 6 enable/disable all user codes (key only), 7 a one-time code ("deleted immediately after
// used"); codes 4–8 digits, first four unique; reset by holding
// Program 30 s while powered (one long beep), then press and release (one short beep) — no battery
// pull (product-facts §7 [K4][K5][K6][K7]).

import type { ModelProfile } from './profile.ts';
import { SMARTCODE_275 } from './smartcode-275.ts';
import { programmingRefused, SMARTCODE_SIGNALS } from './signals-smartcode.ts';

export const SMARTCODE_955: ModelProfile = {
  ...SMARTCODE_275,
  id: 'smartcode-955',
  name: 'SmartCode 955',
  family: 'Programming-code menu (Program button)',
  identifiers: ['955', 'SmartCode 955', '955 SmartCode Touchpad Lever', 'Signature 955'],
  distinguish: 'A keypad lever/deadbolt whose Program button opens a numbered menu (two beeps) until a programming code is set; its reset is a 30 s hold of Program while powered.',
  menu: { add: '1', delete: '2', changeAdmin: '4', handing: null, disableAll: '6', deleteTwice: true, oneTime: '7', autoLock: null, autoLockDelay: null },
  programButton: 'menu-without-admin',
  look: { keypad: 'buttons', radios: [], styles: [] },
  codes: { ...SMARTCODE_275.codes, uniquePrefixLength: 4 },
  defaults: { ...SMARTCODE_275.defaults, adminCode: '', adminCodeAfterReset: '' },
  reset: { gesture: 'program-hold-powered', confirmPress: true, requiresBoltRetracted: false, forgetsHanding: true },
  signals: {
    ...SMARTCODE_SIGNALS,
    resetArmed: { color: 'red', count: 1, onMs: 500, offMs: 250, beeps: 1, longBeep: true, meaning: 'Program held 30 s: one long beep — press and release Program to reset' },
    resetDone: { color: 'green', count: 1, onMs: 250, offMs: 250, beeps: 1, meaning: 'one short beep: factory reset done' },
    menuEnter: { color: 'green', count: 1, onMs: 250, offMs: 250, beeps: 2, meaning: 'two beeps: programming menu open (1 add, 2 delete, 6 enable/disable codes)' },
    codeAccepted: { color: 'green', count: 1, onMs: 250, offMs: 250, beeps: 1, longBeep: true, meaning: 'one long beep, green: accepted' },
    programmingFailed: programmingRefused('programming code'),
  },
  sources: {
    ...SMARTCODE_275.sources,
    'look.radios': 'assumed: none — product-facts names no radio for it (§7)',
    'look.lockKey': 'product-facts K5 ("enter your programming code, then press Kwikset")',
    'look.resetButton': 'product-facts K4 ("Press and hold the program button for 30 seconds": no Reset button)',
    'look.programButton': 'product-facts K5 ("press and release the program button")',
    'look.keypad': 'assumed: buttons — product-facts names no touchscreen for it (§7)',
    'look.styles': 'unknown: no source names a style for it (the 275\'s Contemporary is in its own name, seed S12)',
    'codes.uniquePrefixLength': 'product-facts K7 (the first 4 digits of each user code must be unique)',
    'defaults.adminCode': 'product-facts K5 (a programming code is optional)',
    'defaults.adminCodeAfterReset': 'assumed: none after reset',
    'reset.confirmPress': 'product-facts K4 (press and release: one short beep)',
    'timing.resetHoldMs': 'product-facts K4 (30 seconds)',
    menu: 'product-facts K5, K6 (1 add, 2 delete, 6 enable/disable, 7 one-time); 4 change the programming code assumed, as the 264 (S5), the new code entered twice (assumed); after 6, 0 disables and 1 enables: assumed (the sources name the item, not the choice)',
    'signals.resetArmed': 'product-facts K4 (one long beep); the red flash: assumed (the page gives the beep only)',
    'signals.resetDone': 'product-facts K4 (one short beep); the green flash: assumed (the page gives the beep only)',
    'signals.menuEnter': 'product-facts K5 (two beeps)',
    'signals.codeAccepted': 'product-facts K5 (one long beep, flash green)',
  },
  notes: [
    'A one-time code (menu 7) takes a user slot and is deleted as it opens the lock (K5, K6); that it counts against the capacity, and that a new one replaces one not yet used, is assumed.',
    'Door handing of the 955 is not documented; automatic handing is assumed.',
  ],
};
