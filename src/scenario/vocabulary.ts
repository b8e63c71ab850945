// The words and limits of the scenario language (design/architecture.md, Scenario files),
// each list checked against the types in types.ts.
import { HIGHEST_PACK_VOLTS, LOWEST_PACK_VOLTS } from '../hardware/battery.ts';
import type { FaultName, Given, Expectation, Handing, KeyName, LedColor, StatusColor, Step } from './types.ts';

export const KEY_NAMES = ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9', 'lock', 'program', 'reset'] as const satisfies readonly KeyName[];
/** How key names read in an error message. */
export const KEY_NAMES_HINT = '0-9, lock, program, reset';
export const LOWEST_DIGIT_KEY = 0;
export const HIGHEST_DIGIT_KEY = 9;

export const HANDINGS = ['left', 'right'] as const satisfies readonly Handing[];
export const LEARNED_HANDINGS = ['left', 'right', 'none'] as const satisfies readonly NonNullable<Given['handed']>[];
export const DOOR_STATES = ['open', 'closed'] as const satisfies readonly NonNullable<Given['doorState']>[];
export const STRIKE_STATES = ['aligned', 'misaligned'] as const satisfies readonly NonNullable<Given['strike']>[];
export const GIVEN_BOLT_STATES = ['extended', 'retracted'] as const satisfies readonly NonNullable<Given['bolt']>[];
export const TURN_DIRECTIONS = ['lock', 'unlock'] as const;
/** `exterior:` the cable from the exterior assembly (keypad, Lock button) to the interior one. */
export const EXTERIOR_STATES = ['connected', 'disconnected'] as const satisfies readonly Extract<Step, { do: 'exterior' }>['state'][];
export const FORCES = ['firm', 'light'] as const;
/** `type: shown`: the digits a 915/916's SecureScreen shows at that moment (product-facts M5, M7). */
export const SHOWN_DIGITS = 'shown';
export const FAULTS = ['store-glitch', 'power-cut-mid-write'] as const satisfies readonly FaultName[];
export const BATTERY_ACTIONS = ['out', 'in'] as const;
export const BOLT_ACTIONS = ['push'] as const;

export const LED_COLORS = ['red', 'green', 'amber', 'white', 'off'] as const satisfies readonly LedColor[];
/** `led: off`: no light pattern shown since the previous expect. */
export const LED_OFF = 'off' satisfies LedColor;
export const STATUS_COLORS = ['red', 'green', 'amber', 'off'] as const satisfies readonly StatusColor[];
export const EXPECT_BOLT_STATES = ['extended', 'retracted', 'moving', 'jammed', 'partial'] as const satisfies readonly NonNullable<Expectation['bolt']>[];
export const STORE_STATES = ['ok', 'untrusted'] as const satisfies readonly NonNullable<Expectation['store']>[];
export const POWER_STATES = ['on', 'off'] as const satisfies readonly NonNullable<Expectation['power']>[];
export const USER_CODE_STATES = ['enabled', 'disabled'] as const satisfies readonly NonNullable<Expectation['userCodes']>[];
export const AUTO_LOCK_STATES = ['on', 'off'] as const satisfies readonly NonNullable<Expectation['autoLock']>[];
/** `oneTimeCode: none`: no slot holds a one-time code. */
export const ONE_TIME_NONE = 'none';
/** Mastercode words besides a digit string: `none` (no Mastercode) and, in expectations, `set`. */
export const MASTERCODE_NONE = 'none';
export const MASTERCODE_SET = 'set';

/** User-code slots: the SmartCode range (1..250). */
export const LOWEST_SLOT = 1;
export const HIGHEST_SLOT = 250;

export type SwitchNumber = Extract<Step, { do: 'switch' }>['n'];
export const LOWEST_SWITCH = 1;
export const HIGHEST_SWITCH = 4;
export const SWITCH_ON_WORDS = ['on', 'true'] as const;
export const SWITCH_OFF_WORDS = ['off', 'false'] as const;

/** Pack open-circuit voltage limits, in volts: the pack's own (hardware/battery.ts), which the
 * trace checker also holds a recorded `battery-in` to. */
export const LOWEST_VOLTS = LOWEST_PACK_VOLTS;
export const HIGHEST_VOLTS = HIGHEST_PACK_VOLTS;
