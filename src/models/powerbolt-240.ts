// Powerbolt 240 (9240 / 53733-001): 12 user codes chosen by slot — Program, slot number,
// Kwikset, code, Kwikset; the first four digits of each code must be unique; 5 s timeout
// (product-facts §5 [M13]). Reset and handing are not documented: the SmartCode's are assumed.

import type { ModelProfile } from './profile.ts';
import { SMARTCODE_913 } from './smartcode-913.ts';
import { programmingRefused, SMARTCODE_SIGNALS } from './signals-smartcode.ts';

export const POWERBOLT_240: ModelProfile = {
  ...SMARTCODE_913,
  id: 'powerbolt-240',
  name: 'Powerbolt 240',
  family: 'Powerbolt (positional)',
  identifiers: ['240', 'Powerbolt 240', '9240', '53733-001'],
  distinguish: 'The newer Powerbolt with a Kwikset button; codes go into numbered slots (Program, slot number, Kwikset, code, Kwikset), up to 12.',
  programming: 'positional',
  menu: null,
  programButton: 'slot',
  slotSelection: 'digit',
  codes: { capacity: 12, minLength: 4, maxLength: 8, adminMinLength: 4, adminMaxLength: 8, deleteAllCode: null, uniquePrefixLength: 4 },
  signals: { ...SMARTCODE_SIGNALS, programmingFailed: programmingRefused(null) },
  // product-facts §5, the new Powerbolt 240: its guide (M13).
  documentedBy: ['§5', 'M13'],
  sources: {
    ...SMARTCODE_913.sources,
    'look.radios': 'assumed: none — product-facts names no radio for it (§5)',
    'look.lockKey': 'product-facts M13 ("Press [Kwikset] button once")',
    'look.resetButton': 'assumed: no Reset button — the 240 reset is not documented; as the SmartCode',
    'look.programButton': 'product-facts M13 ("Press the Program button once")',
    'look.keypad': 'assumed: buttons — product-facts names no touchscreen for it (§5)',
    'codes.capacity': 'product-facts M13 (12 max)',
    'defaults.adminCode': 'inferred: no admin code — M13 places codes by slot and describes none',
    'defaults.adminCodeAfterReset': 'inferred: no admin code, before or after a reset (M13 describes none)',
    'codes.uniquePrefixLength': 'product-facts M13 (the first 4 digits of each user code must be unique)',
    'timing.programmingTimeoutMs': 'product-facts M13 (5 seconds)',
    'reset.confirmPress': 'assumed: the 240 reset is not documented; as the SmartCode',
    'handing.trigger': 'assumed: as the SmartCode',
    'signals.lockout': 'assumed: as the SmartCode (product-facts M4, the 909 table: red ×15 + 15 beeps)',
    'signals.jammed': 'assumed: as the SmartCode (product-facts M4, the 909 table: red ×1 + 1 beep)',
    'signals.lowBattery': 'assumed: as the SmartCode (product-facts M4, the 909 table: red ×10 + 10 beeps)',
    'timing.statusBlinkPeriodMs': 'assumed: as the SmartCode (product-facts K3, a SmartCode page: every 6 seconds)',
    'signals.resetDone': 'assumed: as the 913 (product-facts K1: green, two beeps)',
    'signals.programmingFailed': 'assumed: red ×3 and three beeps as the SmartCode (product-facts M1, M14); no Mastercode and no full memory: a code replaces the one in its slot (M13)',
    lockout: 'assumed: as the 913 (product-facts S4, M4: 3 wrong in a minute → 60 s); not documented for this model',
  },
  notes: ['Reset, handing and lockout of the 240 are not documented in the product facts; the SmartCode 913 behaviour is assumed.'],
};
