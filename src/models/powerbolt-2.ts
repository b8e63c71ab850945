// Powerbolt 2: Mastercode 0-0-0-0 and user code 1-2-3-4 out of the box; 6 user codes; each
// button carries two digits; Mastercode, Lock, 1 adds, 3 deletes; five wrong codes within a
// minute lock the keypad for 45 s; the Reset button held 5 s restores the defaults with three
// long beeps; handing by 0-0-0-0, Lock, 0, Lock (product-facts §5 [M10][M11][M12][K-mirror][S1]).

import type { ModelProfile } from './profile.ts';
import { POWERBOLT_264 } from './powerbolt-264.ts';
import { SMARTCODE_SIGNALS } from './signals-smartcode.ts';

export const POWERBOLT_2: ModelProfile = {
  ...POWERBOLT_264,
  id: 'powerbolt-2',
  name: 'Powerbolt 2',
  family: 'Powerbolt (Mastercode menu, Reset button)',
  adminCodeName: 'Mastercode',
  identifiers: ['Powerbolt 2', 'PowerBolt2', '907', 'Powerbolt 2.0'],
  distinguish: 'Older Powerbolt: buttons marked with two digits each, a Reset button inside; Mastercode 0000 and user code 1234 out of the box.',
  menu: { add: '1', delete: '3', changeAdmin: '5', handing: '0', disableAll: null, deleteTwice: false, oneTime: null, autoLock: null, autoLockDelay: null },
  codes: { capacity: 6, minLength: 4, maxLength: 10, adminMinLength: 4, adminMaxLength: 10, deleteAllCode: null, uniquePrefixLength: 0 },
  keypad: { ...POWERBOLT_264.keypad, digitsPerKey: 2, lockKeyLabel: 'Lock', unlockWith: 'lock-button' },
  lockout: { wrongAttempts: 5, windowMs: 60_000, durationMs: 45_000 },
  timing: { ...POWERBOLT_264.timing, programmingTimeoutMs: 10_000 },
  signals: {
    ...SMARTCODE_SIGNALS,
    handingFailed: { ...SMARTCODE_SIGNALS.handingFailed, meaning: 'door handing did not work: open the door, check the strike, then Mastercode, Lock, 0, Lock again' },
    codeAccepted: { color: 'green', count: 2, onMs: 250, offMs: 250, beeps: 2, meaning: 'two beeps: programming step accepted' },
    menuEnter: { color: 'green', count: 1, onMs: 250, offMs: 250, beeps: 1, meaning: 'one beep: Mastercode accepted — 1 add, 3 delete, 5 change the Mastercode (assumed), 0 door handing' },
    handingDone: { color: 'green', count: 1, onMs: 250, offMs: 250, beeps: 2, meaning: 'the bolt went out and back, two beeps: door handing learned' },
    unlocked: { color: 'green', count: 1, onMs: 250, offMs: 250, beeps: 2, meaning: 'two beeps: unlocking' },
    locked: { color: 'amber', count: 1, onMs: 250, offMs: 250, beeps: 1, meaning: 'one beep: locking' },
    lockout: { color: 'red', count: 5, onMs: 250, offMs: 250, beeps: 5, meaning: 'red ×5 with five beeps: five wrong codes within a minute — 45 s keypad lockout' },
    resetDone: { color: 'green', count: 1, onMs: 250, offMs: 250, beeps: 3, longBeep: true, meaning: 'three long beeps: Mastercode 0000 and user code 1234 restored' },
  },
  // product-facts §5, Powerbolt 2: its guides (M10, M11, M12), the Kwikset answer's copy (K-mirror),
  // the pages on it (S1, S21).
  documentedBy: ['§5', 'M10', 'M11', 'M12', 'K-mirror', 'S1', 'S21'],
  sources: {
    ...POWERBOLT_264.sources,
    'look.keypad': 'product-facts M10 ("Each keypad button represents two numbers")',
    'look.radios': 'assumed: none — product-facts names no radio for it (§5)',
    'look.lockKey': 'product-facts M10 ("Press the Lock Button once"), K-mirror ("Press the lock button"), S1 ("0–0–0–0–Lock–0–Lock")',
    'look.resetButton': 'product-facts M11 ("Press and hold the \'Reset\' button for 5 seconds")',
    'look.programButton': 'assumed: product-facts names no Program button for it (§5: programming at the keypad with the Mastercode, the reset on the Reset button)',
    'codes.capacity': 'product-facts K-mirror ("A total of 6 User Codes")',
    'codes.minLength': 'product-facts K-mirror (4–10 digits)',
    'codes.maxLength': 'product-facts K-mirror (4–10 digits)',
    keypad: 'product-facts M10 ("Each keypad button represents two numbers"; a code opens the lock with the Lock button after it: "Unlocking the Door — Enter your user code. Press the Lock Button once."); its button is "the lock button" (K-mirror "Press the lock button"; S1 "0–0–0–0–Lock–0–Lock")',
    lockout: 'product-facts M10 (five wrong in a minute → 45 s); window kept across the lockout: assumed (M10 does not say whether the minute starts again after the 45 s, so a wrong code right after it, the five still within the minute, locks again)',
    menu: 'product-facts K-mirror (1 add; 3 delete, the code entered once); 5 (change the Mastercode) assumed: the guide says to change the pre-set Mastercode but names no menu item, and the 264 family\'s 4 is the 3|4 key that already means delete here, so the next free key, 5|6 (see scenarios/powerbolt-2/menu-keys-two-digits.yaml)',
    'menu.changeAdmin': 'assumed: item 5 (see menu); the new code entered a second time to confirm it: assumed (S5 enters it once; the 913 confirms its Mastercode so, M1)',
    'defaults.adminCode': 'product-facts M12 (pre-set mastercode 0-0-0-0)',
    'defaults.adminCodeAfterReset': 'product-facts M11 (Mastercode 0-0-0-0 after reset)',
    'timing.resetHoldMs': 'product-facts M11 (Reset button 5 seconds)',
    'reset.confirmPress': 'product-facts M11 (three long beeps)',
    'handing.trigger': 'unverified: product-facts S1 (0000, Lock, 0, Lock)',
    'signals.lockout': 'product-facts M10',
    'signals.wrongCode': 'product-facts M10 ("One incorrect code entered: Keypad flashes red three times with three beeps")',
    'signals.menuEnter': 'product-facts K-mirror ("Press the lock button. You will hear one beep"); the green flash: assumed (the answer gives the beep only)',
    'signals.handingDone': 'unverified: product-facts S1 (beeps twice); the green flash: assumed (the page gives the beeps only)',
    'signals.unlocked': 'unverified: product-facts S21 (beep twice when it unlocks); the green flash: assumed (the page gives the beeps only)',
    'signals.locked': 'unverified: product-facts S21 (once when it locks); the amber flash: assumed (the page gives the beep only)',
    'timing.programmingTimeoutMs': 'unverified: product-facts S1 ("wait 10 seconds until you hear three beeps")',
    'signals.codeAccepted': 'product-facts K-mirror (two beeps); the green flashes: assumed (the answer gives the beeps only)',
    'signals.resetDone': 'product-facts M11 (three long beeps); the green flash: assumed (its guide gives the beeps only)',
  },
  notes: ['The one-time user code (K-mirror) is not modelled yet.', 'Wrong code: red ×3 with three beeps (M10).'],
};
