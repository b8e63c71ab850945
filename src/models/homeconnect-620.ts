// Home Connect 620 (Z-Wave keypad): the Mastercode family with a 6 s programming timeout, its own
// alert table, and manual re-handing by the reset gesture released early — pack out, Program held
// while reinserting, released shortly after (red/green flash), one more press of Program
// (product-facts §4 [M8][G3]). Held the full 30 s, the same gesture resets the lock [G3].

import type { ModelProfile } from './profile.ts';
import { SMARTCODE_913 } from './smartcode-913.ts';
import { resetDoneHandingByHand, SMARTCODE_SIGNALS } from './signals-smartcode.ts';

export const HOMECONNECT_620: ModelProfile = {
  ...SMARTCODE_913,
  id: 'homeconnect-620',
  name: 'Home Connect 620 (Z-Wave)',
  family: 'SmartCode (Mastercode), Z-Wave',
  identifiers: ['620', 'Home Connect 620', '620TRL ZW700', 'HC620'],
  look: { keypad: 'buttons', radios: ['Z-Wave'], styles: [] },
  distinguish: 'A Home Connect keypad with Z-Wave; the reset gesture released early starts door handing instead (M8).',
  timing: { ...SMARTCODE_913.timing, programmingTimeoutMs: 6_000, entryTimeoutMs: 6_000 },
  handing: { trigger: 'program-tap-at-power-up' },
  signals: {
    ...SMARTCODE_SIGNALS,
    handingArmed: { color: 'red', altColor: 'green', count: 2, onMs: 250, offMs: 250, beeps: 0, meaning: 'status LED flashes red and green: press Program once more to learn the door handing' },
    lowBattery: { color: 'red', count: 0, onMs: 0, offMs: 0, solidMs: 3_500, beeps: 10, meaning: 'red with fast beeping for three to four seconds: low battery' },
    jammed: { color: 'red', count: 0, onMs: 0, offMs: 0, solidMs: 2_000, beeps: 8, longBeep: true, meaning: 'red with continuous beeping for two seconds: door jammed while locking' },
    handingFailed: { color: 'red', count: 0, onMs: 0, offMs: 0, solidMs: 5_000, beeps: 1, meaning: 'red once for 5 seconds with beeps: failed handing — re-hand manually' },
    resetDone: resetDoneHandingByHand(),
  },
  // product-facts §4, Home Connect 620: its installation sheet (M8), its Z-Wave document (G3), S12.
  documentedBy: ['§4', 'M8', 'G3', 'S12'],
  sources: {
    ...SMARTCODE_913.sources,
    'look.radios': 'product-facts §4 (Home Connect 620, a Z-Wave keypad), G3',
    'look.lockKey': 'assumed: Lock, as the 913 — product-facts §4 names no exterior key for it',
    'look.resetButton': 'product-facts G3 (hold Program 30 s while reinserting the pack: no Reset button)',
    'look.programButton': 'product-facts M8 ("Press and HOLD \'Program\' button"), G3',
    'look.keypad': 'assumed: ten buttons of one digit, as the 913 — product-facts §4 names a Z-Wave keypad, not its layout',
    'timing.programmingTimeoutMs': 'product-facts M8 (programming timeout after six seconds)',
    'timing.entryTimeoutMs': 'assumed: as the programming timeout',
    'handing.trigger': 'product-facts M8 (short hold at pack insertion, then press Program)',
    'reset.confirmPress': 'assumed: as the 913 (product-facts K1 step 3); G3 gives only the 30 s hold while the pack goes in',
    lockout: 'product-facts M8 (three incorrect codes within one minute → 60 second keypad lockout)',
    'signals.lockout': 'product-facts M8 (red ×15 + 15 beeps)',
    'signals.wrongCode': 'product-facts M8 (red ×3 + 3 beeps: incorrect code)',
    'signals.noUserCode': 'product-facts M8 (red ×3 + 3 beeps: no user code)',
    'signals.programmingTimeout': 'product-facts M8 (red ×3 + 3 beeps: "Programming timeout after six seconds")',
    'signals.programmingFailed': 'product-facts M8 (red ×3 + 3 beeps: unsuccessful programming)',
    'signals.resetDone': 'assumed: as the 913 (product-facts K1: green, two beeps); G3 and M8 give no reset signal',
    'signals.lowBattery': 'product-facts M8 ("red with fast beeping sound for three to four seconds"); the beep count: assumed (the guide gives no count)',
    'signals.jammed': 'product-facts M8 ("red with continuous beeping sound for two seconds"); the beep count: assumed (the guide gives no count)',
    'signals.handingFailed': 'product-facts M8',
    'signals.handingDone': 'product-facts M8 (LED flashes green; conflict 3: S12 says amber)',
  },
  notes: [...SMARTCODE_913.notes.slice(0, 1), 'Handing: by the reset gesture released early and one more press of Program (M8), not by itself.', 'The Z-Wave radio is not modelled yet.'],
};
